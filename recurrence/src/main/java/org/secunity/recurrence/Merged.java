package org.secunity.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The union of recurrences, each occurrence once; see {@link Recurrence#merge(List)}. */
final class Merged<T extends Comparable<? super T>> implements Recurrence<T> {

    private final List<Recurrence<T>> parts;

    Merged(List<Recurrence<T>> parts) {
        this.parts = parts;
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        List<RecurrenceIterator<T>> its = new ArrayList<>(parts.size());
        for (Recurrence<T> part : parts) {
            its.add(part.iterator());
        }
        return new AbstractIterator<>() {
            /** The earliest truncation of a part whose bound of work ran out, or null. */
            private @Nullable ExpansionLimitException stopped;

            @Override
            protected @Nullable T computeNext() {
                @Nullable T min = null;
                for (Iterator<RecurrenceIterator<T>> parts = its.iterator(); parts.hasNext();) {
                    RecurrenceIterator<T> it = parts.next();
                    if (hasNext(it, parts) && (min == null || it.peek().compareTo(min) < 0)) {
                        min = it.peek();
                    }
                }
                ExpansionLimitException limit = stopped;
                if (limit != null && (min == null || !before(min, limit.truncation().reached()))) {
                    // another part may still have an occurrence before min: say where the answer stops
                    throw limit;
                }
                if (min != null) {
                    for (RecurrenceIterator<T> it : its) {
                        if (it.hasNext() && it.peek().compareTo(min) == 0) {
                            it.next();
                        }
                    }
                }
                return min;
            }

            /**
             * Whether a part has a next occurrence; a part whose bound of work runs out is dropped and
             * its truncation kept, so that the other parts' occurrences before the point it reached
             * are still returned.
             */
            private boolean hasNext(RecurrenceIterator<T> it, Iterator<RecurrenceIterator<T>> parts) {
                try {
                    return it.hasNext();
                } catch (ExpansionLimitException e) {
                    parts.remove();
                    ExpansionLimitException earlier = stopped;
                    if (earlier == null || e.truncation().reached().isBefore(earlier.truncation().reached())) {
                        stopped = e;
                    }
                    return false;
                }
            }

            @Override
            protected void seek(T target) {
                for (RecurrenceIterator<T> it : its) {
                    it.skipTo(target);
                }
            }

            @Override
            void stopAt(T end) {
                for (RecurrenceIterator<T> it : its) {
                    AbstractIterator.stopAt(it, end);
                }
            }
        };
    }

    /** Whether an occurrence is before a wall-clock time that a truncated search reached. */
    private static boolean before(Object occurrence, LocalDateTime reached) {
        LocalDateTime local = occurrence instanceof LocalDate d ? d.atStartOfDay()
                : occurrence instanceof ZonedDateTime z ? z.toLocalDateTime()
                : occurrence instanceof LocalDateTime t ? t : null;
        return local != null && local.isBefore(reached);
    }

    /** The latest of the parts' answers: each part seeks on its own. */
    @Override
    public Optional<T> previous(T before) {
        java.util.Objects.requireNonNull(before, "before");
        Optional<T> latest = Optional.empty();
        for (Recurrence<T> part : parts) {
            Optional<T> p = part.previous(before);
            if (p.isPresent() && (latest.isEmpty() || p.get().compareTo(latest.get()) > 0)) {
                latest = p;
            }
        }
        return latest;
    }

    @Override
    public boolean isFinite() {
        return parts.stream().allMatch(Recurrence::isFinite);
    }

    @Override
    public String toString() {
        return "Merged" + parts;
    }
}
