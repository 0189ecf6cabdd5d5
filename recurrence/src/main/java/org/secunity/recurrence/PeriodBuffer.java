package org.secunity.recurrence;

/**
 * The candidates of one period, as the product of day or unit starts ({@code bases}, epoch
 * seconds) and offsets within them (seconds), narrowed by {@code BYSETPOS} to the selected
 * indices. Candidate {@code k} is {@code bases[k / offsets] + offsets[k % offsets]}; the product
 * is sorted because both factors are. Mutable, owned by one iterator, with the scratch space of its expansion.
 */
final class PeriodBuffer {

    final long[] bases;
    final long[] scratch;
    final DayFields fields = new DayFields();
    long cachedDay = Long.MIN_VALUE;
    boolean cachedDayOk;
    int baseCount;
    int[] offsets = new int[0];
    int offsetCount;
    /** Selected candidate indices, sorted and unique, or null for all of them. */
    int[] selected = new int[0];
    int selectedCount = -1;

    PeriodBuffer(int capacity) {
        this.bases = new long[capacity];
        this.scratch = new long[capacity];
    }

    int size() {
        return selectedCount >= 0 ? selectedCount : baseCount * offsetCount;
    }

    long candidate(int i) {
        int k = selectedCount >= 0 ? selected[i] : i;
        return bases[k / offsetCount] + offsets[k % offsetCount];
    }
}
