package org.secunity.recurrence.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.RecurrenceRule;

/** The phrase tables under {@code src/test/resources}, one case per block (issue 4). */
class CadencePhraseTablesTest {

    static Stream<Arguments> japanesePhrases() {
        return Tables.cases("phrases-ja.txt", "phrase");
    }

    static Stream<Arguments> englishPhrases() {
        return Tables.cases("phrases-en.txt", "phrase");
    }

    static Stream<Arguments> canonicalRules() {
        return Tables.cases("canonical.txt", "ja");
    }

    static Stream<Arguments> approximateCadences() {
        return Tables.cases("approximate.txt", "phrase");
    }

    static Stream<Arguments> genericRules() {
        return Tables.cases("generic.txt", "rule");
    }

    static Stream<Arguments> errors() {
        return Tables.cases("errors.txt", "input");
    }

    private static List<LocalDateTime> times(String text) {
        return Arrays.stream(text.split(" ")).map(LocalDateTime::parse).collect(Collectors.toList());
    }

    private static void assertPhrase(Map<String, String> row) {
        Cadence cadence = Cadence.parse(row.get("phrase"));
        RecurrenceRule rule = RecurrenceRule.parse(row.get("rule"));
        assertThat(cadence.kind()).isEqualTo(Cadence.Kind.FIXED);
        assertThat(cadence.rule()).contains(rule);
        assertThat(cadence.timeOfDay().map(LocalTime::toString)).isEqualTo(java.util.Optional.ofNullable(row.get("time")));
        List<LocalDateTime> first = times(row.get("first"));
        List<LocalDateTime> actual = cadence.occurrences(LocalDateTime.parse(row.get("start"))).take(first.size() + 3);
        if (rule.isFinite()) {
            assertThat(actual).isEqualTo(first);
        } else {
            assertThat(actual.subList(0, first.size())).isEqualTo(first);
        }
        // the canonical texts read back to the same cadence
        assertThat(Cadence.parse(cadence.toString())).isEqualTo(cadence);
        assertThat(Cadence.parse(cadence.describe(Locale.ENGLISH))).isEqualTo(cadence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("japanesePhrases")
    void japanese_phrases_parse_to_their_rule_and_first_occurrences(String phrase, Map<String, String> row) {
        assertPhrase(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishPhrases")
    void english_phrases_parse_to_their_rule_and_first_occurrences(String phrase, Map<String, String> row) {
        assertPhrase(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalRules")
    void covered_rules_are_described_canonically_in_both_languages_and_read_back(String ja, Map<String, String> row) {
        RecurrenceRule rule = RecurrenceRule.parse(row.get("rule"));
        Cadence cadence = row.containsKey("time") ? Cadence.of(rule, LocalTime.parse(row.get("time"))) : Cadence.of(rule);
        assertThat(cadence.describe(Locale.JAPANESE)).isEqualTo(ja);
        assertThat(cadence.describe(Locale.ENGLISH)).isEqualTo(row.get("en"));
        assertThat(cadence).hasToString(ja);
        assertThat(Cadence.parse(ja)).isEqualTo(cadence);
        assertThat(Cadence.parse(row.get("en"))).isEqualTo(cadence);
        if (!row.containsKey("time")) {
            assertThat(Cadence.describe(rule, Locale.JAPANESE)).isEqualTo(ja);
            assertThat(Cadence.describe(rule, Locale.ENGLISH)).isEqualTo(row.get("en"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approximateCadences")
    void approximate_cadences_have_a_number_of_times_and_no_dates(String phrase, Map<String, String> row) {
        Cadence cadence = Cadence.parse(phrase);
        assertThat(cadence.kind()).isEqualTo(Cadence.Kind.valueOf(row.get("kind")));
        assertThat(cadence.isFixed()).isFalse();
        assertThat(cadence.rule()).isEmpty();
        if (row.containsKey("times")) {
            assertThat(cadence.times()).hasValue(Integer.parseInt(row.get("times")));
            assertThat(cadence.period()).contains(ChronoUnit.valueOf(row.get("period")));
            assertThat(cadence.isApproximate()).isEqualTo(Boolean.parseBoolean(row.get("approximate")));
        } else {
            assertThat(cadence.times()).isEmpty();
            assertThat(cadence.period()).isEmpty();
        }
        assertThat(cadence.describe(Locale.JAPANESE)).isEqualTo(row.get("ja"));
        assertThat(cadence.describe(Locale.ENGLISH)).isEqualTo(row.get("en"));
        assertThat(Cadence.parse(row.get("ja"))).isEqualTo(cadence);
        assertThat(Cadence.parse(row.get("en"))).isEqualTo(cadence);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genericRules")
    void rules_outside_the_grammar_are_described_part_by_part(String text, Map<String, String> row) {
        RecurrenceRule rule = RecurrenceRule.parse(text);
        assertThat(Cadence.describe(rule, Locale.JAPANESE)).isEqualTo(row.get("ja"));
        assertThat(Cadence.describe(rule, Locale.ENGLISH)).isEqualTo(row.get("en"));
        // toString falls back to the RRULE, which parse reads back
        assertThat(Cadence.of(rule)).hasToString(rule.toString());
        assertThat(Cadence.parse(Cadence.of(rule).toString())).isEqualTo(Cadence.of(rule));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("errors")
    void unparseable_phrases_fail_with_the_position_and_a_hint(String input, Map<String, String> row) {
        assertThatThrownBy(() -> Cadence.parse(input))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> {
                    assertThat(e.index()).as("index").isEqualTo(Integer.parseInt(row.get("index")));
                    assertThat(e.input()).isEqualTo(input);
                })
                .hasMessageContaining(row.get("message"))
                .hasMessageContaining("at index " + row.get("index") + " of \"" + input + "\"");
    }
}
