package org.secunity.core;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * An event a community runs or took part in: a seminar, a lightning-talk meetup, a quiz, a class.
 *
 * <p>An event has dates (one-off events), a cadence (recurring ones), or both. Immutable and safe
 * to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Event quiz = Event.builder()
 *         .kind(EventKind.QUIZ)
 *         .title(BilingualText.of("アルティメットサイバーセキュリティクイズ", "Ultimate Cyber Security Quiz"))
 *         .cadence(EventCadence.builder()
 *                 .text(BilingualText.of("7月の第2土曜日", "The second Saturday of July"))
 *                 .rrule("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA")
 *                 .build())
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Event {

    Event() {}

    /**
     * Returns what kind of event this is.
     *
     * @return the kind, not null
     */
    public abstract EventKind kind();

    /**
     * Returns the title.
     *
     * @return the title, not null
     */
    public abstract BilingualText title();

    /**
     * Returns the description.
     *
     * @return the description, or empty
     */
    public abstract Optional<BilingualText> description();

    /**
     * Returns whom the event is for.
     *
     * @return the audience, or empty
     */
    public abstract Optional<BilingualText> audience();

    /**
     * Returns the dates on which the event was or will be held, as precise as the source gives them.
     *
     * @return the dates, in the source's order, unmodifiable
     */
    public abstract List<SourceDate> dates();

    /**
     * Returns the local start time.
     *
     * @return the start time, or empty
     */
    public abstract Optional<LocalTime> startTime();

    /**
     * Returns the local end time.
     *
     * @return the end time, or empty
     */
    public abstract Optional<LocalTime> endTime();

    /**
     * Returns the venue.
     *
     * @return the venue, or empty
     */
    public abstract Optional<BilingualText> venue();

    /**
     * Returns the cadence of a recurring event.
     *
     * @return the cadence, or empty for a one-off event
     */
    public abstract Optional<EventCadence> cadence();

    /**
     * Returns the organizations that hosted the event and their parts (主催, 共催, 後援, 協力).
     *
     * @return the hosts, unmodifiable
     */
    public abstract List<Membership> hosts();

    /**
     * Returns the lecturers' organizations (role {@link Role#LECTURER}); the note names the
     * person and the talk.
     *
     * @return the speakers, in the source's order, unmodifiable
     */
    public abstract List<Membership> speakers();

    /**
     * Returns the themes of the talks or lectures, in order.
     *
     * @return the themes, unmodifiable
     */
    public abstract List<BilingualText> talks();

    /**
     * Returns the participant figures the source gives.
     *
     * @return the figures, unmodifiable
     */
    public abstract List<Attendance> attendance();

    /**
     * Returns the results or feedback the source reports ("アンケートでは回答者の全員が…").
     *
     * @return the outcome, or empty
     */
    public abstract Optional<BilingualText> outcome();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (startTime().isPresent() && endTime().isPresent() && !endTime().get().isAfter(startTime().get())) {
            throw new SecunityDataException("endTime",
                    "must be after startTime " + startTime().get() + ", but was " + endTime().get());
        }
    }

    /**
     * Returns the kind, the Japanese title and the cadence or first date.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        String when = cadence().map(EventCadence::toString)
                .orElseGet(() -> dates().isEmpty() ? "" : dates().get(0).toString());
        return kind().id() + " " + title().ja() + (when.isEmpty() ? "" : " — " + when);
    }

    /** Builds an {@link Event}; {@code kind} and {@code title} are required. */
    public static final class Builder extends ImmutableEvent.Builder {
        Builder() {}
    }
}
