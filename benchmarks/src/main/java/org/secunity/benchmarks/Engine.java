package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One recurrence engine driven the same way by every benchmark: first occurrences and a far seek.
 * Every method starts from the parsed rule and the start, as a user with a rule and a DTSTART
 * would: the start-dependent preparation and the iterator are part of the measured work. The start
 * and the seek's target are made once, in the engine's own types, when it is created: a caller
 * holds them already, and turning 2100-01-01 into a New York time costs the JDK the same for every
 * engine (it does not cache zone transitions from 2100 on).
 */
interface Engine {

    /** Expands the first {@code n} occurrences, each consumed by the blackhole. */
    void first(int n, Blackhole blackhole);

    /**
     * Returns the first {@code n} occurrences as local date-times (floating rules) or as UTC
     * date-times (zoned rules), for the setup's cross-check.
     */
    List<LocalDateTime> firstList(int n);

    /** Returns the first occurrence at or after the target (on the rule's clock), in the engine's own type. */
    Object seek();

    /** Returns {@link #seek} as {@link #firstList} does, for the setup's cross-check. */
    LocalDateTime seekValue();
}
