package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.secunity.SecunityException;

/**
 * {@link RecurrenceRule#portableFor} against the peers (issue 12): on rules with the open points
 * of RFC 5545, where libical, lib-recur and ical4j take the missing part from DTSTART and this
 * engine expands, the rewritten rule has the dates of the reading it was written for in this engine
 * and in lib-recur 0.17.1 and ical4j 4.1.1 (up to their deviations that have nothing to do with the
 * open points, which {@link PeerDeviations} classifies); and the {@code FROM_START} option gives
 * this engine the peers' dates for the rule as written.
 */
class PortableRulesProperties {

    static final int MAX = PeerDifferentialProperties.MAX;

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.openPointRules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return RuleArbitraries.starts();
    }

    private static List<LocalDateTime> ours(RecurrenceRule rule, LocalDateTime start, ExpansionOptions options) {
        return Recurrence.window(rule.occurrences(start, options), start, Windows.end(rule, start)).take(MAX);
    }

    /**
     * Whether a rule's open point has no portable spelling: YEARLY;BYMONTHDAY without BYMONTH whose
     * BYDAY ordinals count in the year (a BYMONTH would make them count in the month).
     */
    static boolean unwritable(RecurrenceRule rule) {
        return rule.byMonth().isEmpty() && !rule.byMonthDay().isEmpty() && rule.byWeekNo().isEmpty()
                && rule.byYearDay().isEmpty() && rule.byDay().stream().anyMatch(WeekdayNum::hasOrdinal);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void rules_written_for_the_expand_reading_give_every_engine_this_engine_s_dates(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        Statistics.label("writable").collect(!unwritable(rule));
        if (unwritable(rule)) {
            assertThatThrownBy(() -> rule.portableFor(start, OpenPointReading.EXPAND))
                    .isInstanceOf(SecunityException.class).hasMessageContaining("cannot be written so that every engine"
                            + " reads the same dates when BYDAY has ordinals");
            return;
        }
        List<LocalDateTime> expanded = ours(rule, start, ExpansionOptions.defaults());
        RecurrenceRule portable = rule.portableFor(start, OpenPointReading.EXPAND);
        assertThat(PeerDeviationsView.openPoint(portable)).as("%s", portable).isEmpty();
        assertThat(ours(portable, start, ExpansionOptions.defaults())).as("%s", portable).isEqualTo(expanded);
        assertPeersGive(portable, start, expanded, "EXPAND");
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void the_from_start_reading_gives_the_peers_dates_and_is_written_out_for_every_engine(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        ExpansionOptions fromStart = ExpansionOptions.defaults().withOpenPointReading(OpenPointReading.FROM_START);
        List<LocalDateTime> read = ours(rule, start, fromStart);
        if (unwritable(rule)) {
            // the peers read the rule as written as FROM_START does; classify their other deviations on
            // the rule with the start's month made explicit (the classifier only looks at its shape)
            RecurrenceRule shape = new RecurrenceRule(rule.parts().withMonthsAndDays(List.of(start.getMonthValue()), rule.byDay()));
            assertPeersGive(rule, start, read, "FROM_START as written (ordinals)", shape);
            return;
        }
        RecurrenceRule portable = rule.portableFor(start, OpenPointReading.FROM_START);
        assertThat(PeerDeviationsView.openPoint(portable)).as("%s", portable).isEmpty();
        assertThat(ours(portable, start, ExpansionOptions.defaults())).as("%s", portable).isEqualTo(read);
        assertThat(ours(portable, start, fromStart)).as("%s", portable).isEqualTo(read);
        // the peers read the rule as written the way FROM_START does, and the written-out rule the same
        assertPeersGive(rule, start, read, "FROM_START as written", portable);
        assertPeersGive(portable, start, read, "FROM_START written out");
    }

    private static void assertPeersGive(RecurrenceRule rule, LocalDateTime start, List<LocalDateTime> ours, String label) {
        assertPeersGive(rule, start, ours, label, rule);
    }

    /**
     * Asserts that both peers give {@code ours} for {@code rule}, or differ in a way
     * {@link PeerDeviations} recognizes on {@code shape} (the rule with its open points explicit)
     * that is not one of the two open points.
     */
    private static void assertPeersGive(RecurrenceRule rule, LocalDateTime start, List<LocalDateTime> ours,
            String label, RecurrenceRule shape) {
        LocalDateTime end = Windows.end(rule, start);
        Peers.Outcome lib = Peers.libRecur(rule, start, end, MAX);
        Peers.Outcome ical = Peers.ical4j(rule, start, end, MAX);
        check(label + " lib-recur", lib, ours, PeerDeviations.libRecur(shape, start, ours, lib), rule, start);
        check(label + " ical4j", ical, ours, PeerDeviations.ical4j(shape, start, ours, ical), rule, start);
    }

    private static void check(String label, Peers.Outcome peer, List<LocalDateTime> ours, Optional<String> deviation,
            RecurrenceRule rule, LocalDateTime start) {
        if (peer.failure == null && peer.occurrences.equals(ours)) {
            Statistics.label(label).collect("agrees");
            return;
        }
        Statistics.label(label).collect(deviation.map(d -> d.substring(0, d.indexOf(' '))).orElse("UNCLASSIFIED"));
        assertThat(deviation).as("%s: unclassified difference for %s from %s%n ours=%s%n peer=%s", label, rule, start,
                ours, peer).isPresent();
        assertThat(deviation.get()).as("%s: %s from %s", label, rule, start).doesNotStartWith("OPEN1").doesNotStartWith("OPEN2");
    }

    /** The open-point test of {@link PeerDeviations}, seen from here. */
    private static final class PeerDeviationsView {
        static Optional<String> openPoint(RecurrenceRule rule) {
            return PeerDeviations.openPointOf(rule);
        }
    }
}
