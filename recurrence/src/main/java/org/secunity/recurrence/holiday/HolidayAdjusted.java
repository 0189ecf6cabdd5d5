package org.secunity.recurrence.holiday;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.Occurrence;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceIterator;

/**
 * The occurrences of a recurrence after a {@link HolidayPolicy}: those on days off skipped or moved
 * to a business day, the others as they were.
 *
 * <ul>
 *   <li><b>Time of day.</b> A moved occurrence keeps its wall-clock time (and zone); a zoned time
 *       that does not exist on the new date moves later by the length of the gap.
 *   <li><b>Order.</b> Moving can overtake: a Saturday 20:00 occurrence moved to Monday comes after
 *       a Monday 09:00 one. The occurrences are yielded in ascending order all the same, through a
 *       look-ahead buffer that holds at most the occurrences of one run of days off (the proof is
 *       in the source).
 *   <li><b>Duplicates.</b> When occurrences end up at the same time (two moved onto one day, or one
 *       moved onto a day that already has an occurrence at that time, as always happens for
 *       {@link java.time.LocalDate} occurrences), one is kept: the unmoved one if there is one,
 *       else the one whose original time is earliest. The others are reported as
 *       {@link Adjustment.Kind#MERGED} by {@link #adjustments()}.
 *   <li><b>Laziness and seeking.</b> Occurrences are computed as they are asked for;
 *       {@link RecurrenceIterator#skipTo} seeks the source to the earliest occurrence that can
 *       reach the target, walking back over at most one run of days off.
 *   <li><b>Calendar range.</b> Looking at a day outside the calendar's years throws the calendar's
 *       {@link org.secunity.SecunityException} while iterating, never a guessed answer.
 * </ul>
 *
 * <p>Immutable and safe to share; each iterator or stream is fresh and stateful.
 *
 * <pre>{@code
 * HolidayAdjusted<LocalDateTime> lt = HolidayPolicy.NEXT_BUSINESS_DAY.apply(
 *         Cadence.parse("偶数月の第2水曜日の晩").occurrences(LocalDateTime.parse("2026-01-01T00:00")),
 *         HolidayCalendar.japan());
 * lt.annotated().findFirst();
 *         // 2026-02-12T19:00 (moved from 2026-02-11T19:00) [建国記念の日 (National Foundation Day)]
 * lt.adjustments().findFirst().get().holiday().get().en();   // "National Foundation Day"
 * }</pre>
 *
 * @param <T> the occurrence type: {@link java.time.LocalDate}, {@link java.time.LocalDateTime} or
 *     {@link java.time.ZonedDateTime}
 */
public final class HolidayAdjusted<T extends Comparable<? super T>> implements Recurrence<T> {

    private final Recurrence<T> source;
    private final HolidayPolicy policy;
    private final HolidayCalendar calendar;
    private final HolidayPolicy.Trigger trigger;

    HolidayAdjusted(Recurrence<T> source, HolidayPolicy policy, HolidayCalendar calendar,
            HolidayPolicy.Trigger trigger) {
        this.source = source;
        this.policy = policy;
        this.calendar = calendar;
        this.trigger = trigger;
    }

    /**
     * Returns the recurrence before the policy.
     *
     * @return the source, not null
     */
    public Recurrence<T> source() {
        return source;
    }

    /**
     * Returns the policy applied.
     *
     * @return the policy, not null
     */
    public HolidayPolicy policy() {
        return policy;
    }

    /**
     * Returns the calendar that says which days are holidays.
     *
     * @return the calendar, not null
     */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /**
     * Returns which days off the policy acts on.
     *
     * @return the trigger, not null
     */
    public HolidayPolicy.Trigger trigger() {
        return trigger;
    }

    private PolicySteps<T> steps() {
        return new PolicySteps<>(source.iterator(), policy, calendar, trigger);
    }

    /**
     * Returns a new iterator over the adjusted occurrences, in ascending order without duplicates.
     *
     * @return a fresh iterator, not null
     */
    @Override
    public RecurrenceIterator<T> iterator() {
        PolicySteps<T> steps = steps();
        return new RecurrenceIterator<>() {
            private PolicySteps.@Nullable Step<T> nextOutput() {
                PolicySteps.Step<T> s = steps.peek();
                while (s != null && !s.output) {
                    steps.next();
                    s = steps.peek();
                }
                return s;
            }

            @Override
            public boolean hasNext() {
                return nextOutput() != null;
            }

            @Override
            public T peek() {
                PolicySteps.Step<T> s = nextOutput();
                if (s == null) {
                    throw new NoSuchElementException("no more occurrences");
                }
                return s.position;
            }

            @Override
            public T next() {
                T t = peek();
                steps.next();
                return t;
            }

            @Override
            public void skipTo(T target) {
                java.util.Objects.requireNonNull(target, "target");
                steps.seek(target);
            }
        };
    }

    /**
     * Returns whether the source is known to be finite.
     *
     * @return the source's {@link Recurrence#isFinite()}
     */
    @Override
    public boolean isFinite() {
        return source.isFinite();
    }

    /**
     * Returns the adjusted occurrences with their notes: a moved one is an
     * {@link Occurrence#moved(Comparable, Comparable, String) Occurrence.moved} whose note is the
     * reason in Japanese and English, such as {@code "海の日 (Marine Day)"}; the others are plain.
     * Skipped and merged occurrences are not in this stream (it follows {@link #stream()}); see
     * {@link #adjustments()}.
     *
     * @return the lazy stream, in the order of {@link #stream()}, not null
     */
    @Override
    public Stream<Occurrence<T>> annotated() {
        return stepStream().filter(s -> s.output).map(s -> s.adjustment == null
                ? Occurrence.of(s.position)
                : Occurrence.moved(s.adjustment.original(), s.position, s.adjustment.note()));
    }

    /**
     * Returns every occurrence of the source that the policy changed — moved, skipped or merged —
     * with the reason, for reports and for an iCalendar export ({@code EXDATE} for each original,
     * {@code RDATE} for each moved time).
     *
     * <p>Ordered by where each one ends up: the new time of a moved or merged one, the original
     * time of a skipped one; a merged one follows the occurrence it merged into.
     *
     * @return the lazy stream of adjustments, not null; limit it when the source is infinite
     */
    public Stream<Adjustment<T>> adjustments() {
        return stepStream().filter(s -> s.adjustment != null).map(s -> s.adjustment);
    }

    private Stream<PolicySteps.Step<T>> stepStream() {
        PolicySteps<T> steps = steps();
        Iterator<PolicySteps.Step<T>> it = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return steps.peek() != null;
            }

            @Override
            public PolicySteps.Step<T> next() {
                PolicySteps.Step<T> s = steps.next();
                if (s == null) {
                    throw new NoSuchElementException("no more steps");
                }
                return s;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Returns a description for logs.
     *
     * @return the text, such as {@code "HolidayAdjusted[NEXT_BUSINESS_DAY on NON_BUSINESS_DAY of
     *     JapaneseHolidayCalendar: OfRule[...]]"}
     */
    @Override
    public String toString() {
        return "HolidayAdjusted[" + policy + " on " + trigger + " of " + calendar + ": " + source + "]";
    }
}
