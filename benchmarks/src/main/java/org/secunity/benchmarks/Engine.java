package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import org.openjdk.jmh.infra.Blackhole;

/** One recurrence engine driven the same way by every benchmark: first occurrences and a far seek. */
interface Engine {

    /** Expands the first {@code n} occurrences, each consumed by the blackhole. */
    void first(int n, Blackhole blackhole);

    /** Returns the first {@code n} occurrences as local date-times, for the setup's cross-check. */
    List<LocalDateTime> firstList(int n);

    /** Returns the first occurrence at or after {@code target}, in the engine's own type. */
    Object seek(LocalDateTime target);

    /** Returns {@link #seek} as a local date-time, for the setup's cross-check. */
    LocalDateTime seekValue(LocalDateTime target);
}
