package org.secunity.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rule-only expansion of a rule from a DATE start, in whole days; see
 * {@link RecurrenceRule#occurrences(LocalDate)}. Expands at midnight and drops the time.
 */
final class OfDateRule implements Recurrence<LocalDate> {

    private final OfRule source;

    /** Creates the expansion of a rule read for a DATE start (whole days, no time parts). */
    OfDateRule(OfRule source) {
        this.source = source;
    }

    @Override
    public RecurrenceIterator<LocalDate> iterator() {
        RecurrenceIterator<LocalDateTime> in = source.iterator();
        return new AbstractIterator<>() {
            @Override
            protected @Nullable LocalDate computeNext() {
                return in.hasNext() ? in.next().toLocalDate() : null;
            }

            @Override
            protected void seek(LocalDate target) {
                in.skipTo(target.atStartOfDay());
            }

            @Override
            void stopAt(LocalDate end) {
                AbstractIterator.stopAt(in, end.atStartOfDay());
            }
        };
    }

    @Override
    public Optional<LocalDate> previous(LocalDate before) {
        return source.previous(before.atStartOfDay()).map(LocalDateTime::toLocalDate);
    }

    @Override
    public boolean isFinite() {
        return source.isFinite();
    }

    @Override
    public String toString() {
        return source.toString();
    }
}
