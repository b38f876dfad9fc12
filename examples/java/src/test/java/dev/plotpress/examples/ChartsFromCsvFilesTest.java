package dev.plotpress.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsFromCsvFilesTest {

    @Test
    void everyCsvFileBecomesAPngOfTheSameName(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("weather.csv"), "temp,wind,rain\n12,3.1,0\n15,2.2,1.5\n9,5.0,4.1\n11,4.4,0.3\n");
        Files.writeString(in.resolve("sales.csv"), "units,price\n3,9.5\n5,8.0\n8,7.25\n");
        Files.writeString(in.resolve("notes.txt.bak"), "not data");
        Path out = dir.resolve("out");

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ChartsFromCsvFiles.main(new String[]{in.toString(), out.toString()});
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("2 charts in ");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("sales.png", "weather.png");
        }
        BufferedImage weather = ImageIO.read(out.resolve("weather.png").toFile());
        // no size given: seaborn's pairplot cells, 3 columns of 2.5 in, + 0.7 in for the names (+ 0.3 for the title), 100 dpi
        assertThat(weather.getWidth()).isEqualTo(820);
        assertThat(weather.getHeight()).isEqualTo(850);
    }
}
