package dev.plotpress.pdf;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command-line program outside Java that reads our files (pngcheck, rsvg-convert, qpdf, poppler): an
 * independent consumer. Missing programs skip the test with the Debian package to install.
 */
record ExternalTool(String command, String debianPackage) {
    static final ExternalTool PNGCHECK = new ExternalTool("pngcheck", "pngcheck");
    static final ExternalTool RSVG_CONVERT = new ExternalTool("rsvg-convert", "librsvg2-bin");
    static final ExternalTool QPDF = new ExternalTool("qpdf", "qpdf");
    static final ExternalTool PDFTOPPM = new ExternalTool("pdftoppm", "poppler-utils");
    static final ExternalTool PDFFONTS = new ExternalTool("pdffonts", "poppler-utils");
    static final ExternalTool PDFINFO = new ExternalTool("pdfinfo", "poppler-utils");
    static final ExternalTool PDFTOTEXT = new ExternalTool("pdftotext", "poppler-utils");

    record Result(int exitCode, String output) {
    }

    /** Runs the tool with {@code args}; skips the calling test when it is not installed. */
    Result run(String... args) throws IOException, InterruptedException {
        Assumptions.assumeTrue(installed(), command + " is not installed; apt-get install " + debianPackage);
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of(args));
        Path log = Files.createTempFile("plotpress-tool", ".log");
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 60 s");
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private boolean installed() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
