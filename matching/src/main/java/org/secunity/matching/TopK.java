package org.secunity.matching;

/**
 * The best {@code capacity} practices seen so far, in a bounded binary heap of primitives whose
 * root is the worst of them; ordered by {@link Query#before}. Not thread-safe: one per call.
 */
final class TopK {

    private final int[] index;
    private final double[] score;
    private final long[] evidence;
    private int size;

    TopK(int capacity) {
        this.index = new int[capacity];
        this.score = new double[capacity];
        this.evidence = new long[capacity];
    }

    /** The score below which an offer cannot enter the heap once it is full; -Infinity before (and with no room). */
    double floor() {
        return size < index.length || size == 0 ? Double.NEGATIVE_INFINITY : score[0];
    }

    /** How many practices the heap keeps. */
    int capacity() {
        return index.length;
    }

    void offer(int i, double s, long e) {
        if (size < index.length) {
            int at = size++;
            // sift up: a parent that ranks before the new entry moves down, so the root stays the worst
            while (at > 0) {
                int parent = (at - 1) >>> 1;
                if (!Query.before(score[parent], evidence[parent], index[parent], s, e, i)) {
                    break;
                }
                index[at] = index[parent];
                score[at] = score[parent];
                evidence[at] = evidence[parent];
                at = parent;
            }
            index[at] = i;
            score[at] = s;
            evidence[at] = e;
        } else if (size > 0 && Query.before(s, e, i, score[0], evidence[0], index[0])) {
            siftDown(i, s, e);
        }
    }

    private void siftDown(int i, double s, long e) {
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            int right = child + 1;
            if (right < size && Query.before(score[child], evidence[child], index[child],
                    score[right], evidence[right], index[right])) {
                child = right;   // the worse of the two children
            }
            if (!Query.before(s, e, i, score[child], evidence[child], index[child])) {
                break;
            }
            index[at] = index[child];
            score[at] = score[child];
            evidence[at] = evidence[child];
            at = child;
        }
        index[at] = i;
        score[at] = s;
        evidence[at] = e;
    }

    /**
     * Empties the heap into its practices' indexes, scores and evidence, best first.
     *
     * @return how many there were; the arrays hold at least that many
     */
    int drainBestFirst(int[] indexes, double[] scores, long[] evidences) {
        int n = size;
        for (int k = size - 1; k >= 0; k--) {
            indexes[k] = index[0];
            scores[k] = score[0];
            evidences[k] = evidence[0];
            size--;
            if (size > 0) {
                siftDown(index[size], score[size], evidence[size]);
            }
        }
        return n;
    }
}
