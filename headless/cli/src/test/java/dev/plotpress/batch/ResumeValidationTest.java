package dev.plotpress.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plotpress.export.ImageFormat;
import dev.plotpress.model.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** --resume keeps only outputs that are whole files of their format at the spec's size, and redraws the rest. */
class ResumeValidationTest {
    @TempDir
    Path dir;

    @Test
    void resumeRedrawsATruncatedPngAndOneOfTheWrongSizeAndKeepsTheWholeOnes() throws IOException {
        Path jobs = jobFile("{index}.png");
        Path out = dir.resolve("out");
        run(jobs, out, false);
        byte[] whole = Files.readAllBytes(out.resolve("1.png"));
        Files.write(out.resolve("1.png"), Arrays.copyOf(whole, whole.length / 2));
        Files.write(out.resolve("2.png"), whole.clone());   // a PNG of job 1 stands in for job 2: same size, kept
        Files.write(out.resolve("3.png"), Arrays.copyOf(whole, whole.length - 1));   // IEND's CRC cut short
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Map<String, String> status = run(jobs, out, true, log);

        assertThat(status).containsEntry("0.png", "skipped").containsEntry("1.png", "written")
                .containsEntry("2.png", "skipped").containsEntry("3.png", "written");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("1.png is a truncated PNG (chunk IDAT runs past the end of the file); drawing it again",
                "3.png is a truncated PNG (no IEND chunk); drawing it again");
        assertThat(ImageIO.read(out.resolve("1.png").toFile())).isNotNull();
        assertThat(ImageIO.read(out.resolve("3.png").toFile())).isNotNull();
    }

    @Test
    void aPngOfAnotherSizeThanTheSpecAsksIsRedrawn() {
        byte[] png = png(10, 20);

        assertThat(CompleteOutput.imageProblem(png, ImageFormat.PNG, Size.pixels(10, 20, 100))).isNull();
        assertThat(CompleteOutput.imageProblem(png, ImageFormat.PNG, Size.pixels(11, 20, 100)))
                .isEqualTo("is 10x20 px, the spec asks for 11x20");
    }

    @Test
    void jpegSvgAndPdfAreWholeOnlyWithTheirEndMarkers() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, (byte) 0xff, (byte) 0xd9};
        assertThat(CompleteOutput.imageProblem(jpeg, ImageFormat.JPEG, null)).isNull();
        assertThat(CompleteOutput.imageProblem(Arrays.copyOf(jpeg, 6), ImageFormat.JPEG, null)).contains("not a whole JPEG");
        assertThat(CompleteOutput.imageProblem("<svg></svg>\n".getBytes(StandardCharsets.UTF_8), ImageFormat.SVG, null)).isNull();
        assertThat(CompleteOutput.imageProblem("<svg><g>".getBytes(StandardCharsets.UTF_8), ImageFormat.SVG, null)).contains("</svg>");
        assertThat(CompleteOutput.imageProblem("%PDF-1.4\n...\n%%EOF\n".getBytes(StandardCharsets.UTF_8), ImageFormat.PDF, null)).isNull();
        assertThat(CompleteOutput.imageProblem("%PDF-1.4\n...\nxref".getBytes(StandardCharsets.UTF_8), ImageFormat.PDF, null)).contains("%%EOF");
    }

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, String> run(Path jobs, Path out, boolean resume) throws IOException {
        return run(jobs, out, resume, new ByteArrayOutputStream());
    }

    private Map<String, String> run(Path jobs, Path out, boolean resume, ByteArrayOutputStream log) throws IOException {
        Path report = dir.resolve("report.json");
        new BatchRunner(BatchOptions.defaults(out).withThreads(1).withResume(resume).withReport(report),
                new PrintStream(log, true, StandardCharsets.UTF_8)).run(JobFileReader.read(jobs), new Progress.Silent());
        Map<String, String> status = new HashMap<>();
        for (JsonNode job : new ObjectMapper().readTree(report.toFile()).get("jobs")) {
            status.put(Path.of(job.get("output").asText()).getFileName().toString(), job.get("status").asText());
        }
        return status;
    }

    private Path jobFile(String template) throws IOException {
        Files.writeString(dir.resolve("chart.yaml"), "kind: scatter\ndata: {random: {rows: 4, columns: 2, seed: 0}}\n"
                + "size: {width: 6, height: 4, unit: in, dpi: 20}\n");
        return Files.writeString(dir.resolve("jobs.yaml"), "data: {random: {count: 4, rows: 4, columns: 2, seed: 0}}\n"
                + "specs: [chart.yaml]\noutput: \"" + template + "\"\n");
    }
}
