package org.secunity.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * How often an event recurs, as the source words it ("偶数月の第2水曜日の晩", "年2回程度"), with an
 * RFC 5545 rule where the source fixes the dates, or an expected frequency where it does not.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * EventCadence lt = EventCadence.builder()
 *         .text(BilingualText.of("偶数月の第2水曜日の晩", "The evening of the second Wednesday of even-numbered months"))
 *         .rrule("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class EventCadence {

    EventCadence() {}

    /**
     * Returns the cadence as the source words it.
     *
     * @return the text, not null
     */
    public abstract BilingualText text();

    /**
     * Returns the RFC 5545 RRULE value, present only where the source fixes the dates.
     *
     * @return the rule text, such as {@code FREQ=WEEKLY;BYDAY=MO}, or empty
     */
    public abstract Optional<String> rrule();

    /**
     * Returns how many times a year the event is expected, for cadences without fixed dates
     * ("年2回程度" is 2).
     *
     * @return the expected number per year, or empty
     */
    public abstract OptionalInt timesPerYear();

    /**
     * Returns the total number of sessions, where the source states it ("全8回").
     *
     * @return the number of sessions, or empty
     */
    public abstract OptionalInt count();

    /**
     * Returns whether the source fixes the dates, so that they can be computed.
     *
     * @return true when there is a rule
     */
    public boolean isFixed() {
        return rrule().isPresent();
    }

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
        rrule().ifPresent(r -> Checks.notBlank("rrule", r));
        if (timesPerYear().isPresent() && timesPerYear().getAsInt() < 1) {
            throw new SecunityDataException("timesPerYear", "must be >= 1, but was " + timesPerYear().getAsInt());
        }
        if (count().isPresent() && count().getAsInt() < 1) {
            throw new SecunityDataException("count", "must be >= 1, but was " + count().getAsInt());
        }
    }

    /**
     * Returns the Japanese wording, followed by the rule when there is one.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return text().ja() + rrule().map(r -> " [" + r + "]").orElse("");
    }

    /** Builds an {@link EventCadence}; {@code text} is required. */
    public static final class Builder extends ImmutableEventCadence.Builder {
        Builder() {}
    }
}
