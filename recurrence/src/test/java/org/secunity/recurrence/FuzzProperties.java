package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.SecunityException;

/**
 * Fuzz targets, short run: the parser on arbitrary text and the expansion of arbitrary valid
 * rules let nothing but {@link SecunityException} escape, and never hang. {@link RecurrenceFuzz}
 * runs the same targets far longer under {@code mvn -Pfuzz}.
 */
class FuzzProperties {

    /**
     * A hang guard, not a speed target: what bounds the work is {@link #OPTIONS}' step budget, and an
     * expansion that honours it ends in well under a second on a quiet machine. The guard is wide so that a
     * loaded build machine cannot trip it (it did at 10 s, under load 20, on a rule that spent the default
     * budget of 2^24 steps five times over).
     */
    static final Duration BUDGET = Duration.ofSeconds(60);

    /** A step budget of 2^20 per search; a search that needs more ends in {@link ExpansionLimitException}, which is a {@link SecunityException}. */
    static final ExpansionOptions OPTIONS = ExpansionOptions.defaults().withMaxSteps(1L << 20);

    @Provide
    Arbitrary<String> ruleTexts() {
        Arbitrary<String> tokens = Arbitraries.of("FREQ=", "YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY",
                "MINUTELY", "SECONDLY", ";", ",", "=", "COUNT=", "UNTIL=", "INTERVAL=", "BYDAY=", "BYMONTH=",
                "BYMONTHDAY=", "BYYEARDAY=", "BYWEEKNO=", "BYHOUR=", "BYMINUTE=", "BYSECOND=", "BYSETPOS=",
                "WKST=", "MO", "TU", "SU", "-", "+", "1", "2", "53", "366", "0", "99999999999", "20210101",
                "T", "Z", "235959", "RRULE:", " ", "\u0000", "é", "偶数月");
        Arbitrary<String> structured = tokens.list().ofMaxSize(25).map(l -> String.join("", l));
        return Arbitraries.oneOf(structured, Arbitraries.strings().ofMaxLength(60));
    }

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return Arbitraries.oneOf(RuleArbitraries.starts(),
                Arbitraries.of(LocalDateTime.of(-999_999_999, 1, 1, 0, 0), LocalDateTime.of(999_999_999, 12, 31, 23, 59),
                        LocalDateTime.of(0, 2, 29, 0, 0), LocalDateTime.of(9999, 12, 31, 23, 59, 59)));
    }

    @Property(tries = 3000)
    void parser_lets_only_secunity_exceptions_escape(@ForAll("ruleTexts") String text) {
        parse(text);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void expansion_lets_only_secunity_exceptions_escape_and_ends(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        expand(rule, start);
    }

    static void parse(String text) {
        try {
            RecurrenceRule r = RecurrenceRule.parse(text);
            assertThat(RecurrenceRule.parse(r.toString())).isEqualTo(r);
        } catch (SecunityException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        try {
            RecurrenceRule r = RecurrenceRule.parseLenient(text).rule();
            assertThat(RecurrenceRule.parse(r.toString())).isEqualTo(r);
        } catch (SecunityException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    static void expand(RecurrenceRule rule, LocalDateTime start) {
        long t0 = System.nanoTime();
        try {
            Recurrence<LocalDateTime> r = rule.occurrences(start, OPTIONS);
            r.take(50);
            boolean roomAhead = start.getYear() < 999_999_000;
            r.next(roomAhead ? start.plusYears(79) : start);
            r.previous(roomAhead ? start.plusDays(400) : start);
            RecurrenceIterator<LocalDateTime> it = r.iterator();
            it.skipTo(LocalDateTime.MAX);
            it.hasNext();
            ZonedDateTime z = ZonedDateTime.of(start.getYear() < -10000 || start.getYear() > 10000
                    ? LocalDateTime.of(2021, 1, 1, 0, 0) : start, ZoneId.of("America/New_York"));
            rule.occurrences(z, OPTIONS).take(20);
            if (!rule.frequency().isSubDaily() && rule.byHour().isEmpty() && rule.byMinute().isEmpty()
                    && rule.bySecond().isEmpty()) {
                rule.occurrences(LocalDate.from(start), OPTIONS).take(20);
            }
        } catch (SecunityException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("%s from %s", rule, start).isLessThan(BUDGET);
    }
}
