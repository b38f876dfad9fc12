package dev.plotpress.compare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A link from a page in one folder to a file, as a relative URL with each path segment percent-encoded. */
final class RelativeLink {
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private RelativeLink() {
    }

    static String from(Path folder, Path file) {
        Path relative = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder url = new StringBuilder();
        for (Path segment : relative) {
            if (!url.isEmpty()) {
                url.append('/');
            }
            for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xFF);
                if (UNRESERVED.indexOf(c) >= 0) {
                    url.append(c);
                } else {
                    url.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return url.toString();
    }
}
