package dev.plotpress.internal.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever goes in, zlib's own inflater gets the same bytes back, and the checksum agrees. */
class ScanlineDeflaterTest {
    @Test
    void runsOfOneColourShrinkToAlmostNothing() throws DataFormatException {
        byte[] white = rows(400, 3 * 300 + 1, (row, x) -> x == 0 ? 0 : 0xFF);

        byte[] compressed = ScanlineDeflater.zlib(white, 3, 3 * 300 + 1);

        assertThat(inflate(compressed)).isEqualTo(white);
        assertThat(compressed.length).isLessThan(white.length / 100);
    }

    @Test
    void randomBytesSurviveAcrossManyBlocks() throws DataFormatException {
        byte[] noise = new byte[300_000];   // mostly literals: more than one block of tokens, skewed Huffman codes
        new Random(7).nextBytes(noise);

        assertThat(inflate(ScanlineDeflater.zlib(noise, 3, 901))).isEqualTo(noise);
    }

    @Test
    void rowsThatRepeatTheRowAboveAreMatchedAcrossTheRow() throws DataFormatException {
        Random random = new Random(3);
        byte[] stripe = new byte[3 * 200 + 1];
        random.nextBytes(stripe);
        stripe[0] = 0;
        byte[] repeated = rows(300, stripe.length, (row, x) -> stripe[x] & 0xFF);

        byte[] compressed = ScanlineDeflater.zlib(repeated, 3, stripe.length);

        assertThat(inflate(compressed)).isEqualTo(repeated);
        assertThat(compressed.length).as("one noisy row, then three matches a row").isLessThan(3 * stripe.length);
    }

    @Test
    void rowsWiderThanTheWindowOnlyUsePixelMatches() throws DataFormatException {
        int rowBytes = 4 * 9000 + 1;   // 36 KB rows: the row above is out of deflate's 32 KiB reach
        byte[] wide = rows(6, rowBytes, (row, x) -> x % 97 == 0 ? row : 0x40);

        assertThat(inflate(ScanlineDeflater.zlib(wide, 4, rowBytes))).isEqualTo(wide);
    }

    @Test
    void aSingleByteAndSkewedDataRoundTrip() throws DataFormatException {
        assertThat(inflate(ScanlineDeflater.zlib(new byte[] {0}, 1, 1))).containsExactly(0);
        byte[] skewed = rows(50, 129, (row, x) -> (x * x + row) % 5 == 0 ? x : 0);
        assertThat(inflate(ScanlineDeflater.zlib(skewed, 1, 129))).isEqualTo(skewed);
    }

    @Test
    void equalInputGivesEqualOutput() {
        byte[] noise = new byte[50_000];
        new Random(11).nextBytes(noise);

        assertThat(ScanlineDeflater.zlib(noise, 3, 301)).isEqualTo(ScanlineDeflater.zlib(noise.clone(), 3, 301));
    }

    @Test
    void huffmanCodesStayWithinTheLengthLimitForFibonacciCounts() {
        int[] counts = new int[30];   // Fibonacci counts make the deepest possible Huffman tree (29 levels)
        counts[0] = 1;
        counts[1] = 1;
        for (int i = 2; i < counts.length; i++) {
            counts[i] = counts[i - 1] + counts[i - 2];
        }

        HuffmanCode code = HuffmanCode.of(counts, 15);

        double kraft = 0;
        for (int symbol = 0; symbol < counts.length; symbol++) {
            assertThat(code.length(symbol)).isBetween(1, 15);
            kraft += Math.pow(2, -code.length(symbol));
        }
        assertThat(kraft).as("a complete prefix code").isEqualTo(1.0);
    }

    interface Sample {
        int at(int row, int x);
    }

    private static byte[] rows(int height, int rowBytes, Sample sample) {
        byte[] bytes = new byte[height * rowBytes];
        for (int row = 0; row < height; row++) {
            for (int x = 0; x < rowBytes; x++) {
                bytes[row * rowBytes + x] = (byte) sample.at(row, x);
            }
        }
        return bytes;
    }

    private static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                throw new AssertionError("truncated zlib stream after " + out.size() + " bytes");
            }
            out.write(buffer, 0, n);
        }
        assertThat(inflater.getRemaining()).as("nothing after the Adler-32").isZero();
        inflater.end();
        return out.toByteArray();
    }
}
