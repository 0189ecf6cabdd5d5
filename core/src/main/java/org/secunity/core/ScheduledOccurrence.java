package org.secunity.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.recurrence.holiday.Holiday;

/**
 * One dated occurrence of a community's recurring event in a {@link Schedule}: which event, on which
 * day, at what time, and what a holiday policy did to it.
 *
 * <p>An occurrence either happens ({@link #isSkipped()} is false), possibly {@linkplain #isMoved()
 * moved} off a holiday, or was skipped because it fell on one; the schedule lists skipped ones too,
 * so that a calendar can say why a date is missing. Times are local times in Japan
 * ({@link Schedule#ZONE}); an occurrence without a {@link #time()} lasts the whole day.
 * Immutable and safe to share; compare with {@code equals}. Ordered by date, then all-day before
 * timed, then time, then event index.
 *
 * <pre>{@code
 * ScheduledOccurrence o = Schedule.of(sokansaiLt).next(LocalDate.parse("2026-01-01"), 1).get(0);
 * o.event().title().ja();   // "総関西サイバーセキュリティLT大会"
 * o.date();                 // 2026-02-11
 * o.time();                 // Optional[19:00]: 偶数月の第2水曜日の晩
 * }</pre>
 */
public final class ScheduledOccurrence implements Comparable<ScheduledOccurrence> {

    private static final Comparator<ScheduledOccurrence> ORDER = Comparator
            .comparing(ScheduledOccurrence::date)
            .thenComparing(o -> o.time, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(ScheduledOccurrence::eventIndex)
            .thenComparing(ScheduledOccurrence::isSkipped);

    private final CommunityId community;
    private final int eventIndex;
    private final Event event;
    private final LocalDate date;
    private final @Nullable LocalTime time;
    private final @Nullable LocalDate movedFrom;
    private final boolean skipped;
    private final @Nullable Holiday holiday;

    private ScheduledOccurrence(CommunityId community, int eventIndex, Event event, LocalDate date,
            @Nullable LocalTime time, @Nullable LocalDate movedFrom, boolean skipped, @Nullable Holiday holiday) {
        this.community = community;
        this.eventIndex = eventIndex;
        this.event = event;
        this.date = date;
        this.time = time;
        this.movedFrom = movedFrom;
        this.skipped = skipped;
        this.holiday = holiday;
    }

    /**
     * Returns an occurrence that happens as the event's cadence gives it.
     *
     * @param community the community, not null
     * @param eventIndex the event's index in {@link Community#events()}, at least 0
     * @param event the event, not null
     * @param date the date, not null
     * @param time the local time in Japan, or empty for an all-day occurrence; not null
     * @return the occurrence, not null
     * @throws SecunityDataException if the index is negative
     */
    public static ScheduledOccurrence of(CommunityId community, int eventIndex, Event event, LocalDate date,
            Optional<LocalTime> time) {
        return new ScheduledOccurrence(requireNonNull(community, "community"), index(eventIndex),
                requireNonNull(event, "event"), requireNonNull(date, "date"), requireNonNull(time, "time").orElse(null),
                null, false, null);
    }

    /**
     * Returns a copy moved from its date to another because of a holiday.
     *
     * @param to the date it happens instead, not null
     * @param holiday the holiday on the original date, or empty for a weekend day
     * @return the moved occurrence, not null
     */
    public ScheduledOccurrence movedTo(LocalDate to, Optional<Holiday> holiday) {
        return new ScheduledOccurrence(community, eventIndex, event, requireNonNull(to, "to"), time, date, false,
                holiday.orElse(null));
    }

    /**
     * Returns a copy marked as skipped because of a holiday.
     *
     * @param holiday the holiday on its date, or empty for a weekend day
     * @return the skipped occurrence, not null
     */
    public ScheduledOccurrence skippedFor(Optional<Holiday> holiday) {
        return new ScheduledOccurrence(community, eventIndex, event, date, time, null, true, holiday.orElse(null));
    }

    private static int index(int eventIndex) {
        if (eventIndex < 0) {
            throw new SecunityDataException("eventIndex", "must be >= 0, but was " + eventIndex);
        }
        return eventIndex;
    }

    /**
     * Returns the community whose event this is.
     *
     * @return the community's ID, not null
     */
    public CommunityId community() {
        return community;
    }

    /**
     * Returns the event's index in the community's {@link Community#events()}.
     *
     * @return the index, at least 0
     */
    public int eventIndex() {
        return eventIndex;
    }

    /**
     * Returns the event.
     *
     * @return the event, not null
     */
    public Event event() {
        return event;
    }

    /**
     * Returns the date the occurrence happens on (or would have, when skipped).
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the local start time in Japan; see {@link Schedule#timeOfDay(Event)}.
     *
     * @return the time, or empty for an all-day occurrence
     */
    public Optional<LocalTime> time() {
        return Optional.ofNullable(time);
    }

    /**
     * Returns the date and time, midnight for an all-day occurrence.
     *
     * @return the local date-time in Japan, not null
     */
    public LocalDateTime start() {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
    }

    /**
     * Returns the date the cadence gave, when a holiday policy moved the occurrence.
     *
     * @return the original date, or empty when not moved
     */
    public Optional<LocalDate> movedFrom() {
        return Optional.ofNullable(movedFrom);
    }

    /**
     * Returns whether a holiday policy moved the occurrence to another date.
     *
     * @return true when {@link #movedFrom()} is present
     */
    public boolean isMoved() {
        return movedFrom != null;
    }

    /**
     * Returns whether the occurrence does not happen because a holiday policy skipped it.
     *
     * @return true when skipped
     */
    public boolean isSkipped() {
        return skipped;
    }

    /**
     * Returns the holiday that made a policy move or skip the occurrence.
     *
     * @return the holiday on the original date, or empty when neither moved nor skipped
     */
    public Optional<Holiday> holiday() {
        return Optional.ofNullable(holiday);
    }

    /**
     * Orders by date, then all-day before timed, then time, then event index, then happening
     * before skipped.
     *
     * @param other the occurrence to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(ScheduledOccurrence other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns whether another object is an occurrence of the same event, community, date, time and
     * adjustment.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ScheduledOccurrence o && community.equals(o.community) && eventIndex == o.eventIndex
                && event.equals(o.event) && date.equals(o.date) && Objects.equals(time, o.time)
                && Objects.equals(movedFrom, o.movedFrom) && skipped == o.skipped && Objects.equals(holiday, o.holiday);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(community, eventIndex, date, time, movedFrom, skipped, holiday);
    }

    /**
     * Returns the date, the time, the Japanese title and the adjustment.
     *
     * @return a readable form, such as {@code "2026-02-12 19:00 総関西サイバーセキュリティLT大会 (moved from
     *     2026-02-11: 建国記念の日)"}, not null
     */
    @Override
    public String toString() {
        String text = date + (time == null ? "" : " " + time) + " " + event.title().ja();
        String why = holiday == null ? "" : ": " + holiday.ja();
        if (skipped) {
            return text + " (skipped" + why + ")";
        }
        return movedFrom == null ? text : text + " (moved from " + movedFrom + why + ")";
    }
}
