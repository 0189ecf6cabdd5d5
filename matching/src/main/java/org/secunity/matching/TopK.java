package org.secunity.matching;

/**
 * The best {@code capacity} practices seen so far, in a bounded binary heap of primitives whose
 * root is the worst of them; ordered by {@link Query#before}. Not thread-safe: one per call.
 */
final class TopK {

    private final int[] index;
    private final double[] score;
    private int size;

    TopK(int capacity) {
        this.index = new int[capacity];
        this.score = new double[capacity];
    }

    void offer(int i, double s) {
        if (size < index.length) {
            int at = size++;
            // sift up: a parent that ranks before the new entry moves down, so the root stays the worst
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!Query.before(score[parent], index[parent], s, i)) {
                    break;
                }
                index[at] = index[parent];
                score[at] = score[parent];
                at = parent;
            }
            index[at] = i;
            score[at] = s;
        } else if (size > 0 && Query.before(s, i, score[0], index[0])) {
            siftDown(i, s);
        }
    }

    private void siftDown(int i, double s) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            int right = child + 1;
            if (right < size && Query.before(score[child], index[child], score[right], index[right])) {
                child = right;   // the worse of the two children
            }
            if (!Query.before(s, i, score[child], index[child])) {
                break;
            }
            index[at] = index[child];
            score[at] = score[child];
            at = child;
        }
        index[at] = i;
        score[at] = s;
    }

    /** Empties the heap and returns its practices' indexes, best first. */
    int[] drainBestFirst() {
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = index[0];
            size--;
            if (size > 0) {
                int lastIndex = index[size];
                double lastScore = score[size];
                siftDown(lastIndex, lastScore);
            }
        }
        return out;
    }
}
