package dev.plotpress.internal.export;

/**
 * A canonical Huffman code as deflate wants it (RFC 1951 3.2.2): code lengths built from symbol counts and kept
 * within a maximum length, codes stored bit-reversed because deflate sends Huffman codes most significant bit
 * first into a stream that is otherwise least significant bit first. Ties break on symbol number, so equal
 * counts always give equal codes.
 */
final class HuffmanCode {
    private static final int NODE_BITS = 10;
    private static final long NODE_MASK = (1 << NODE_BITS) - 1;
    private final int[] lengths;
    private final int[] codes;

    private HuffmanCode(int[] lengths) {
        this.lengths = lengths;
        this.codes = canonicalCodes(lengths);
    }

    /** The code for symbols {@code 0..counts.length-1}; symbols never used get no code (length 0). */
    static HuffmanCode of(int[] counts, int maxLength) {
        int[] weights = counts.clone();
        // Deflate decoders expect at least two codes in a tree; give unused symbols a token count if needed.
        int used = 0;
        for (int weight : weights) {
            used += weight > 0 ? 1 : 0;
        }
        for (int symbol = 0; used < 2 && symbol < weights.length; symbol++) {
            if (weights[symbol] == 0) {
                weights[symbol] = 1;
                used++;
            }
        }
        while (true) {
            int[] lengths = treeDepths(weights);
            if (max(lengths) <= maxLength) {
                return new HuffmanCode(lengths);
            }
            // Flatter weights give a shallower tree; halving keeps the order of frequent and rare symbols.
            for (int symbol = 0; symbol < weights.length; symbol++) {
                weights[symbol] = (weights[symbol] + 1) / 2;
            }
        }
    }

    void write(BitWriter out, int symbol) {
        out.write(codes[symbol], lengths[symbol]);
    }

    int length(int symbol) {
        return lengths[symbol];
    }

    private static int[] treeDepths(int[] weights) {
        int symbols = weights.length;
        int[] parent = new int[2 * symbols];
        // A binary min-heap of (weight << 10 | node): the low bits make ties break on node number.
        long[] heap = new long[symbols];
        int size = 0;
        for (int symbol = 0; symbol < symbols; symbol++) {
            if (weights[symbol] > 0) {
                size = push(heap, size, (long) weights[symbol] << NODE_BITS | symbol);
            }
        }
        int next = symbols;
        while (size > 1) {
            long a = heap[0];
            size = pop(heap, size);
            long b = heap[0];
            size = pop(heap, size);
            parent[(int) (a & NODE_MASK)] = next;
            parent[(int) (b & NODE_MASK)] = next;
            size = push(heap, size, ((a >>> NODE_BITS) + (b >>> NODE_BITS)) << NODE_BITS | next);
            next++;
        }
        int root = next - 1;
        int[] depths = new int[symbols];
        for (int symbol = 0; symbol < symbols; symbol++) {
            if (weights[symbol] > 0) {
                int depth = 0;
                for (int node = symbol; node != root; node = parent[node]) {
                    depth++;
                }
                depths[symbol] = depth;
            }
        }
        return depths;
    }

    private static int push(long[] heap, int size, long entry) {
        int at = size;
        while (at > 0 && heap[(at - 1) / 2] > entry) {
            heap[at] = heap[(at - 1) / 2];
            at = (at - 1) / 2;
        }
        heap[at] = entry;
        return size + 1;
    }

    private static int pop(long[] heap, int size) {
        long last = heap[--size];
        int at = 0;
        while (2 * at + 1 < size) {
            int child = 2 * at + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = last;
        return size;
    }

    private static int[] canonicalCodes(int[] lengths) {
        int longest = max(lengths);
        int[] lengthCount = new int[longest + 1];
        for (int length : lengths) {
            if (length > 0) {
                lengthCount[length]++;
            }
        }
        int[] nextCode = new int[longest + 2];
        int code = 0;
        for (int bits = 1; bits <= longest; bits++) {
            code = (code + lengthCount[bits - 1]) << 1;
            nextCode[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            int length = lengths[symbol];
            if (length > 0) {
                codes[symbol] = Integer.reverse(nextCode[length]++) >>> (32 - length);
            }
        }
        return codes;
    }

    private static int max(int[] values) {
        int max = 0;
        for (int value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
