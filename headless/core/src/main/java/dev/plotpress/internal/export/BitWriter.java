package dev.plotpress.internal.export;

import java.util.Arrays;

/** Deflate's bit order: values are packed from the least significant bit of each byte up. */
final class BitWriter {
    private byte[] bytes;
    private int size;
    private long buffer;
    private int bufferedBits;

    BitWriter(int expectedBytes) {
        bytes = new byte[Math.max(64, expectedBytes)];
    }

    /** Appends the low {@code count} bits of {@code value} (count at most 32). */
    void write(int value, int count) {
        buffer |= (value & 0xFFFF_FFFFL & ((1L << count) - 1)) << bufferedBits;
        bufferedBits += count;
        if (bufferedBits >= 32) {
            ensureRoom(4);
            bytes[size++] = (byte) buffer;
            bytes[size++] = (byte) (buffer >>> 8);
            bytes[size++] = (byte) (buffer >>> 16);
            bytes[size++] = (byte) (buffer >>> 24);
            buffer >>>= 32;
            bufferedBits -= 32;
        }
    }

    /** Pads to a whole byte with zero bits. */
    void alignToByte() {
        while (bufferedBits > 0) {
            ensureRoom(1);
            bytes[size++] = (byte) buffer;
            buffer >>>= 8;
            bufferedBits = Math.max(0, bufferedBits - 8);
        }
    }

    void writeByte(int value) {
        alignToByte();
        ensureRoom(1);
        bytes[size++] = (byte) value;
    }

    byte[] toByteArray() {
        alignToByte();
        return Arrays.copyOf(bytes, size);
    }

    private void ensureRoom(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
