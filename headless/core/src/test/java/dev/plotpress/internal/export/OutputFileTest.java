package dev.plotpress.internal.export;

import dev.plotpress.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutputFileTest {

    @Test
    void replacesAnExistingFileWhole(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("chart.png");
        Files.write(target, new byte[] {1, 2, 3, 4, 5});

        OutputFile.write(target, new byte[] {9});

        assertThat(Files.readAllBytes(target)).containsExactly(9);
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyNewFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("chart.png");

        OutputFile.write(target, new byte[] {1});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFolderThatIsReallyAFileIsBadInputNamingIt(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("report.txt"), "x");

        assertThatThrownBy(() -> OutputFile.write(notAFolder.resolve("chart.png"), new byte[] {1}))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("report.txt")
                .hasMessageContaining("not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void aReadOnlyFileSystemIsBadInput() {
        assertThatThrownBy(() -> OutputFile.write(Path.of("/proc/plotpress-test.png"), new byte[] {1}))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("/proc");
    }

    @Test
    void aTargetThatIsAFolderIsBadInput(@TempDir Path folder) {
        assertThatThrownBy(() -> OutputFile.write(folder, new byte[] {1}))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("is a folder");
    }
}
