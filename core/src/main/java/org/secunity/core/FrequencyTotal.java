package org.secunity.core;

import java.util.Collection;
import java.util.Objects;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * The sum of several events' {@link EventFrequency frequencies}, kept apart by how each is known:
 * how many a year were counted from rules, how many the source states, how many are approximate,
 * and how many events are not counted at all because their frequency is unknown. A total with
 * unknown events is a lower bound; one with approximate parts is approximate.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * FrequencyTotal t = catalog.eventsPerYear(Year.of(2026)).get(CommunityId.of("haisl"));
 * t.total();            // 3: about 2 + about 1
 * t.unknownEvents();    // 2: the competitions of 2019, dated but not recurring
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class FrequencyTotal {

    FrequencyTotal() {}

    /**
     * Returns the sum of the frequencies counted from rules.
     *
     * @return the sum, at least 0
     */
    public abstract int counted();

    /**
     * Returns the sum of the frequencies the source states.
     *
     * @return the sum, at least 0
     */
    public abstract int stated();

    /**
     * Returns the sum of the approximate frequencies.
     *
     * @return the sum, at least 0
     */
    public abstract int approximate();

    /**
     * Returns how many events have an unknown frequency, left out of the sums.
     *
     * @return the number of events, at least 0
     */
    public abstract int unknownEvents();

    /**
     * Returns how many events were summed, unknown ones included.
     *
     * @return the number of events, at least 0
     */
    public abstract int events();

    /**
     * Returns the total number a year: counted, stated and approximate together.
     *
     * @return the total, at least 0
     */
    public final int total() {
        return counted() + stated() + approximate();
    }

    /**
     * Returns whether the total has an approximate part.
     *
     * @return true when {@link #approximate()} is positive
     */
    public final boolean isApproximate() {
        return approximate() > 0;
    }

    /**
     * Returns whether every event's frequency is known, so that the total is not just a lower bound.
     *
     * @return true when {@link #unknownEvents()} is 0
     */
    public final boolean isComplete() {
        return unknownEvents() == 0;
    }

    /**
     * Returns the total of some frequencies.
     *
     * @param frequencies the frequencies, not null, without null elements
     * @return the total, not null
     */
    public static FrequencyTotal of(Collection<EventFrequency> frequencies) {
        Objects.requireNonNull(frequencies, "frequencies");
        int counted = 0;
        int stated = 0;
        int approximate = 0;
        int unknown = 0;
        for (EventFrequency f : frequencies) {
            int n = Objects.requireNonNull(f, "frequency").timesPerYear().orElse(0);
            switch (f.basis()) {
                case RULE -> counted += n;
                case STATED -> stated += n;
                case APPROXIMATE -> approximate += n;
                case UNKNOWN -> unknown++;
            }
        }
        return ImmutableFrequencyTotal.builder().counted(counted).stated(stated).approximate(approximate)
                .unknownEvents(unknown).events(frequencies.size()).build();
    }

    @Value.Check
    void check() {
        if (counted() < 0 || stated() < 0 || approximate() < 0 || unknownEvents() < 0 || unknownEvents() > events()) {
            throw new SecunityDataException("", "sums and counts must be >= 0 and unknownEvents <= events, but were "
                    + this);
        }
    }

    /**
     * Returns the total and its parts.
     *
     * @return a readable form, such as {@code "about 3 a year (about 3 approximate), 2 of 4 events
     *     unknown"}, {@code "52 a year (52 counted)"} or {@code "unknown (1 event)"}, not null
     */
    @Override
    public String toString() {
        if (events() > 0 && unknownEvents() == events()) {
            return "unknown (" + events() + (events() == 1 ? " event)" : " events)");
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (counted() > 0) {
            parts.add(counted() + " counted");
        }
        if (stated() > 0) {
            parts.add(stated() + " stated");
        }
        if (approximate() > 0) {
            parts.add("about " + approximate() + " approximate");
        }
        return (isApproximate() ? "about " : "") + total() + " a year"
                + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")")
                + (unknownEvents() == 0 ? "" : ", " + unknownEvents() + " of " + events() + " events unknown");
    }
}
