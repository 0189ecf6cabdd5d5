package org.secunity.recurrence.holiday;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.recurrence.RecurrenceIterator;

/**
 * The engine of {@link HolidayAdjusted}: reads the source occurrences in order and yields, in
 * order of their position, one {@link Step} per source occurrence — kept, moved, skipped or
 * merged. Stateful, one thread.
 *
 * <h2>Why a small buffer is enough, and when a step may leave it</h2>
 *
 * <p>Let {@code f(t)} be where a source occurrence {@code t} ends up (its position): {@code t}
 * itself when the policy leaves it, or {@code t} moved to another date with the same time of day.
 * The source is strictly increasing, so after reading {@code r} every later source occurrence
 * {@code t} has {@code t > r}.
 *
 * <ul>
 *   <li>{@link HolidayPolicy#SKIP}: {@code f(t) = t}, so every later position is {@code > r}.
 *   <li>{@link HolidayPolicy#NEXT_BUSINESS_DAY}: a moved {@code t} goes to a later date at the
 *       same wall-clock time, so {@code f(t) > t} (a zone's offset changes by less than a day);
 *       hence every later position is {@code > r}.
 *   <li>{@link HolidayPolicy#PREVIOUS_BUSINESS_DAY}: {@code f(t)} lies on
 *       {@code P(date(t))} or later, where {@code P(d)} is the last business day on or before
 *       {@code d} (a kept {@code t} is on its own date, which is at or after {@code P}). {@code P} is
 *       monotone and {@code date(t) >= date(r)}, so every later position is
 *       {@code >= start of P(date(r))}.
 * </ul>
 *
 * <p>So the buffered step with the smallest position {@code p} is final — no later source
 * occurrence can take a position before it or equal to it — once {@code p <= r} (skip, next) or
 * {@code p < start of P(date(r))} (previous); {@link #isFinal} checks exactly that, and when the
 * source is exhausted every buffered step is final. Equal positions always meet in the buffer:
 * the later of two colliding steps is read while the earlier is still not final by the same
 * bounds, so duplicates are resolved before either leaves.
 *
 * <p>What stays buffered is bounded by the longest run of days off: a step still waiting has a
 * position after {@code r} (skip and next: only moved steps, which were moved across the run of
 * days off that {@code r} is in or just after, onto the business day that ends it) or on
 * {@code P(date(r))} or later (previous: steps from {@code P(date(r))} to {@code r}, that is the
 * run of days off that {@code r} is in, plus that business day). Positions are unique in the
 * buffer, so it never holds more than the distinct times of day of about two days of the source;
 * for the Japanese calendar, whose longest run of days off is ten days (Golden Week 2019), a
 * daily or weekly rule buffers a handful of steps.
 *
 * <h2>Seeking</h2>
 *
 * <p>{@link #seek} finds the earliest source occurrence that can reach the target and skips the
 * source there: the target itself for skip and previous ({@code f(t) <= t}), and for next the first
 * day of the run of non-business days just before the target's date, since only an occurrence in
 * that run can be moved onto or after it. That walks back over at most one run of days off. When
 * the walk reaches a year the calendar does not cover, it gives up seeking and reads on, so that
 * such a year raises the calendar's exception exactly as iterating from the start would.
 */
final class PolicySteps<T extends Comparable<? super T>> {

    /** One source occurrence and what became of it. */
    static final class Step<T extends Comparable<? super T>> {
        final T position;
        final boolean output;
        final @Nullable Adjustment<T> adjustment;

        private Step(T position, boolean output, @Nullable Adjustment<T> adjustment) {
            this.position = position;
            this.output = output;
            this.adjustment = adjustment;
        }

        static <T extends Comparable<? super T>> Step<T> kept(T time) {
            return new Step<>(time, true, null);
        }

        static <T extends Comparable<? super T>> Step<T> moved(Adjustment<T> moved) {
            return new Step<>(moved.time().orElseThrow(), true, moved);
        }

        static <T extends Comparable<? super T>> Step<T> notOutput(T position, Adjustment<T> adjustment) {
            return new Step<>(position, false, adjustment);
        }
    }

    /** The steps that share one position: the one kept, and those merged into it. */
    private static final class Slot<T extends Comparable<? super T>> {
        Step<T> winner;
        final List<Adjustment<T>> merged = new ArrayList<>(1);

        Slot(Step<T> winner) {
            this.winner = winner;
        }
    }

    private final RecurrenceIterator<T> in;
    private final HolidayPolicy policy;
    private final HolidayCalendar calendar;
    private final HolidayPolicy.Trigger trigger;

    private final TreeMap<T, Slot<T>> buffer = new TreeMap<>();
    private final ArrayDeque<Step<T>> ready = new ArrayDeque<>();
    private @Nullable T lastRead;
    /** For {@link HolidayPolicy#PREVIOUS_BUSINESS_DAY}: the start of {@code P(date(lastRead))}. */
    private @Nullable T lowerBound;
    /** Steps before this position are dropped (set by {@link #seek}). */
    private @Nullable T floor;
    private @Nullable ZoneId zone;

