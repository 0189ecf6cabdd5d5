package org.secunity.recurrence;

import java.time.LocalDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The long run of {@link PeerDifferentialProperties}; only with {@code mvn -Pfuzz}. */
class PeerDifferentialFuzz {

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return RuleArbitraries.starts();
    }

    @Property(tries = 50_000, edgeCases = EdgeCasesMode.NONE)
    void engine_agrees_with_lib_recur_except_for_classified_deviations(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        PeerDifferentialProperties.checkLibRecur(rule, start);
    }

    @Property(tries = 50_000, edgeCases = EdgeCasesMode.NONE)
    void engine_agrees_with_ical4j_except_for_classified_deviations(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        PeerDifferentialProperties.checkIcal4j(rule, start);
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void engine_yields_exactly_the_reference_occurrences(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        new EngineVsReferenceProperties().engine_yields_exactly_the_reference_occurrences(rule, start);
    }
}
