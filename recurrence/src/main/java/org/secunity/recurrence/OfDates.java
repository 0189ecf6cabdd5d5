package org.secunity.recurrence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A finite recurrence of listed times, sorted and unique; see {@link Recurrence#ofDates(Collection)}. */
final class OfDates<T extends Comparable<? super T>> implements Recurrence<T> {

    private final List<T> dates;

    private OfDates(List<T> dates) {
        this.dates = dates;
    }

    static <T extends Comparable<? super T>> OfDates<T> of(Collection<? extends T> values) {
        List<T> sorted = new ArrayList<>(values.size());
        for (T v : values) {
            sorted.add(Objects.requireNonNull(v, "dates must not contain null"));
        }
        Collections.sort(sorted);
        List<T> unique = new ArrayList<>(sorted.size());
        for (T v : sorted) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).compareTo(v) != 0) {
                unique.add(v);
            }
        }
        return new OfDates<>(Collections.unmodifiableList(unique));
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        return new AbstractIterator<>() {
            private int index;

            @Override
            protected @Nullable T computeNext() {
                return index < dates.size() ? dates.get(index++) : null;
            }

            @Override
            protected void seek(T target) {
                int i = Collections.binarySearch(dates, target);
                int at = i >= 0 ? i : -i - 1;
                index = Math.max(index, at);
            }
        };
    }

    @Override
    public Optional<T> previous(T before) {
        int i = Collections.binarySearch(dates, Objects.requireNonNull(before, "before"));
        int at = (i >= 0 ? i : -i - 1) - 1;
        return at >= 0 ? Optional.of(dates.get(at)) : Optional.empty();
    }

    @Override
    public boolean isFinite() {
        return true;
    }

    @Override
    public String toString() {
        return "OfDates" + dates;
    }
}
