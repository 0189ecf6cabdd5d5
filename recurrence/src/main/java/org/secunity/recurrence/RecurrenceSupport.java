package org.secunity.recurrence;

import java.time.DateTimeException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Small helpers shared by the recurrences. */
final class RecurrenceSupport {

    private RecurrenceSupport() {
    }

    /**
     * Returns the last occurrence strictly before a time, seeking like {@link Recurrence#next}: a
     * binary search over time keeps an occurrence in {@code [lo, before)} and none in
     * {@code [hi, before)}, probing the midpoint with a fresh iterator sought to it (and told to
     * search no further than {@code before}), until
     * {@code lo} and {@code hi} are at most a second (a day, for dates) apart; then it walks that
     * last stretch. About 60 seeks cover the whole range of {@code LocalDateTime}. Occurrence types
     * that are not {@link Temporal}s are walked from the first occurrence.
     *
     * @param iterators fresh iterators over the recurrence, each starting at its first occurrence
     * @param before the time, not null
     */
    static <T extends Comparable<? super T>> Optional<T> lastBefore(
            Supplier<? extends RecurrenceIterator<T>> iterators, T before) {
        RecurrenceIterator<T> it = iterators.get();
        AbstractIterator.stopAt(it, before);
        if (!it.hasNext() || it.peek().compareTo(before) >= 0) {
            return Optional.empty();
        }
        T lo = it.peek();
        if (isTemporal(lo)) {
            T hi = before;
            for (T mid = midpoint(lo, hi); mid != null; mid = midpoint(lo, hi)) {
                RecurrenceIterator<T> probe = iterators.get();
                AbstractIterator.stopAt(probe, before);
                probe.skipTo(mid);
                if (probe.hasNext() && probe.peek().compareTo(before) < 0) {
                    lo = probe.peek();
                } else {
                    hi = mid;
                }
            }
            it = iterators.get();
            AbstractIterator.stopAt(it, before);
            it.skipTo(lo);
        }
        @Nullable T last = null;
        while (it.hasNext() && it.peek().compareTo(before) < 0) {
            last = it.next();
        }
        return Optional.ofNullable(last);
    }

    private static boolean isTemporal(Object t) {
        return t instanceof Temporal && ((Temporal) t).isSupported(ChronoUnit.DAYS);
    }

    /**
     * Returns the time halfway between two times, in whole seconds (days for dates), or null when
     * they are at most one such unit apart or the arithmetic fails.
     */
    @SuppressWarnings("unchecked")
    static <T> @Nullable T midpoint(T lo, T hi) {
        Temporal a = (Temporal) lo;
        ChronoUnit unit = a.isSupported(ChronoUnit.SECONDS) ? ChronoUnit.SECONDS : ChronoUnit.DAYS;
        try {
            long d = a.until((Temporal) hi, unit);
            return d <= 1 ? null : (T) a.plus(d / 2, unit);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }
}
