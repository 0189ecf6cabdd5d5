package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.secunity.SecunityException;

/**
 * A lazily computed, ordered, duplicate-free sequence of occurrences: the expansion of a rule, a
 * list of dates, or a combination of them.
 *
 * <p>Recurrences are immutable and safe to share; each {@link #iterator()} is a fresh, stateful
 * {@link RecurrenceIterator} that can seek. Combine them with the static factories, each named
 * for its result: {@link #ofRule(RecurrenceRule, LocalDateTime)}, {@link #ofDates(Collection)},
 * {@link #merge(List)} (union, like several {@code RRULE}s and {@code RDATE}s),
 * {@link #difference(Recurrence, Recurrence)} ({@code EXDATE}), {@link #window} and
 * {@link #before}. {@link RecurrenceSet} assembles an RFC 5545 recurrence set from them.
 *
 * <p>The occurrence type is the start's: {@link LocalDateTime} for floating times,
 * {@link ZonedDateTime} for zoned or UTC times ({@code ZoneOffset.UTC}), {@link LocalDate} for
 * DATE values. Every expansion ends: a rule that can never match gives up after a proven bound
 * (see {@link RecurrenceRule}), and an infinite one stops at the end of the year 999,999,999.
 *
 * <p><b>Bounded work.</b> Each iterator of a rule's expansion has a budget of steps of work
 * ({@link ExpansionOptions#maxSteps()}); when a search uses it up, the iterator throws
 * {@link ExpansionLimitException}, and so do the methods built on it ({@link #take}, {@link #first},
 * {@link #next}, {@link #previous}, streams): an answer is never silently short or empty.
 * {@link #expand(int)} instead returns the occurrences found so far with the reason
 * ({@link Occurrences#truncation()}).
 *
 * <pre>{@code
 * Recurrence<LocalDateTime> mondays = Recurrence.ofRule(
 *         RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO"), LocalDateTime.parse("2021-01-04T19:00"));
 * mondays.take(2);                                         // [2021-01-04T19:00, 2021-01-11T19:00]
 * mondays.next(LocalDateTime.parse("2100-01-01T00:00"));   // Optional[2100-01-04T19:00]
 * }</pre>
 *
 * @param <T> the occurrence type
 */
public interface Recurrence<T extends Comparable<? super T>> extends Iterable<T> {

    /**
     * Returns a new iterator over the occurrences, in ascending order without duplicates.
     *
     * @return a fresh iterator, not null
     */
    @Override
    RecurrenceIterator<T> iterator();

    /**
     * Returns whether the recurrence is known to have finitely many occurrences.
     *
     * @return true when finite; false when it may go on forever
     */
    boolean isFinite();

