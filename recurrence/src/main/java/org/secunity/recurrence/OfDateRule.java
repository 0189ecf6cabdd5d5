package org.secunity.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;

/**
 * The rule-only expansion of a rule from a DATE start, in whole days; see
 * {@link RecurrenceRule#occurrences(LocalDate)}. Expands at midnight and drops the time.
 */
final class OfDateRule implements Recurrence<LocalDate> {

    private final OfRule source;

    private OfDateRule(OfRule source) {
        this.source = source;
    }

    static OfDateRule of(RecurrenceRule rule, LocalDate start, ExpansionOptions options) {
        if (rule.frequency().isSubDaily() || !rule.byHour().isEmpty() || !rule.byMinute().isEmpty()
                || !rule.bySecond().isEmpty()) {
            throw new SecunityException("a DATE start needs a rule with day-level parts only, but "
                    + rule + " has FREQ=" + rule.frequency() + " or BYHOUR/BYMINUTE/BYSECOND");
        }
        return new OfDateRule(new OfRule(rule, start.atStartOfDay(), options));
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
