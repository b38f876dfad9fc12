package dev.plotpress.internal.export;

import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream (RFC 1950/1951) of PNG scanlines, built for charts. A chart is mostly runs of one colour and
 * rows that repeat the row above, so instead of zlib's hash chains over a 32 KiB window this encoder only asks
 * two questions at each byte: how far does the data repeat the pixel before, and how far the row above
 * ({@link Arrays#mismatch} answers both with vector instructions). Long runs cost one comparison per 258 bytes,
 * which is where zlib spends its time on charts (it needs ~3.8 ms for 2.9 MB of zeros). The tokens are coded with
 * dynamic Huffman codes per block, so literals (text, antialiased edges) cost what their frequency says.
 * The output is standard deflate: any inflater reads it. Deterministic: the same bytes in give the same bytes out.
 */
final class ScanlineDeflater {
    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int WINDOW = 32768;
    private static final int BLOCK_TOKENS = 1 << 15;
    private static final int END_OF_BLOCK = 256;

    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
            67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA_BITS = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
            5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
            769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA_BITS = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
            10, 11, 11, 12, 12, 13, 13};
    private static final byte[] LENGTH_CODE = lengthCodes();
    private static final byte[] DISTANCE_CODE = distanceCodes();
    /** The order in which a dynamic block lists its code-length code lengths (RFC 1951 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private ScanlineDeflater() {
    }

    /**
     * @param scanlines  PNG scanlines, each a filter byte and the row's samples
     * @param pixelBytes bytes per pixel (1 for a palette, 3 for RGB, 4 for RGBA)
     * @param rowBytes   bytes per scanline including its filter byte
     */
    static byte[] zlib(byte[] scanlines, int pixelBytes, int rowBytes) {
        return zlib(scanlines, scanlines.length, pixelBytes, rowBytes);
    }

    /** The first {@code n} bytes of {@code scanlines} (an array kept between charts may be longer). */
    static byte[] zlib(byte[] scanlines, int n, int pixelBytes, int rowBytes) {
        BitWriter out = new BitWriter(n / 16);
        out.writeByte(0x78);   // deflate, 32 KiB window
        out.writeByte(0x01);   // no preset dictionary; header checksum
        int[] tokens = new int[BLOCK_TOKENS];
        int count = 0;
        boolean rowMatches = rowBytes <= WINDOW;
        int i = 0;
        while (i < n) {
            int best = 0;
            int distance = 0;
            if (i >= pixelBytes && startsMatch(scanlines, n, i, pixelBytes)) {
                best = matchLength(scanlines, n, i, pixelBytes);
                distance = pixelBytes;
            }
            if (best < MAX_MATCH && rowMatches && i >= rowBytes && startsMatch(scanlines, n, i, rowBytes)) {
                int length = matchLength(scanlines, n, i, rowBytes);
                if (length > best) {
                    best = length;
                    distance = rowBytes;
                }
            }
            if (best >= MIN_MATCH) {
                tokens[count++] = best << 16 | distance;
                i += best;
            } else {
                tokens[count++] = scanlines[i] & 0xFF;
                i++;
            }
            if (count == tokens.length) {
                writeBlock(out, tokens, count, i == n);
                count = 0;
            }
        }
        if (count > 0 || n == 0) {
            writeBlock(out, tokens, count, true);
        }
        Adler32 checksum = new Adler32();
        checksum.update(scanlines, 0, n);
        int adler = (int) checksum.getValue();
        out.writeByte(adler >>> 24);
        out.writeByte(adler >>> 16);
        out.writeByte(adler >>> 8);
        out.writeByte(adler);
        return out.toByteArray();
    }

    /** The first {@link #MIN_MATCH} bytes agree: checked inline, as most literals fail here. */
    private static boolean startsMatch(byte[] data, int n, int at, int distance) {
        return at + 2 < n && data[at] == data[at - distance] && data[at + 1] == data[at + 1 - distance]
                && data[at + 2] == data[at + 2 - distance];
    }

    private static int matchLength(byte[] data, int n, int at, int distance) {
        int limit = Math.min(MAX_MATCH, n - at);
        int mismatch = Arrays.mismatch(data, at, at + limit, data, at - distance, at - distance + limit);
        return mismatch < 0 ? limit : mismatch;
    }

    private static void writeBlock(BitWriter out, int[] tokens, int count, boolean last) {
        int[] literalCounts = new int[286];
        int[] distanceCounts = new int[30];
        for (int t = 0; t < count; t++) {
            int token = tokens[t];
            if (token < 256) {
                literalCounts[token]++;
            } else {
                literalCounts[257 + lengthCode(token >>> 16)]++;
                distanceCounts[distanceCode(token & 0xFFFF)]++;
            }
        }
        literalCounts[END_OF_BLOCK]++;
        HuffmanCode literals = HuffmanCode.of(literalCounts, 15);
        HuffmanCode distances = HuffmanCode.of(distanceCounts, 15);

        out.write(last ? 1 : 0, 1);
        out.write(2, 2);   // dynamic Huffman codes
        writeCodes(out, literals, distances);
        for (int t = 0; t < count; t++) {
            int token = tokens[t];
            if (token < 256) {
                literals.write(out, token);
            } else {
                int length = token >>> 16;
                int lengthCode = lengthCode(length);
                literals.write(out, 257 + lengthCode);
                out.write(length - LENGTH_BASE[lengthCode], LENGTH_EXTRA_BITS[lengthCode]);
                int distance = token & 0xFFFF;
                int distanceCode = distanceCode(distance);
                distances.write(out, distanceCode);
                out.write(distance - DISTANCE_BASE[distanceCode], DISTANCE_EXTRA_BITS[distanceCode]);
            }
        }
        literals.write(out, END_OF_BLOCK);
    }

    /** The two codes' lengths, run-length coded with symbols 16-18 and Huffman coded themselves (RFC 1951 3.2.7). */
    private static void writeCodes(BitWriter out, HuffmanCode literals, HuffmanCode distances) {
        int literalCodes = Math.max(257, usedPrefix(literals, 286));
        int distanceCodes = Math.max(1, usedPrefix(distances, 30));
        int[] lengths = new int[literalCodes + distanceCodes];
        for (int s = 0; s < literalCodes; s++) {
            lengths[s] = literals.length(s);
        }
        for (int s = 0; s < distanceCodes; s++) {
            lengths[literalCodes + s] = distances.length(s);
        }
        int[] symbols = new int[lengths.length];
        int[] extras = new int[lengths.length];
        int symbolCount = 0;
        for (int i = 0; i < lengths.length; ) {
            int length = lengths[i];
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == length) {
                run++;
            }
            int left = run;
            if (length == 0 && run >= 3) {
                while (left >= 3) {
                    int repeat = Math.min(left, 138);
                    symbols[symbolCount] = repeat >= 11 ? 18 : 17;
                    extras[symbolCount++] = repeat >= 11 ? repeat - 11 : repeat - 3;
                    left -= repeat;
                }
            } else if (length != 0 && run >= 4) {
                symbols[symbolCount++] = length;
                left--;
                while (left >= 3) {
                    int repeat = Math.min(left, 6);
                    symbols[symbolCount] = 16;
                    extras[symbolCount++] = repeat - 3;
                    left -= repeat;
                }
            }
            for (int k = 0; k < left; k++) {
                symbols[symbolCount++] = length;
            }
            i += run;
        }
        int[] codeLengthCounts = new int[19];
        for (int k = 0; k < symbolCount; k++) {
            codeLengthCounts[symbols[k]]++;
        }
        HuffmanCode codeLengths = HuffmanCode.of(codeLengthCounts, 7);
        int listed = 19;
        while (listed > 4 && codeLengths.length(CODE_LENGTH_ORDER[listed - 1]) == 0) {
            listed--;
        }
        out.write(literalCodes - 257, 5);
        out.write(distanceCodes - 1, 5);
        out.write(listed - 4, 4);
        for (int k = 0; k < listed; k++) {
            out.write(codeLengths.length(CODE_LENGTH_ORDER[k]), 3);
        }
        for (int k = 0; k < symbolCount; k++) {
            int symbol = symbols[k];
            codeLengths.write(out, symbol);
            if (symbol >= 16) {
                out.write(extras[k], symbol == 16 ? 2 : symbol == 17 ? 3 : 7);
            }
        }
    }

    private static int usedPrefix(HuffmanCode code, int symbols) {
        int used = symbols;
        while (used > 0 && code.length(used - 1) == 0) {
            used--;
        }
        return used;
    }

    private static int lengthCode(int length) {
        return LENGTH_CODE[length];
    }

    private static byte[] lengthCodes() {
        byte[] codes = new byte[MAX_MATCH + 1];
        for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
            int code = LENGTH_BASE.length - 1;
            while (LENGTH_BASE[code] > length) {
                code--;
            }
            codes[length] = (byte) code;
        }
        return codes;
    }

    /** zlib's trick: distances up to 256 index the table directly, longer ones by their 128-wide bucket. */
    private static int distanceCode(int distance) {
        int d = distance - 1;
        return DISTANCE_CODE[d < 256 ? d : 256 + (d >>> 7)];
    }

    private static byte[] distanceCodes() {
        byte[] codes = new byte[512];
        for (int slot = 0; slot < codes.length; slot++) {
            int distance = (slot < 256 ? slot : (slot - 256) << 7) + 1;
            int code = DISTANCE_BASE.length - 1;
            while (DISTANCE_BASE[code] > distance) {
                code--;
            }
            codes[slot] = (byte) code;
        }
        return codes;
    }
}
