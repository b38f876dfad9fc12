package dev.plotpress.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A file's bytes with a count of those read so far: how far a read has got, for {@link ReadProgress}. */
final class CountedInput extends FilterInputStream {
    private long bytes;

    CountedInput(InputStream in) {
        super(in);
    }

    long bytes() {
        return bytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytes += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        bytes += skipped;
        return skipped;
    }
}
