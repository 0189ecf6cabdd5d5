package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine against lib-recur 0.17.1 and ical4j 4.1.1 on generated valid rules. Agreement is
 * expected except for the deviations {@link PeerDeviations} recognizes (listed with examples in
 * {@code peer-deviations.md}); an unrecognized difference fails. The peers are imperfect oracles:
 * the literal {@link ReferenceExpander} is the main one ({@link EngineVsReferenceProperties}).
 */
class PeerDifferentialProperties {

    static final int MAX = 200;

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return RuleArbitraries.starts();
    }

    @Property(tries = 2500, edgeCases = EdgeCasesMode.NONE)
    void engine_agrees_with_lib_recur_except_for_classified_deviations(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        checkLibRecur(rule, start);
    }

    @Property(tries = 2500, edgeCases = EdgeCasesMode.NONE)
    void engine_agrees_with_ical4j_except_for_classified_deviations(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        checkIcal4j(rule, start);
    }

    static void checkLibRecur(RecurrenceRule rule, LocalDateTime start) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> ours = ours(rule, start, end);
        Peers.Outcome lib = Peers.libRecur(rule, start, end, MAX);
        if (lib.failure == null && lib.occurrences.equals(ours)) {
            Statistics.label("lib-recur").collect("agrees");
            return;
        }
        Optional<String> deviation = PeerDeviations.libRecur(rule, start, ours, lib);
        Statistics.label("lib-recur").collect(deviation.map(d -> d.substring(0, d.indexOf(' '))).orElse("UNCLASSIFIED"));
        assertThat(deviation).as("unclassified difference for %s from %s%n ours=%s%n lib-recur=%s",
                rule, start, ours, lib).isPresent();
    }

    static void checkIcal4j(RecurrenceRule rule, LocalDateTime start) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> ours = ours(rule, start, end);
        Peers.Outcome ical = Peers.ical4j(rule, start, end, MAX);
        if (ical.failure == null && ical.occurrences.equals(ours)) {
            Statistics.label("ical4j").collect("agrees");
            return;
        }
        Optional<String> deviation = PeerDeviations.ical4j(rule, start, ours, ical);
        Statistics.label("ical4j").collect(deviation.map(d -> d.substring(0, d.indexOf(' '))).orElse("UNCLASSIFIED"));
        assertThat(deviation).as("unclassified difference for %s from %s%n ours=%s%n ical4j=%s",
                rule, start, ours, ical).isPresent();
    }

    private static List<LocalDateTime> ours(RecurrenceRule rule, LocalDateTime start, LocalDateTime end) {
        return Recurrence.window(rule.occurrences(start), start, end).take(MAX);
    }
}
