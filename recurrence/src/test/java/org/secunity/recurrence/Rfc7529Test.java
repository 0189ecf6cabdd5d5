package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityParseException;

/**
 * RFC 7529 {@code RSCALE} and {@code SKIP}: the vectors of {@code rfc7529-examples.txt} (the RFC's
 * examples and the Gregorian cases it names), parsed, printed, expanded, and checked against
 * lib-recur 0.17.1, which implements RFC 7529.
 */
class Rfc7529Test {

    static Stream<Arguments> vectors() {
        return VectorFiles.blocks("rfc7529-examples.txt").stream().map(b -> Arguments.of(b.get("name"), b));
    }

    static Stream<Arguments> computed() {
        return vectors().filter(a -> ((Map<?, ?>) a.get()[1]).containsKey("expect"));
    }

    static Stream<Arguments> refused() {
        return vectors().filter(a -> ((Map<?, ?>) a.get()[1]).containsKey("error"));
    }

    /** The expected occurrences of a vector, at DTSTART's time. */
    private static List<LocalDateTime> expected(Map<String, String> v) {
        LocalTime time = start(v).toLocalTime();
        String[] tokens = v.get("expect").split("\\s+");
        assertThat(tokens[0]).isEqualTo("exact");
        List<LocalDateTime> out = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            out.add(LocalDate.parse(tokens[i]).atTime(time));
        }
        return out;
    }

    private static LocalDateTime start(Map<String, String> v) {
        String s = v.get("dtstart");
        return s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay();
    }

    private static boolean isDate(Map<String, String> v) {
        return !v.get("dtstart").contains("T");
    }

    private static List<LocalDateTime> ours(RecurrenceRule rule, Map<String, String> v, int n) {
        if (isDate(v)) {
            return rule.occurrences(LocalDate.parse(v.get("dtstart"))).take(n).stream()
                    .map(LocalDate::atStartOfDay).collect(Collectors.toList());
        }
        return rule.occurrences(start(v)).take(n);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("computed")
    void expansion_gives_the_vector_occurrences(String name, Map<String, String> v) {
        RecurrenceRule rule = RecurrenceRule.parse(v.get("rrule"));
        List<LocalDateTime> expected = expected(v);
        assertThat(ours(rule, v, expected.size() + 5)).as(name).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("computed")
    void rule_text_round_trips(String name, Map<String, String> v) {
        RecurrenceRule rule = RecurrenceRule.parse(v.get("rrule"));
        assertThat(RecurrenceRule.parse(rule.toString())).as(name).isEqualTo(rule);
        assertThat(rule.toString()).startsWith("RSCALE=" + rule.rscale().orElseThrow() + ";FREQ=");
    }

    /**
     * The peers agree with every vector except where the vector names a deviation of theirs
     * ({@code deviations: LR7, IC12}, listed in {@code peer-deviations.md}); a named deviation must
     * still show, so the list stays true when a peer changes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("computed")
    void the_peers_agree_except_for_classified_deviations(String name, Map<String, String> v) {
        RecurrenceRule rule = RecurrenceRule.parse(v.get("rrule"));
        List<LocalDateTime> expected = expected(v);
        List<String> deviations = List.of(v.getOrDefault("deviations", "").split(",\\s*"));
        Peers.Outcome lib = Peers.libRecur(rule, start(v), LocalDateTime.MAX, expected.size() + 5, isDate(v));
        Peers.Outcome ical = Peers.ical4j(rule, start(v), start(v).plusYears(100), expected.size() + 5);
        check(name, "lib-recur", lib, expected, deviations.stream().anyMatch(d -> d.startsWith("LR")));
        check(name, "ical4j", ical, expected, deviations.stream().anyMatch(d -> d.startsWith("IC")));
    }

    private static void check(String name, String peer, Peers.Outcome outcome, List<LocalDateTime> expected,
            boolean deviates) {
        boolean agrees = outcome.failure == null && outcome.occurrences.equals(expected);
        assertThat(agrees).as("%s: %s %s (%s), expected %s", name, peer, deviates ? "should deviate" : "should agree",
                outcome, expected).isEqualTo(!deviates);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void calendars_without_a_jdk_chronology_are_refused_naming_the_calendar(String name, Map<String, String> v) {
        assertThatThrownBy(() -> RecurrenceRule.parse(v.get("rrule")))
                .as(name)
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining(v.get("error"));
    }

    @Test
    void skip_without_rscale_is_rejected_as_rfc_7529_says() {
        assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MONTHLY;SKIP=BACKWARD"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("SKIP must not be given without RSCALE (RFC 7529) in SKIP at index 13");
        LenientParseResult lenient = RecurrenceRule.parseLenient("FREQ=MONTHLY;SKIP=BACKWARD");
        assertThat(lenient.rule()).isEqualTo(RecurrenceRule.parse("FREQ=MONTHLY"));
        assertThat(lenient.warnings()).extracting(ParseWarning::part).containsExactly("SKIP");
    }

    @Test
    void skip_omit_is_the_default_and_is_not_printed() {
        RecurrenceRule omit = RecurrenceRule.parse("FREQ=YEARLY;SKIP=OMIT;RSCALE=gregorian");
        assertThat(omit).isEqualTo(RecurrenceRule.parse("RSCALE=GREGORIAN;FREQ=YEARLY"))
                .hasToString("RSCALE=GREGORIAN;FREQ=YEARLY");
        assertThat(omit.skip()).isEqualTo(Skip.OMIT);
        assertThat(omit.rscale()).contains(CalendarScale.GREGORIAN);
        assertThat(RecurrenceRule.parse("FREQ=YEARLY").skip()).isEqualTo(Skip.OMIT);
        assertThat(RecurrenceRule.parse("FREQ=YEARLY").rscale()).isEmpty();
        assertThat(RecurrenceRule.parse("FREQ=YEARLY;RSCALE=GREGORIAN")).isNotEqualTo(RecurrenceRule.parse("FREQ=YEARLY"));
    }

    @Test
    void the_builder_sets_rscale_and_skip_and_checks_them() {
        RecurrenceRule built = RecurrenceRule.builder(Frequency.MONTHLY).rscale(CalendarScale.GREGORIAN)
                .skip(Skip.BACKWARD).byMonthDay(31).build();
        assertThat(built).hasToString("RSCALE=GREGORIAN;FREQ=MONTHLY;BYMONTHDAY=31;SKIP=BACKWARD");
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThatThrownBy(() -> RecurrenceRule.builder(Frequency.MONTHLY).skip(Skip.FORWARD).build())
                .isInstanceOf(org.secunity.SecunityDataException.class)
                .hasMessageContaining("SKIP: SKIP must not be given without RSCALE (RFC 7529)");
    }

    @Test
    void skip_and_calendar_names_parse_ignoring_case() {
        assertThat(Skip.parse("forward")).isEqualTo(Skip.FORWARD);
        assertThat(CalendarScale.parse("roc")).isEqualTo(CalendarScale.ROC);
        assertThat(CalendarScale.BUDDHIST.chronology().getCalendarType()).isEqualTo("buddhist");
        assertThat(CalendarScale.JAPANESE.chronology().getCalendarType()).isEqualTo("japanese");
        assertThat(CalendarScale.ROC.chronology().getCalendarType()).isEqualTo("roc");
        assertThatThrownBy(() -> Skip.parse("SIDEWAYS")).isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("unknown SKIP value \"SIDEWAYS\", expected one of OMIT, BACKWARD, FORWARD");
    }

    @Test
    void seeking_finds_a_date_moved_forward_from_the_period_before() {
        // 31 January FORWARD: February's 31st is 1 March; a seek to 1 March must not start at March's period
        Recurrence<LocalDate> r = RecurrenceRule.parse("RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=FORWARD")
                .occurrences(LocalDate.parse("2014-01-31"));
        assertThat(r.next(LocalDate.parse("2014-02-28"))).contains(LocalDate.parse("2014-03-01"));
        assertThat(r.between(LocalDate.parse("2014-03-01"), LocalDate.parse("2014-06-01")).take(9))
                .containsExactly(LocalDate.parse("2014-03-01"), LocalDate.parse("2014-03-31"), LocalDate.parse("2014-05-01"),
                        LocalDate.parse("2014-05-31"));
        assertThat(r.previous(LocalDate.parse("2014-03-02"))).contains(LocalDate.parse("2014-03-01"));
    }

    @Test
    void the_gregorian_like_calendars_give_dates_their_jdk_chronology_reads_with_the_same_month_and_day() {
        for (CalendarScale c : CalendarScale.values()) {
            RecurrenceRule rule = RecurrenceRule.parse("RSCALE=" + c + ";FREQ=MONTHLY;BYMONTHDAY=31;SKIP=BACKWARD");
            for (LocalDate d : rule.occurrences(LocalDate.parse("1990-01-31")).take(40)) {
                java.time.chrono.ChronoLocalDate inCalendar = c.chronology().date(d);
                assertThat(inCalendar.get(java.time.temporal.ChronoField.MONTH_OF_YEAR)).isEqualTo(d.getMonthValue());
                assertThat(inCalendar.get(java.time.temporal.ChronoField.DAY_OF_MONTH)).isEqualTo(d.getDayOfMonth());
                assertThat(inCalendar.lengthOfMonth()).isEqualTo(d.lengthOfMonth());
            }
        }
    }
}
