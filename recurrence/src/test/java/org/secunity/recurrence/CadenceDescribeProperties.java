package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.recurrence.cadence.Cadence;

/**
 * Cadence descriptions over the engine's whole rule space (issue 4): every valid rule the RRULE
 * generators of the engine's tests draw can be described in both languages, and a cadence of any
 * rule reads back from its {@code toString}. Lives here to reuse {@link RuleArbitraries}.
 */
class CadenceDescribeProperties {

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<RecurrenceRule> dayLevelRules() {
        return Arbitraries.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY)
                .flatMap(RuleArbitraries::rules)
                .map(r -> r.toBuilder().build())
                .filter(r -> r.byHour().isEmpty() && r.byMinute().isEmpty() && r.bySecond().isEmpty());
    }

    @Property(tries = 1000)
    void describe_never_throws_for_a_valid_rule(@ForAll("rules") RecurrenceRule rule) {
        assertThat(Cadence.describe(rule, Locale.JAPANESE)).isNotBlank();
        assertThat(Cadence.describe(rule, Locale.ENGLISH)).isNotBlank();
        assertThat(Cadence.of(rule).describe(Locale.JAPAN)).isEqualTo(Cadence.describe(rule, Locale.JAPANESE));
    }

    @Property(tries = 1000)
    void a_cadence_of_any_rule_reads_back_from_its_text(@ForAll("rules") RecurrenceRule rule) {
        Cadence cadence = Cadence.of(rule);
        assertThat(Cadence.parse(cadence.toString())).as(cadence.toString()).isEqualTo(cadence);
    }

    @Property(tries = 1000)
    void a_cadence_of_any_day_level_rule_with_a_time_reads_back_from_its_text(
            @ForAll("dayLevelRules") RecurrenceRule rule) {
        Cadence cadence = Cadence.of(rule, LocalTime.of(19, 30));
        assertThat(Cadence.parse(cadence.toString())).as(cadence.toString()).isEqualTo(cadence);
    }

    @Provide
    Arbitrary<java.time.LocalDateTime> starts() {
        return RuleArbitraries.starts().map(t -> t.withSecond(0));
    }

    /**
     * When a description happens to parse (a phrase, or a part-by-part text that is also a phrase
     * with a time, such as "daily at 00:00"), it means the same: the same occurrences from a start.
     */
    @Property(tries = 500)
    void a_description_that_parses_means_the_same_occurrences(@ForAll("rules") RecurrenceRule rule,
            @ForAll("starts") java.time.LocalDateTime start) {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            String text = Cadence.describe(rule, locale);
            Cadence read;
            try {
                read = Cadence.parse(text);
            } catch (org.secunity.SecunityParseException e) {
                continue; // a part-by-part description is for people, not for parse
            }
            assertThat(read.occurrences(start).take(10)).as(text).isEqualTo(rule.occurrences(start).take(10));
        }
    }
}