    PolicySteps(RecurrenceIterator<T> in, HolidayPolicy policy, HolidayCalendar calendar,
            HolidayPolicy.Trigger trigger) {
        this.in = in;
        this.policy = policy;
        this.calendar = calendar;
        this.trigger = trigger;
    }

    /** Returns the next step without consuming it, or null at the end. */
    @Nullable Step<T> peek() {
        fill();
        return ready.peekFirst();
    }

    /** Returns and consumes the next step, or null at the end. */
    @Nullable Step<T> next() {
        fill();
        return ready.pollFirst();
    }

    private void fill() {
        while (ready.isEmpty()) {
            Map.Entry<T, Slot<T>> first = buffer.firstEntry();
            if (first != null && isFinal(first.getKey())) {
                release(buffer.pollFirstEntry().getValue());
            } else if (in.hasNext()) {
                read(in.next());
            } else if (first != null) {
                release(buffer.pollFirstEntry().getValue());
            } else {
                return;
            }
        }
    }

    private boolean isFinal(T position) {
        T r = lastRead;
        if (r == null) {
            return false;
        }
        if (policy == HolidayPolicy.PREVIOUS_BUSINESS_DAY) {
            T bound = Objects.requireNonNull(lowerBound);
            return position.compareTo(bound) < 0;
        }
        return position.compareTo(r) <= 0;
    }

    private void release(Slot<T> slot) {
        if (floor != null && slot.winner.position.compareTo(floor) < 0) {
            return;
        }
        ready.addLast(slot.winner);
        slot.merged.sort(Comparator.comparing(Adjustment::original));
        for (Adjustment<T> m : slot.merged) {
            ready.addLast(Step.notOutput(slot.winner.position, m));
        }
    }

    private void read(T t) {
        checkZone(t);
        lastRead = t;
        LocalDate date = Dates.dateOf(t);
        if (policy == HolidayPolicy.PREVIOUS_BUSINESS_DAY) {
            lowerBound = Dates.startOfDay(t, calendar.previousOrSameBusinessDay(date));
        }
        boolean affected = trigger == HolidayPolicy.Trigger.HOLIDAY
                ? calendar.isHoliday(date)
                : !calendar.isBusinessDay(date);
        if (!affected) {
            put(t, Step.kept(t));
            return;
        }
        @Nullable Holiday holiday = calendar.holiday(date).orElse(null);
        switch (policy) {
            case SKIP:
                put(t, Step.notOutput(t, Adjustment.skipped(t, holiday)));
                break;
            case NEXT_BUSINESS_DAY: {
                T moved = Dates.withDate(t, calendar.nextOrSameBusinessDay(date));
                put(moved, Step.moved(Adjustment.moved(t, moved, holiday)));
                break;
            }
            default: {
                T moved = Dates.withDate(t, calendar.previousOrSameBusinessDay(date));
                put(moved, Step.moved(Adjustment.moved(t, moved, holiday)));
                break;
            }
        }
    }

    /**
     * Buffers a step; on a collision keeps the unmoved occurrence if there is one, else the one
     * read first (the earliest original), and records the other as merged.
     */
    private void put(T position, Step<T> step) {
        Slot<T> slot = buffer.get(position);
        if (slot == null) {
            buffer.put(position, new Slot<>(step));
            return;
        }
        if (step.adjustment == null) {
            slot.merged.add(Objects.requireNonNull(slot.winner.adjustment).asMerged());
            slot.winner = step;
        } else {
            slot.merged.add(step.adjustment.asMerged());
        }
    }

    private void checkZone(T t) {
        ZoneId z = Dates.zoneOf(t);
        if (z == null) {
            return;
        }
        if (zone == null) {
            zone = z;
        } else if (!zone.equals(z)) {
            throw new SecunityException("a holiday policy needs zoned occurrences in one zone, but "
                    + t + " is in " + z + " after occurrences in " + zone);
        }
    }

    /** Skips every step before a position; see the class comment. */
    void seek(T target) {
        while (!ready.isEmpty() && ready.peekFirst().position.compareTo(target) < 0) {
            ready.pollFirst();
        }
        if (floor == null || floor.compareTo(target) < 0) {
            floor = target;
        }
        if (!ready.isEmpty()) {
            return;
        }
        buffer.headMap(target).clear();
        @Nullable T from = sourceStart(target);
        T r = lastRead;
        if (from != null && (r == null || r.compareTo(from) < 0)) {
            in.skipTo(from);
        }
    }

    /**
     * Returns the earliest source time that can end up at or after a target, or null when finding
     * it would need a year the calendar does not cover.
     */
    private @Nullable T sourceStart(T target) {
        if (policy != HolidayPolicy.NEXT_BUSINESS_DAY) {
            return target;
        }
        LocalDate day = Dates.dateOf(target);
        if (!calendar.covers(day)) {
            return null;
        }
        LocalDate first = day;
        while (true) {
            LocalDate before = first.minusDays(1);
            if (!calendar.covers(before)) {
                return null;
            }
            if (calendar.isBusinessDay(before)) {
                break;
            }
            first = before;
        }
        if (first.equals(day) && calendar.isBusinessDay(day)) {
            return target;
        }
        return Dates.startOfDay(target, first);
    }
}
