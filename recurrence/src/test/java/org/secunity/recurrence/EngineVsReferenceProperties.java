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
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> expected = new ReferenceExpander(rule, start).expand(end, 400);
        List<LocalDateTime> actual = Recurrence.window(rule.occurrences(start), start, end).take(400);
        net.jqwik.api.statistics.Statistics.label("skip").collect(rule.skip());
        assertThat(actual).as("%s from %s", rule, start).isEqualTo(expected);
        LocalDateTime target = start.plusSeconds(java.time.Duration.between(start, end).getSeconds() / 3);
        List<LocalDateTime> walked = expected.stream().filter(t -> !t.isBefore(target)).limit(20).collect(Collectors.toList());
        if (walked.size() == 20 || expected.size() < 400) {
            assertThat(Recurrence.window(rule.occurrences(start), target, end).take(20)).as("%s sought to %s", rule, target)
                    .isEqualTo(walked);
        }
        assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.NONE)
    void engine_yields_exactly_the_reference_occurrences(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> expected = new ReferenceExpander(rule, start).expand(end, 400);
        List<LocalDateTime> actual = Recurrence.window(rule.occurrences(start), start, end).take(400);
        net.jqwik.api.statistics.Statistics.label("occurrences")
                .collect(expected.isEmpty() ? "none" : expected.size() < 10 ? "1-9" : "10+");
        net.jqwik.api.statistics.Statistics.label("frequency").collect(rule.frequency());
        assertThat(actual).as("%s from %s", rule, start).isEqualTo(expected);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void seeking_gives_what_walking_gives(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> all = new ReferenceExpander(rule, start).expand(end, 400);
        LocalDateTime target = start.plusSeconds(java.time.Duration.between(start, end).getSeconds() / 3);
        RecurrenceIterator<LocalDateTime> it = Recurrence.before(rule.occurrences(start), end).iterator();
        it.skipTo(target);
        List<LocalDateTime> sought = new java.util.ArrayList<>();
        while (it.hasNext() && sought.size() < 20) {
            LocalDateTime t = it.next();
            if (!t.isBefore(end)) {
                break;
            }
            sought.add(t);
        }
        List<LocalDateTime> walked = all.stream().filter(t -> !t.isBefore(target)).limit(20)
                .collect(Collectors.toList());
        if (walked.size() < 20 && all.size() == 400) {
            return;
        }
        assertThat(sought).as("%s from %s, seek %s", rule, start, target).isEqualTo(walked);
    }
}
