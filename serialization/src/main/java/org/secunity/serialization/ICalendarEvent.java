package org.secunity.serialization;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.RecurrenceSet;

/**
 * One {@code VEVENT} read from an iCalendar file by {@link ICalendarReader}: its text fields, its
 * start and end, and its {@link RecurrenceSet}, with the instances that other {@code VEVENT}s of
 * the same {@code UID} override ({@code RECURRENCE-ID}) already moved or cancelled.
 *
 * <p>Immutable.
 *
 * <pre>{@code
 * for (ICalendarEvent e : ICalendarReader.create().read(Path.of("team.ics"))) {
 *     System.out.println(e.summary().orElse("") + ": " + e.recurrence().take(3));
 * }
 * }</pre>
 */
public final class ICalendarEvent {

    private final int line;
    private final @Nullable String uid;
    private final @Nullable String summary;
    private final @Nullable String description;
    private final @Nullable String location;
    private final Temporal start;
    private final @Nullable Temporal end;
    private final @Nullable Temporal recurrenceId;
    private final RecurrenceSet<?> recurrence;
    private final List<ICalendarEvent> overrides;

    ICalendarEvent(int line, @Nullable String uid, @Nullable String summary, @Nullable String description,
            @Nullable String location, Temporal start, @Nullable Temporal end, @Nullable Temporal recurrenceId,
            RecurrenceSet<?> recurrence, List<ICalendarEvent> overrides) {
        this.line = line;
        this.uid = uid;
        this.summary = summary;
        this.description = description;
        this.location = location;
        this.start = start;
        this.end = end;
        this.recurrenceId = recurrenceId;
        this.recurrence = recurrence;
        this.overrides = List.copyOf(overrides);
    }

    /**
     * Returns the line of the file where the event's {@code BEGIN:VEVENT} is.
     *
     * @return the line number, from 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the {@code UID}.
     *
     * @return the UID, or empty when the file has none
     */
    public Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    /**
     * Returns the {@code SUMMARY}, unescaped.
     *
     * @return the summary, or empty
     */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /**
     * Returns the {@code DESCRIPTION}, unescaped.
     *
     * @return the description, or empty
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the {@code LOCATION}, unescaped.
     *
     * @return the location, or empty
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    /**
     * Returns the {@code DTSTART}.
     *
     * @return a {@link LocalDate} ({@code VALUE=DATE}), a {@link LocalDateTime} (floating) or a
     *     {@link ZonedDateTime} ({@code TZID}, or UTC), not null
     */
    public Temporal start() {
        return start;
    }

    /**
     * Returns the end of the first instance: {@code DTEND}, or {@code DTSTART} plus
     * {@code DURATION}.
     *
     * @return the end, of the start's type, or empty when the file gives neither
     */
    public Optional<Temporal> end() {
        return Optional.ofNullable(end);
    }

    /**
     * Returns the {@code RECURRENCE-ID} of an override.
     *
     * @return the instance this event overrides, of the start's type, or empty for a main event
     */
    public Optional<Temporal> recurrenceId() {
        return Optional.ofNullable(recurrenceId);
    }

    /**
     * Returns the occurrences: {@code DTSTART}, the {@code RRULE}s and {@code RDATE}s minus the
     * {@code EXDATE}s, with the overridden instances moved to the overrides' starts (or removed
     * for a cancelled override).
     *
     * @return the set, of the start's type, not null
     */
    public RecurrenceSet<?> recurrence() {
        return recurrence;
    }

    /**
     * Returns the events that override instances of this one ({@code RECURRENCE-ID}, same
     * {@code UID}), in file order.
     *
     * @return the overrides, not null
     */
    public List<ICalendarEvent> overrides() {
        return overrides;
    }

    /**
     * Returns the UID, the summary and the start.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "ICalendarEvent[line " + line + ", " + Objects.toString(uid, "no UID") + ", "
                + Objects.toString(summary, "no summary") + ", " + start + "]";
    }
}
