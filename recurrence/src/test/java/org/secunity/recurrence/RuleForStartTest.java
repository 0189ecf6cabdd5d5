package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;

/**
 * Where RFC 5545 ties a rule to its DTSTART (issue 12): parsing for a start rejects or repairs an
 * {@code UNTIL} of another value type and ignores {@code BYHOUR}, {@code BYMINUTE} and
 * {@code BYSECOND} with a DATE start; the cases are in {@code invalid-rules-for-start.txt}.
 */
class RuleForStartTest {

    static Temporal start(String text) {
        if (text.contains("[")) {
            return ZonedDateTime.parse(text);
        }
        return text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text);
    }

    static Stream<Arguments> invalidForStart() {
        return VectorFiles.lines("invalid-rules-for-start.txt").stream().map(line -> {
            String[] c = line.split(" \\| ", -1);
            return Arguments.of(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4]);
        });
    }

    @ParameterizedTest(name = "[{index}] {0} from {1}")
    @MethodSource("invalidForStart")
    void parse_for_a_start_rejects_a_rule_that_does_not_fit_it(String rule, String start, String part, int index,
            String message) {
        assertThat(RecurrenceRule.parse(rule)).isNotNull();
        InvalidRulesTest.assertRejected(() -> RecurrenceRule.parse(rule, start(start)), rule, part, index, message);
    }

    @ParameterizedTest(name = "[{index}] {0} from {1}")
    @MethodSource("invalidForStart")
    void lenient_parse_for_a_start_repairs_the_until_and_reads_it_as_the_expansion_does(String rule, String start,
            String part, int index, String message) {
        Temporal dtstart = start(start);
        if (part.equals("FREQ")) {
            assertThatThrownBy(() -> RecurrenceRule.parseLenient(rule, dtstart)).isInstanceOf(SecunityParseException.class)
                    .hasMessageContaining(message);
            return;
        }
        LenientParseResult r = RecurrenceRule.parseLenient(rule, dtstart);
        assertThat(r.warnings()).containsExactly(ParseWarning.of(part, index, "repaired: " + message));
        assertThat(RecurrenceRule.parse(r.rule().toString(), dtstart)).isEqualTo(r.rule());
        RecurrenceRule original = RecurrenceRule.parse(rule);
        assertThat(occurrences(r.rule(), dtstart)).isEqualTo(occurrences(original, dtstart)).isNotEmpty();
        assertThat(original.portableFor(dtstart)).isEqualTo(r.rule());
    }

    private static List<?> occurrences(RecurrenceRule rule, Temporal start) {
        if (start instanceof LocalDate) {
            return rule.occurrences((LocalDate) start).take(400);
        }
        if (start instanceof ZonedDateTime) {
            return rule.occurrences((ZonedDateTime) start).take(400);
        }
        return rule.occurrences((LocalDateTime) start).take(400);
    }

    @Test
    void an_until_of_the_start_type_is_accepted_silently() {
        assertThat(RecurrenceRule.parseLenient("FREQ=DAILY;UNTIL=20261231", LocalDate.parse("2026-01-01")).isClean()).isTrue();
        assertThat(RecurrenceRule.parseLenient("FREQ=DAILY;UNTIL=20261231T190000", LocalDateTime.parse("2026-01-01T19:00"))
                .isClean()).isTrue();
        assertThat(RecurrenceRule.parseLenient("FREQ=DAILY;UNTIL=20261231T100000Z",
                ZonedDateTime.parse("2026-01-01T19:00+09:00[Asia/Tokyo]")).isClean()).isTrue();
        assertThat(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231T100000Z", ZonedDateTime.parse("2026-01-01T19:00Z")))
                .isEqualTo(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231T100000Z"));
    }

    @Test
    void a_date_start_ignores_time_parts_strictly_and_reports_them_leniently() {
        // issue 12: RFC 5545 says BYHOUR, BYMINUTE and BYSECOND MUST be ignored with a DATE start
        LocalDate start = LocalDate.parse("2026-01-01");
        RecurrenceRule strict = RecurrenceRule.parse("FREQ=DAILY;BYHOUR=9,10;BYMINUTE=30;COUNT=2", start);
        assertThat(strict.byHour()).containsExactly(9, 10);
        assertThat(strict.occurrences(start).take(5)).containsExactly(start, start.plusDays(1));
        LenientParseResult lenient = RecurrenceRule.parseLenient("FREQ=DAILY;BYHOUR=9,10;BYMINUTE=30;COUNT=2", start);
        assertThat(lenient.rule()).isEqualTo(RecurrenceRule.parse("FREQ=DAILY;COUNT=2"));
        assertThat(lenient.warnings()).containsExactly(
                ParseWarning.of("BYHOUR", 11, "ignored: BYHOUR is ignored with a DATE DTSTART (RFC 5545)"),
                ParseWarning.of("BYMINUTE", 23, "ignored: BYMINUTE is ignored with a DATE DTSTART (RFC 5545)"));
        assertThat(RecurrenceSet.builder(start).rule(strict).build().take(5)).containsExactly(start, start.plusDays(1));
    }

    @Test
    void a_recurrence_set_refuses_an_until_of_another_type_naming_the_part() {
        assertThatThrownBy(() -> RecurrenceSet.builder(LocalDateTime.parse("2026-01-01T19:00"))
                .rule(RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231")))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("UNTIL: UNTIL must be a local DATE-TIME (YYYYMMDDTHHMMSS) when DTSTART is a floating"
                        + " DATE-TIME (RFC 5545), was 20261231; read as 20261231T235959");
        assertThatThrownBy(() -> RecurrenceSet.builder(LocalDate.parse("2026-01-01"))
                .rule(RecurrenceRule.parse("FREQ=HOURLY")))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("FREQ: a DATE DTSTART needs FREQ=DAILY or coarser, not FREQ=HOURLY");
    }

    @Test
    void a_start_of_another_type_is_refused() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=DAILY", Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOf(SecunityException.class)
                .hasMessage("a DTSTART must be a LocalDate, LocalDateTime or ZonedDateTime, was Instant 2026-01-01T00:00:00Z");
    }
}
