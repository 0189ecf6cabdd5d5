package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityParseException;

/** The negative cases of {@code invalid-rules.txt}: strict parsing rejects each, naming part and index. */
class InvalidRulesTest {

    static Stream<Arguments> invalidRules() {
        return VectorFiles.lines("invalid-rules.txt").stream().map(line -> {
            String[] c = line.split(" \\| ", -1);
            String rule = c[0].equals("<empty>") ? "" : c[0];
            return Arguments.of(rule, c[1], Integer.parseInt(c[2]), c[3]);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidRules")
    void parse_rejects_invalid_rule(String rule, String part, int index, String message) {
        assertRejected(() -> RecurrenceRule.parse(rule), rule, part, index, message);
    }

    /** Asserts that parsing a rule throws a parse exception naming the part, index, input and message. */
    static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse, String rule, String part,
            int index, String message) {
        assertThatThrownBy(parse)
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    SecunityParseException p = (SecunityParseException) e;
                    assertThat(p.part()).contains(part);
                    assertThat(p.index()).isEqualTo(index);
                    assertThat(p.input()).isEqualTo(rule);
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalidRules")
    void lenient_parse_reports_what_it_dropped_or_fails_only_without_frequency(
            String rule, String part, int index, String message) {
        if (part.equals("FREQ") && !message.startsWith("duplicate")) {
            assertThatThrownBy(() -> RecurrenceRule.parseLenient(rule)).isInstanceOf(SecunityParseException.class);
            return;
        }
        LenientParseResult result = RecurrenceRule.parseLenient(rule);
        assertThat(result.warnings()).isNotEmpty();
        assertThat(result.warnings().get(0).part()).isEqualTo(part);
        assertThat(result.warnings().get(0).index()).isEqualTo(index);
        assertThat(result.warnings().get(0).message()).contains(message);
        assertThat(RecurrenceRule.parse(result.rule().toString())).isEqualTo(result.rule());
    }
}
