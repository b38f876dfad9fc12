package dev.plotpress.cli;

import dev.plotpress.compare.ImageInput;
import dev.plotpress.internal.export.OutputFile;
import dev.plotpress.internal.export.PngEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plotpress --headless compare}: exit codes, the printed metric and the diff image. */
class CompareCommandTest {

    @TempDir
    Path folder;

    @Test
    void identicalImagesMatchWithExitZeroAndNoDiffFile() {
        Path a = png("a.png", square(Color.BLUE));
        Path b = png("b.png", square(Color.BLUE));

        CliRun run = CliRun.of("compare", a.toString(), b.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("match: identical pixels");
        assertThat(folder.resolve("b-failed-diff.png")).doesNotExist();
    }

    @Test
    void imagesBeyondTheToleranceExitFourAndWriteADiffBesideTheActual() {
        Path a = png("a.png", square(Color.BLUE));
        Path b = png("b.png", square(Color.RED));

        CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--tolerance", "2");

        assertThat(run.exitCode()).isEqualTo(ExitCode.MISMATCH);
        assertThat(run.out()).startsWith("DIFFERENT: RMS ").contains("100 of 400 pixels differ");
        BufferedImage diff = ImageInput.read(folder.resolve("b-failed-diff.png"));
        assertThat(diff.getRGB(5, 5) & 0xFFFFFF).as("changed pixel is magenta").isEqualTo(0xFF00FF);
    }

    @Test
    void aSmallDifferenceWithinTheTolerancePasses() {
        BufferedImage changed = square(Color.BLUE);
        changed.setRGB(19, 19, 0xFFFFFE);
        Path a = png("a.png", square(Color.BLUE));
        Path b = png("b.png", changed);

        CliRun run = CliRun.of("compare", a.toString(), b.toString(), "--tolerance", "0.1",
                "--diff", folder.resolve("out/d.png").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("RMS 0.029").contains("diff image: ");
        assertThat(folder.resolve("out/d.png")).exists();
    }

    @Test
    void differentSizesAreBadInputGivingBothSizes() {
        Path a = png("a.png", new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB));
        Path b = png("b.png", new BufferedImage(20, 19, BufferedImage.TYPE_INT_RGB));

        CliRun run = CliRun.of("compare", a.toString(), b.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("20x20").contains("20x19");
    }

    @Test
    void aFileThatIsNotAnImageIsBadInputNamingIt() throws Exception {
        Path a = png("a.png", square(Color.BLUE));
        Path text = Files.writeString(folder.resolve("notes.png"), "hello");

        CliRun run = CliRun.of("compare", a.toString(), text.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("notes.png");
    }

    /** 20x20 white with a 10x10 square of {@code color} in the top-left corner. */
    private static BufferedImage square(Color color) {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 20, 20);
        g.setColor(color);
        g.fillRect(0, 0, 10, 10);
        g.dispose();
        return image;
    }

    private Path png(String name, BufferedImage image) {
        Path file = folder.resolve(name);
        OutputFile.write(file, PngEncoding.encode(image));
        return file;
    }
}
