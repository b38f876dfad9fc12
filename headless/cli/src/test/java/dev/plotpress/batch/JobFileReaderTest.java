package dev.plotpress.batch;

import dev.plotpress.model.BadInputException;
import dev.plotpress.model.Transform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void theReportsJobIsTwoHundredFiftyTablesTimesTwoSpecs() {
        JobFile jobs = JobFileReader.read(Path.of("../../examples/reports_job.yaml"));

        assertThat(jobs.jobCount()).isEqualTo(500);
        Job scatter = jobs.job(0, dir);
        Job heatmap = jobs.job(1, dir);
        Job lastHeatmap = jobs.job(499, dir);
        assertThat(scatter.output().getFileName().toString()).endsWith("_scatter_matrix.png");
        assertThat(heatmap.output().getFileName().toString()).endsWith("_correlation_heatmap.png");
        assertThat(scatter.output().getFileName().toString().replace("_scatter_matrix.png", ""))
                .as("both charts of one table share its key").hasSize(36)
                .isEqualTo(heatmap.output().getFileName().toString().replace("_correlation_heatmap.png", ""));
        assertThat(scatter.data().random().seed()).isZero();
        assertThat(lastHeatmap.data().random().seed()).isEqualTo(249);
        assertThat(lastHeatmap.data().random().rows()).isEqualTo(4);
        assertThat(lastHeatmap.data().random().columns()).isEqualTo(8);
        assertThat(heatmap.data().transform()).as("the heatmap spec's correlation transform is kept")
                .isEqualTo(Transform.CORRELATION);
        assertThat(scatter.spec()).as("specs are parsed once and shared").isSameAs(jobs.job(2, dir).spec());
    }

    @Test
    void keysAreStableAcrossReadsSoResumeAndShardsAgree() {
        Path file = Path.of("../../examples/reports_job.yaml");
        assertThat(JobFileReader.read(file).job(77, dir).output()).isEqualTo(JobFileReader.read(file).job(77, dir).output());
    }

    @Test
    void csvSourcesAreEveryMatchingFileInSortedOrderNamedByStem() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/b.csv"), "x,y\n1,2\n");
        Files.writeString(dir.resolve("data/a.csv"), "x,y\n1,2\n");
        Files.writeString(dir.resolve("data/notes.txt"), "not data");
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data: {files: "data/*.csv"}
                specs: [line.yaml]
                output: "charts/{key}.png"
                """);

        JobFile jobs = JobFileReader.read(jobFile);

        assertThat(jobs.jobCount()).isEqualTo(2);
        assertThat(jobs.job(0, dir).output()).isEqualTo(dir.resolve("charts/a.png"));
        assertThat(jobs.job(1, dir).output()).isEqualTo(dir.resolve("charts/b.png"));
        assertThat(jobs.job(1, dir).data().file()).isEqualTo(dir.resolve("data/b.csv").toAbsolutePath());
    }

    @Test
    void anUnknownFieldIsReportedWithFileLineAndColumnAndTheKnownFields() throws IOException {
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data:
                  random: {count: 3, rows: 4, columns: 8, seed: 0}
                specs: [line.yaml]
                outptu: "{index}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(jobFile + ":4:1: ")
                .hasMessageContaining("unknown field 'outptu'").hasMessageContaining("output");
    }

    @Test
    void aWrongTypeIsReportedWhereItIs() throws IOException {
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data:
                  random: {count: many, rows: 4, columns: 8, seed: 0}
                specs: [line.yaml]
                output: "{index}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(jobFile + ":2:")
                .hasMessageContaining("data.random.count");
    }

    @Test
    void aMissingSpecFileSaysWhereItLooked() throws IOException {
        Path jobFile = write("jobs.yaml", """
                data: {random: {count: 3, rows: 4, columns: 8, seed: 0}}
                specs: [nowhere.yaml]
                output: "{index}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("nowhere.yaml not found").hasMessageContaining(dir.resolve("nowhere.yaml").toString());
    }

    @Test
    void twoSpecsWithoutSpecInTheTemplateWouldOverwriteEachOther() throws IOException {
        spec("a.yaml");
        spec("b.yaml");
        Path jobFile = write("jobs.yaml", """
                data: {random: {count: 3, rows: 4, columns: 8, seed: 0}}
                specs: [a.yaml, b.yaml]
                output: "{index}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).hasMessageContaining("add {spec}");
    }

    @Test
    void anOutputNameLeadingUpAndOutOfTheFolderIsRejectedBeforeAnythingRuns() throws IOException {
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data: {random: {count: 3, rows: 4, columns: 8, seed: 0}}
                specs: [line.yaml]
                output: "charts/../../{index}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(jobFile + ":").hasMessageContaining("outside the output folder");
    }

    @Test
    void anAbsoluteOutputNameIsRejected() throws IOException {
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data: {random: {count: 3, rows: 4, columns: 8, seed: 0}}
                specs: [line.yaml]
                output: "/tmp/{index}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("absolute name");
    }

    @Test
    void aDataFileWhoseStemLeadsOutIsRefusedForThatJobOnly() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/...csv"), "x\n1\n");
        Files.writeString(dir.resolve("data/ok.csv"), "x\n1\n");
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data: {files: "data/*.csv"}
                specs: [line.yaml]
                output: "{stem}/chart.png"
                """);
        JobFile jobs = JobFileReader.read(jobFile);
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> jobs.job(0, out)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("leads outside");
        assertThat(jobs.job(1, out).output()).isEqualTo(out.resolve("ok/chart.png"));
    }

    @Test
    void anUnknownPlaceholderIsNamed() throws IOException {
        spec("line.yaml");
        Path jobFile = write("jobs.yaml", """
                data: {random: {count: 3, rows: 4, columns: 8, seed: 0}}
                specs: [line.yaml]
                output: "{name}.png"
                """);

        assertThatThrownBy(() -> JobFileReader.read(jobFile)).hasMessageContaining("unknown placeholder {name}");
    }

    private Path spec(String name) throws IOException {
        return write(name, """
                kind: line
                data:
                  random: {rows: 4, columns: 2, seed: 0}
                size: {width: 4, height: 3, unit: in, dpi: 10}
                """);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
