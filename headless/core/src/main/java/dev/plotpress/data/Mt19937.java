package dev.plotpress.data;

/**
 * The Mersenne Twister MT19937 (Matsumoto and Nishimura, 2002 reference code) as numpy's legacy
 * {@code RandomState} seeds it: {@code init_genrand(seed)} with the seed as an unsigned 32-bit number, so every
 * numpy seed from 0 to 2^32 - 1 gives numpy's stream. Written out rather than taken from commons-math3, whose
 * {@code MersenneTwister(int)} sign-extends the seed and so differs from numpy for every seed of 2^31 or more.
 */
final class Mt19937 {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908B0DF;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7FFFFFFF;

    private final int[] state = new int[N];
    private int next = N;

    /** @param seed 0 to 2^32 - 1 */
    Mt19937(long seed) {
        long s = seed & 0xFFFF_FFFFL;
        state[0] = (int) s;
        for (int i = 1; i < N; i++) {
            s = (1812433253L * (s ^ (s >>> 30)) + i) & 0xFFFF_FFFFL;
            state[i] = (int) s;
        }
    }

    /** The next 32 random bits (genrand_int32). */
    int nextInt() {
        if (next == N) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9D2C5680;
        y ^= (y << 15) & 0xEFC60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & UPPER_MASK) | (state[(i + 1) % N] & LOWER_MASK);
            state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        next = 0;
    }
}
