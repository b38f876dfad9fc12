package dev.plotpress.compare;

/**
 * Text that XML 1.0 can hold: XMLStreamWriter escapes {@code < & "} but writes control characters as they
 * are, which makes the file unreadable. Messages may quote anything a user typed, so those become U+FFFD.
 */
final class XmlText {
    private XmlText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
