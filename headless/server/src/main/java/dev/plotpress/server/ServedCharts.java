package dev.plotpress.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.plotpress.Chart;
import dev.plotpress.model.ChartSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * The charts of the served folder, read once per version of their files. A request only looks at the spec's and the
 * data file's size, modification time and file key; the spec is parsed again (with the request's parameters) only
 * when the spec file changed, and the data read again only when the data file changed, so a page that follows its
 * data file (/live) sees every change while a steady chart costs no reading at all. Both caches are bounded.
 */
final class ServedCharts {
    /** A served spec with its parameters filled, and what names its version: a hash of its text. */
    record Parsed(String key, ChartSpec spec, String textHash) {
    }

    private final ChartFolder folder;
    private final Cache<String, Parsed> specs = Caffeine.newBuilder().maximumSize(512).build();
    private final Cache<String, Chart> charts;
    /** A data file's content hash by its version: hashed once per version, so a request only looks at the file's attributes. */
    private final Cache<String, String> contents = Caffeine.newBuilder().maximumSize(512).build();

    /** {@code tableBytes}: how much data (counted as the data files' sizes) the read tables may stand for. */
    ServedCharts(ChartFolder folder, long tableBytes) {
        this.folder = folder;
        this.charts = Caffeine.newBuilder().maximumWeight(Math.max(1, tableBytes / 1024))
                .weigher((String key, Chart chart) -> weight(chart)).build();
    }

    /** Chart {@code name} with {@code arguments}: parsed now if its spec file changed, else as parsed before. */
    Parsed parsed(String name, Map<String, String> arguments, Function<String, ChartSpec> parse) {
        Path file = folder.specFile(name);
        String key = name + "\u0000" + version(file) + "\u0000" + arguments;
        return specs.get(key, k -> {
            String text = read(file, name);
            return new Parsed(name + "\u0000" + arguments, parse.apply(text), hash(text));
        });
    }

    /** What identifies the data a spec reads (its file's version), for the ETag; "" for inline or random data. */
    static String dataVersion(ChartSpec spec) {
        Path data = spec.data() == null ? null : spec.data().file();
        return data == null ? "" : data + "=" + version(data);
    }

    /**
     * What names the data in the ETag: a hash of the data file's bytes (taken once per {@code dataVersion}), so that
     * replicas behind a load balancer, whose copies of the folder have other paths, inodes and times, give the same
     * ETag for the same bytes. A file the folder may not read is named by its version only: its contents are never
     * read, and the request is refused when it comes to read the data.
     */
    String dataTag(ChartSpec spec, String dataVersion) {
        Path data = spec.data() == null ? null : spec.data().file();
        if (data == null) {
            return "";
        }
        try {
            folder.data().check(spec.data());
        } catch (RuntimeException refused) {
            return dataVersion;
        }
        return contents.get(dataVersion, k -> {
            try (java.io.InputStream in = Files.newInputStream(data)) {
                MessageDigest digest = sha256();
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(digest.digest(), 0, 16);
            } catch (IOException e) {
                return dataVersion; // unreadable now: the read that follows says why
            }
        });
    }

    /**
     * The chart to draw: the spec with its table, read under the folder's rules only when {@code dataVersion} (taken
     * before drawing) is new. A file changed between the two is read again on the next request, which sees its new
     * version.
     */
    Chart chart(Parsed parsed, String dataVersion, Function<Parsed, Chart> read) {
        return charts.get(parsed.key() + "\u0000" + parsed.textHash() + "\u0000" + dataVersion, k -> read.apply(parsed));
    }

    /** Size, modification time and file key (a file replaced by a rename is a new version); "-" when unreadable. */
    static String version(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toInstant() + "#" + attributes.fileKey();
        } catch (IOException | SecurityException e) {
            return "-";
        }
    }

    private String read(Path file, String name) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw folder.missing(name);
        }
    }

    /** In KiB, at least one: a table stands for about its data file's size. */
    private static int weight(Chart chart) {
        Path data = chart.spec().data() == null ? null : chart.spec().data().file();
        try {
            return (int) Math.min(Integer.MAX_VALUE, 1 + (data == null ? 0 : Files.size(data) / 1024));
        } catch (IOException e) {
            return 1;
        }
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
