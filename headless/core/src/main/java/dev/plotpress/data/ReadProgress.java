package dev.plotpress.data;

/**
 * Told how far a data file's read has got, every few thousand rows, on the reading thread; the command line shows
 * it on a terminal. Reading never depends on it: {@link #NONE} is the default.
 */
public interface ReadProgress {
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void read(String source, long bytes, long size, long rows) {
        }

        @Override
        public void finished() {
        }
    };

    /** {@code bytes} of the file's {@code size} read so far (size 0 for data written in the spec), {@code rows} rows. */
    void read(String source, long bytes, long size, long rows);

    /** The read is over, done or failed: whatever was shown goes. */
    void finished();
}
