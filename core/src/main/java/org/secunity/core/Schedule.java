package org.secunity.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.recurrence.Occurrence;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayAdjusted;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * The dated occurrences of a community's recurring events: every event whose cadence fixes its
 * dates (an {@linkplain EventCadence#rrule() RRULE}), expanded from a date and merged in time order.
 *
 * <p><b>Time of day.</b> An occurrence starts at the event's {@linkplain Event#startTime() start
 * time} when the catalog gives one, else at the time of day its cadence's wording names (晩 is
 * 19:00); otherwise it lasts the whole day (see {@link #timeOfDay(Event)}).
 * Times are local times in Japan ({@value #ZONE_ID}, no daylight saving time).
 *
 * <p><b>Holidays.</b> {@link #withHolidayPolicy(HolidayPolicy)} applies a policy to the
 * occurrences that fall on a national holiday of Japan ({@link HolidayCalendar#japan()}, 1955 to
 * 2099): skipped, or moved to the next or previous business day. Only holidays trigger the policy
 * ({@link HolidayPolicy.Trigger#HOLIDAY}): the source's events on Saturdays are held on Saturdays on
 * purpose. Skipped occurrences stay in the schedule, marked {@linkplain ScheduledOccurrence#isSkipped()
 * skipped}, so that a reader can see why a date is missing. Looking at a date after 2099 with a
 * policy throws a {@link SecunityException}.
 *
 * <p>Events without a fixed cadence ("年2回程度") and one-off events are not in the schedule.
 * Immutable and safe to share; every stream is fresh and lazy.
 *
 * <pre>{@code
 * Community lt = catalog.community(CommunityId.of("sokansai-lt")).orElseThrow();
 * Schedule.of(lt).withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
 *         .next(LocalDate.parse("2026-01-01"), 3)
 *         .forEach(System.out::println);
 * // 2026-02-12 19:00 総関西サイバーセキュリティLT大会 (moved from 2026-02-11: 建国記念の日)
 * // 2026-04-08 19:00 総関西サイバーセキュリティLT大会
 * // 2026-06-10 19:00 総関西サイバーセキュリティLT大会
 * }</pre>
 */
public final class Schedule {

    /** The name of the time zone of every schedule: {@code Asia/Tokyo}. */
    public static final String ZONE_ID = "Asia/Tokyo";

    /** The time zone of every schedule: Japan Standard Time, UTC+09:00 all year. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private final Community community;
    private final @Nullable HolidayPolicy policy;

    private Schedule(Community community, @Nullable HolidayPolicy policy) {
        this.community = community;
        this.policy = policy;
    }

    /**
     * Returns the schedule of a community's events with fixed cadences, without a holiday policy.
     *
     * @param community the community, not null
     * @return the schedule, not null
     */
    public static Schedule of(Community community) {
        return new Schedule(requireNonNull(community, "community"), null);
    }

    /**
     * Returns a copy that applies a holiday policy to occurrences on national holidays of Japan.
     *
     * @param policy the policy, not null
     * @return the schedule, not null
     */
    public Schedule withHolidayPolicy(HolidayPolicy policy) {
        return new Schedule(community, requireNonNull(policy, "policy"));
    }

    /**
     * Returns a copy without a holiday policy.
     *
     * @return the schedule, not null
     */
    public Schedule withoutHolidayPolicy() {
        return new Schedule(community, null);
    }

    /**
     * Returns the community.
     *
     * @return the community, not null
     */
    public Community community() {
        return community;
    }

    /**
     * Returns the holiday policy.
     *
     * @return the policy, or empty when holidays are not looked at
     */
    public Optional<HolidayPolicy> holidayPolicy() {
        return Optional.ofNullable(policy);
    }

    /**
     * Returns the indexes, in {@link Community#events()}, of the events in this schedule: those
     * whose cadence has a rule.
     *
     * @return the indexes, ascending, unmodifiable
     */
    public List<Integer> eventIndexes() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < community.events().size(); i++) {
            if (community.events().get(i).cadence().filter(EventCadence::isFixed).isPresent()) {
                out.add(i);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns the time of day an event's occurrences start at: the event's start time when the
     * catalog gives one; else the time of day of its {@linkplain EventCadence#cadence() cadence}, which
     * the cadence's Japanese wording names when that wording agrees with the rule (晩 and 夜 are
     * {@link Cadence#EVENING} 19:00, 夕方 17:00, 昼 12:00, 朝 09:00, 19時半 19:30); else none, and
     * occurrences last the whole day.
     *
     * <pre>{@code
     * Schedule.timeOfDay(ltMeetup);   // Optional[19:00]: 偶数月の第2水曜日の晩
     * Schedule.timeOfDay(quiz);       // Optional.empty: 7月の第2土曜日, an all-day event
     * }</pre>
     *
     * @param event the event, not null
     * @return the local time in Japan, or empty for all-day occurrences
     */
    public static Optional<LocalTime> timeOfDay(Event event) {
        requireNonNull(event, "event");
        if (event.startTime().isPresent()) {
            return event.startTime();
        }
        return event.cadence().flatMap(EventCadence::cadence).flatMap(Cadence::timeOfDay);
    }

    /**
     * Returns the occurrences on or after a date, in time order, with skipped ones marked: a lazy,
     * possibly infinite stream.
     *
     * @param from the first date, not null
     * @return the occurrences, not null; limit it
     * @throws SecunityException while streaming, if a date to look at lies outside the holiday
     *     calendar's years
     */
    public Stream<ScheduledOccurrence> from(LocalDate from) {
        requireNonNull(from, "from");
        PriorityQueue<Peeking> heads = new PriorityQueue<>((a, b) -> a.peek().compareTo(b.peek()));
        for (int index : eventIndexes()) {
            Peeking p = new Peeking(occurrencesOf(index, from));
            if (p.hasNext()) {
                heads.add(p);
            }
        }
        Iterator<ScheduledOccurrence> merged = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public ScheduledOccurrence next() {
                Peeking p = heads.poll();
                if (p == null) {
                    throw new NoSuchElementException();
                }
                ScheduledOccurrence o = p.next();
                if (p.hasNext()) {
                    heads.add(p);
                }
                return o;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /**
     * Returns the occurrences of one event on or after a date, in time order, with skipped ones
     * marked: a lazy stream that ends when the event's rule ends.
     *
     * <pre>{@code
     * Schedule.of(lt).eventFrom(1, LocalDate.of(2026, 1, 1)).limit(3);   // the next three quizzes
     * }</pre>
     *
     * @param eventIndex the event's index in {@link Community#events()}, one of {@link #eventIndexes()}
     * @param from the first date, not null
     * @return the occurrences, not null; limit it
     * @throws SecunityException if the event has no fixed cadence or the index is out of range;
     *     while streaming, if a date to look at lies outside the holiday calendar's years
     */
    public Stream<ScheduledOccurrence> eventFrom(int eventIndex, LocalDate from) {
        requireNonNull(from, "from");
        if (!eventIndexes().contains(eventIndex)) {
            throw new SecunityException("event " + eventIndex + " of community " + community.id()
                    + " has no fixed cadence; the events with one are " + eventIndexes());
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(occurrencesOf(eventIndex, from),
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /**
     * Returns the next occurrences that happen on or after a date, in time order, with the skipped
     * ones among them.
     *
     * @param from the first date, not null
     * @param count how many occurrences that happen (not skipped) to return, at least 0
     * @return up to {@code count} happening occurrences, and every skipped one before the last of
     *     them, in time order, unmodifiable
     * @throws SecunityException if {@code count} is negative, or if a date to look at lies outside
     *     the holiday calendar's years
     */
    public List<ScheduledOccurrence> next(LocalDate from, int count) {
        if (count < 0) {
            throw new SecunityException("count must be >= 0, but was " + count);
        }
        List<ScheduledOccurrence> out = new ArrayList<>();
        if (count == 0) {
            return List.of();
        }
        int happening = 0;
        Iterator<ScheduledOccurrence> it = from(from).iterator();
        while (happening < count && it.hasNext()) {
            ScheduledOccurrence o = it.next();
            out.add(o);
            if (!o.isSkipped()) {
                happening++;
            }
        }
        return List.copyOf(out);
    }

    /** The occurrences of one event, happening and skipped, in time order. */
    private Iterator<ScheduledOccurrence> occurrencesOf(int index, LocalDate from) {
        Event event = community.events().get(index);
        RecurrenceRule rule = event.cadence().flatMap(EventCadence::rule).orElseThrow();
        Optional<LocalTime> time = timeOfDay(event);
        if (time.isPresent()) {
            return occurrencesOf(index, event, rule.occurrences(from.atTime(time.get())));
        }
        return occurrencesOf(index, event, rule.occurrences(from));
    }

    private <T extends Comparable<? super T>> Iterator<ScheduledOccurrence> occurrencesOf(int index, Event event,
            Recurrence<T> recurrence) {
        if (policy == null) {
            return recurrence.stream().map(t -> occurrence(index, event, t)).iterator();
        }
        if (policy == HolidayPolicy.SKIP) {
            // one pass over the rule: an occurrence on a holiday is listed as skipped (a second,
            // filtered stream of skips would search without end once no holiday is left to find)
            HolidayCalendar japan = HolidayCalendar.japan();
            return recurrence.stream().map(t -> {
                ScheduledOccurrence o = occurrence(index, event, t);
                return japan.isHoliday(o.date()) ? o.skippedFor(japan.holiday(o.date())) : o;
            }).iterator();
        }
        HolidayAdjusted<T> adjusted = policy.apply(recurrence, HolidayCalendar.japan(), HolidayPolicy.Trigger.HOLIDAY);
        return adjusted.annotated().map(o -> happening(index, event, o)).iterator();
    }

    private ScheduledOccurrence happening(int index, Event event, Occurrence<? extends Comparable<?>> o) {
        ScheduledOccurrence base = occurrence(index, event, o.original().isPresent() ? o.original().get() : o.time());
        if (!o.isMoved()) {
            return base;
        }
        LocalDate to = dateOf(o.time());
        return base.movedTo(to, HolidayCalendar.japan().holiday(base.date()));
    }

    private ScheduledOccurrence occurrence(int index, Event event, Object time) {
        if (time instanceof LocalDateTime t) {
            return ScheduledOccurrence.of(community.id(), index, event, t.toLocalDate(), Optional.of(t.toLocalTime()));
        }
        return ScheduledOccurrence.of(community.id(), index, event, (LocalDate) time, Optional.empty());
    }

    private static LocalDate dateOf(Object time) {
        return time instanceof LocalDateTime t ? t.toLocalDate() : (LocalDate) time;
    }

    /** An iterator that can look at its next element. */
    private static final class Peeking implements Iterator<ScheduledOccurrence> {
        private final Iterator<ScheduledOccurrence> source;
        private @Nullable ScheduledOccurrence head;

        Peeking(Iterator<ScheduledOccurrence> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            return head != null || source.hasNext();
        }

        ScheduledOccurrence peek() {
            if (head == null) {
                head = source.next();
            }
            return head;
        }

        @Override
        public ScheduledOccurrence next() {
            ScheduledOccurrence o = peek();
            head = null;
            return o;
        }
    }

    /**
     * Returns the community and the policy.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "Schedule[" + community.id() + (policy == null ? "" : ", " + policy) + "]";
    }
}
