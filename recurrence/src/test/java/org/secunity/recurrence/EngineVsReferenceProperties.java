package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast engine against the literal {@link ReferenceExpander}, on generated valid rules. */
class EngineVsReferenceProperties {

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return RuleArbitraries.starts();
    }

    @Provide
    Arbitrary<RecurrenceRule> skipRules() {
        return RuleArbitraries.skipRules();
    }

    @Provide
    Arbitrary<LocalDateTime> lateStarts() {
        return RuleArbitraries.lateStarts();
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void rfc_7529_skip_yields_exactly_the_reference_occurrences(
            @ForAll("skipRules") RecurrenceRule rule, @ForAll("lateStarts") LocalDateTime start) {
        net.jqwik.api.statistics.Statistics.label("skip").collect(rule.skip());
        List<LocalDateTime> expected = expandsAsTheReference(rule, start);
        seeksAsTheReferenceWalks(rule, start, expected);
        assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void engine_yields_exactly_the_reference_occurrences(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        List<LocalDateTime> expected = expandsAsTheReference(rule, start);
        net.jqwik.api.statistics.Statistics.label("occurrences")
                .collect(expected.isEmpty() ? "none" : expected.size() < 10 ? "1-9" : "10+");
        net.jqwik.api.statistics.Statistics.label("frequency").collect(rule.frequency());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void seeking_gives_what_walking_gives(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        seeksAsTheReferenceWalks(rule, start, new ReferenceExpander(rule, start).expand(Windows.end(rule, start), 400));
    }

    /** Asserts that the engine yields the reference's occurrences in the rule's window; returns them. */
    private static List<LocalDateTime> expandsAsTheReference(RecurrenceRule rule, LocalDateTime start) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> expected = new ReferenceExpander(rule, start).expand(end, 400);
        List<LocalDateTime> actual = Recurrence.window(rule.occurrences(start), start, end).take(400);
        assertThat(actual).as("%s from %s", rule, start).isEqualTo(expected);
        return expected;
    }

    /**
     * Asserts that seeking a third into the window yields the next 20 occurrences the reference
     * walked to ({@code all}, at most 400: when capped, only a full 20 can be compared).
     */
    private static void seeksAsTheReferenceWalks(RecurrenceRule rule, LocalDateTime start, List<LocalDateTime> all) {
        LocalDateTime end = Windows.end(rule, start);
        LocalDateTime target = start.plusSeconds(java.time.Duration.between(start, end).getSeconds() / 3);
        List<LocalDateTime> walked = all.stream().filter(t -> !t.isBefore(target)).limit(20)
                .collect(Collectors.toList());
        if (walked.size() < 20 && all.size() == 400) {
            return;
        }
        RecurrenceIterator<LocalDateTime> it = Recurrence.before(rule.occurrences(start), end).iterator();
        it.skipTo(target);
        List<LocalDateTime> sought = new java.util.ArrayList<>();
        while (it.hasNext() && sought.size() < 20) {
            sought.add(it.next());
        }
        assertThat(sought).as("%s from %s, seek %s", rule, start, target).isEqualTo(walked);
    }
}
