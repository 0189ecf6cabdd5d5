package org.secunity.core;

import org.immutables.value.Value;
import org.secunity.core.internal.SecunityStyle;

/**
 * A participant figure the source gives for an event: "参加者数 34名", "約160名が受講".
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Attendance.of(BilingualText.of("参加者数", "Participants"), 34, false);
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Attendance {

    Attendance() {}

    /**
     * Returns what was counted (participants, average viewers, certificates issued).
     *
     * @return what was counted, not null
     */
    @Value.Parameter
    public abstract BilingualText what();

    /**
     * Returns the figure.
     *
     * @return the count, at least 0
     */
    @Value.Parameter
    public abstract int count();

    /**
     * Returns whether the source gives the figure as approximate (約).
     *
     * @return true for an approximate figure
     */
    @Value.Parameter
    public abstract boolean approximate();

    /**
     * Creates an attendance figure.
     *
     * @param what what was counted, not null
     * @param count the figure, at least 0
     * @param approximate whether the source gives it as approximate
     * @return the figure, not null
     * @throws org.secunity.SecunityDataException if the count is negative
     */
    public static Attendance of(BilingualText what, int count, boolean approximate) {
        return ImmutableAttendance.of(what, count, approximate);
    }

    @Value.Check
    void check() {
        Checks.notNegative("count", count());
    }

    /**
     * Returns the figure and what was counted, with {@code ~} for approximate figures.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return (approximate() ? "~" : "") + count() + " " + what().en();
    }
}