    /**
     * Returns the first occurrence.
     *
     * @return the first occurrence, or empty when there is none
     */
    default Optional<T> first() {
        RecurrenceIterator<T> it = iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    /**
     * Returns the first occurrence strictly after a time, seeking rather than walking.
     *
     * @param after the time, not null
     * @return the occurrence, or empty when there is none
     */
    default Optional<T> next(T after) {
        requireNonNull(after, "after");
        RecurrenceIterator<T> it = iterator();
        it.skipTo(after);
        while (it.hasNext()) {
            T t = it.next();
            if (t.compareTo(after) > 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the last occurrence strictly before a time, seeking rather than walking: a binary
     * search over time probes about 60 points with fresh iterators sought to them (as
     * {@link #next} seeks), so the cost grows with the logarithm of the time span, not with the
     * number of occurrences. The recurrences of this module override it to search with one budget
     * of work (a rule), or by their parts (a merge takes the latest of its parts' answers).
     *
     * @param before the time, not null
     * @return the occurrence, or empty when there is none
     * @throws ExpansionLimitException if a bound of work stops the search
     */
    default Optional<T> previous(T before) {
        requireNonNull(before, "before");
        return RecurrenceSupport.lastBefore(this::iterator, before);
    }

    /**
     * Returns the occurrences in a half-open window, as {@link #window} does.
     *
     * @param from the first time included, not null
     * @param to the first time excluded, not null
     * @return the occurrences {@code t} with {@code from <= t < to}, not null
     */
    default Recurrence<T> between(T from, T to) {
        return window(this, from, to);
    }

    /**
     * Returns the first occurrences.
     *
     * @param n how many at most, not negative
     * @return up to {@code n} occurrences in order, a new modifiable list
     * @throws SecunityException if {@code n} is negative
     * @throws ExpansionLimitException if a bound of work stops the expansion before it has
     *     {@code n} occurrences or has proved there are no more
     */
    default List<T> take(int n) {
        if (n < 0) {
            throw new SecunityException("n must not be negative, was " + n);
        }
        List<T> out = new ArrayList<>(Math.min(n, 1024));
        RecurrenceIterator<T> it = iterator();
        while (out.size() < n && it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    /**
     * Returns the first occurrences, or as many as a bound of work allowed and why it stopped: the
     * typed answer for callers that report truncation rather than fail, such as a server printing
     * {@code {"occurrences":[...],"truncated":"..."}}.
     *
     * <pre>{@code
     * Occurrences<LocalDateTime> r = RecurrenceRule
     *         .parse("FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=1,2,3,4,5,6;BYDAY=MO;BYHOUR=0;BYMINUTE=0;BYSECOND=0")
     *         .occurrences(LocalDateTime.parse("2026-01-01T09:00:00"))
     *         .expand(10_000);
     * r.list().size();                                      // as many as the default bound allowed
     * r.truncation().map(Truncation::reason).orElse("");   // "stopped after 16777216 steps of work ..."
     * }</pre>
     *
     * @param limit how many occurrences at most, not negative
     * @return the occurrences in order and, when a bound cut them short, the truncation; not null
     * @throws SecunityException if {@code limit} is negative
     */
    default Occurrences<T> expand(int limit) {
        if (limit < 0) {
            throw new SecunityException("limit must not be negative, was " + limit);
        }
        List<T> out = new ArrayList<>(Math.min(limit, 1024));
        RecurrenceIterator<T> it = iterator();
        try {
            while (out.size() < limit && it.hasNext()) {
                out.add(it.next());
            }
        } catch (ExpansionLimitException e) {
            return Occurrences.truncated(out, e.truncation());
        }
        return Occurrences.of(out);
    }

    /**
     * Returns the occurrences as a sequential, ordered, sorted and distinct stream.
     *
     * @return the lazy stream, not null; limit it when the recurrence is infinite
     */
    default Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.SORTED | Spliterator.NONNULL
                        | Spliterator.IMMUTABLE), false);
    }

    /**
     * Returns the occurrences with their notes. The recurrences of this module yield plain
     * occurrences (no note); a decorator that moves occurrences, such as a holiday policy,
     * overrides this to say where and why.
     *
     * @return the lazy stream of occurrences, in the order of {@link #stream()}, not null
     */
    default Stream<Occurrence<T>> annotated() {
        return stream().map(Occurrence::of);
    }

    /**
     * Returns the rule-only expansion of a rule from a floating start; the same as
     * {@link RecurrenceRule#occurrences(LocalDateTime)}.
     *
     * @param rule the rule, not null
     * @param start the start, included only when it matches the rule, not null
     * @return the occurrences, not null
     */
    static Recurrence<LocalDateTime> ofRule(RecurrenceRule rule, LocalDateTime start) {
        return requireNonNull(rule, "rule").occurrences(start);
    }

    /**
     * Returns the rule-only expansion of a rule from a DATE start; the same as
     * {@link RecurrenceRule#occurrences(LocalDate)}.
     *
     * @param rule the rule, not null
     * @param start the start date, not null
     * @return the occurrences, not null
     * @throws SecunityException if the rule has parts finer than a day
     */
    static Recurrence<LocalDate> ofRule(RecurrenceRule rule, LocalDate start) {
        return requireNonNull(rule, "rule").occurrences(start);
    }

    /**
     * Returns the rule-only expansion of a rule from a zoned start; the same as
     * {@link RecurrenceRule#occurrences(ZonedDateTime)}.
     *
     * @param rule the rule, not null
     * @param start the start with its zone, not null
     * @return the occurrences, not null
     */
    static Recurrence<ZonedDateTime> ofRule(RecurrenceRule rule, ZonedDateTime start) {
        return requireNonNull(rule, "rule").occurrences(start);
    }

    /**
     * Returns a finite recurrence of listed times ({@code RDATE} or {@code EXDATE} values),
     * sorted, duplicates removed.
     *
     * @param <T> the occurrence type
     * @param dates the times, not null, no null element
     * @return the recurrence, not null
     */
    static <T extends Comparable<? super T>> Recurrence<T> ofDates(Collection<? extends T> dates) {
        return OfDates.of(requireNonNull(dates, "dates"));
    }

    /**
     * Returns the union of recurrences: every occurrence of any of them, once, in order.
     *
     * @param <T> the occurrence type
     * @param recurrences the recurrences, not null, no null element, may be empty
     * @return the union, not null
     */
    static <T extends Comparable<? super T>> Recurrence<T> merge(List<? extends Recurrence<T>> recurrences) {
        return new Merged<>(List.copyOf(requireNonNull(recurrences, "recurrences")));
    }

    /**
     * Returns the union of two recurrences.
     *
     * @param <T> the occurrence type
     * @param first a recurrence, not null
     * @param second another recurrence, not null
     * @return the union, not null
     */
    static <T extends Comparable<? super T>> Recurrence<T> merge(Recurrence<T> first, Recurrence<T> second) {
        return merge(List.of(requireNonNull(first, "first"), requireNonNull(second, "second")));
    }

    /**
     * Returns the occurrences of {@code base} that are not occurrences of {@code excluded}, as
     * {@code EXDATE} removes times from a recurrence set. Equality is by {@code compareTo}.
     *
     * @param <T> the occurrence type
     * @param base the recurrence to take from, not null
     * @param excluded the occurrences to remove, not null
     * @return the difference, not null
     */
    static <T extends Comparable<? super T>> Recurrence<T> difference(Recurrence<T> base, Recurrence<T> excluded) {
        return new Difference<>(requireNonNull(base, "base"), requireNonNull(excluded, "excluded"));
    }

    /**
     * Returns the occurrences in the half-open window {@code [from, to)}; always finite.
     *
     * @param <T> the occurrence type
     * @param recurrence the recurrence, not null
     * @param from the first time included, not null
     * @param to the first time excluded, not null
     * @return the occurrences in the window, not null
     * @throws SecunityException if {@code to} is before {@code from}
     */
    static <T extends Comparable<? super T>> Recurrence<T> window(Recurrence<T> recurrence, T from, T to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.compareTo(from) < 0) {
            throw new SecunityException("window end " + to + " is before its start " + from);
        }
        return new Within<>(requireNonNull(recurrence, "recurrence"), from, to);
    }

    /**
     * Returns the occurrences strictly before a time; always finite. (An {@code UNTIL} is
     * inclusive: pass the next representable time for that.)
     *
     * @param <T> the occurrence type
     * @param recurrence the recurrence, not null
     * @param end the first time excluded, not null
     * @return the occurrences before {@code end}, not null
     */
    static <T extends Comparable<? super T>> Recurrence<T> before(Recurrence<T> recurrence, T end) {
        return new Preceding<>(requireNonNull(recurrence, "recurrence"), requireNonNull(end, "end"));
    }

    /**
     * Returns the recurrence with no occurrence.
     *
     * @param <T> the occurrence type
     * @return the empty recurrence, not null
     */
    static <T extends Comparable<? super T>> Recurrence<T> empty() {
        return OfDates.of(List.of());
    }
}
