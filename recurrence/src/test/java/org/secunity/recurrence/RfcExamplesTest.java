package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The worked examples of RFC 5545 §3.8.5.3, from {@code rfc5545-examples.txt}. */
class RfcExamplesTest {

    static Stream<Arguments> examples() {
        return VectorFiles.blocks("rfc5545-examples.txt").stream()
                .map(b -> Arguments.of(b.get("name"), b));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rule_only_expansion_gives_the_rfc_occurrences(String name, Map<String, String> example) {
        Example e = Example.of(example);
        List<LocalDateTime> actual = e.ruleOnly(e.expected.size() + 5);
        assertThat(actual).as(name).startsWith(e.expected.toArray(new LocalDateTime[0]));
        if (e.exact) {
            assertThat(actual).as(name).containsExactlyElementsOf(e.expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void recurrence_set_with_exdate_gives_the_rfc_occurrences(String name, Map<String, String> example) {
        Example e = Example.of(example);
        List<LocalDateTime> actual = e.set(e.expected.size() + 5);
        assertThat(actual).as(name).startsWith(e.expected.toArray(new LocalDateTime[0]));
        if (e.exact) {
            assertThat(actual).as(name).containsExactlyElementsOf(e.expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rule_text_round_trips(String name, Map<String, String> example) {
        RecurrenceRule rule = RecurrenceRule.parse(example.get("rrule"));
        assertThat(RecurrenceRule.parse(rule.toString())).as(name).isEqualTo(rule);
    }

    /** One parsed example. */
    static final class Example {
        final RecurrenceRule rule;
        final LocalDateTime start;
        final ZoneId zone;
        final List<LocalDateTime> exdates = new ArrayList<>();
        final boolean exact;
        final List<LocalDateTime> expected = new ArrayList<>();

        private Example(Map<String, String> b) {
            rule = RecurrenceRule.parse(b.get("rrule"));
            String[] dt = b.get("dtstart").split(" ");
            start = LocalDateTime.parse(dt[0]);
            zone = dt[1].equals("floating") ? null : ZoneId.of(dt[1]);
            if (b.containsKey("exdate")) {
                exdates.add(LocalDateTime.parse(b.get("exdate")));
            }
            String[] tokens = b.get("expect").split("\\s+");
            exact = tokens[0].equals("exact");
            LocalTime time = start.toLocalTime();
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.contains("..")) {
                    LocalDate from = LocalDate.parse(t.substring(0, t.indexOf("..")));
                    LocalDate to = LocalDate.parse(t.substring(t.indexOf("..") + 2));
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        expected.add(d.atTime(time));
                    }
                } else if (t.contains("T")) {
                    expected.add(LocalDateTime.parse(t));
                } else {
                    expected.add(LocalDate.parse(t).atTime(time));
                }
            }
        }

        static Example of(Map<String, String> b) {
            return new Example(b);
        }

        List<LocalDateTime> ruleOnly(int n) {
            if (zone == null) {
                return rule.occurrences(start).take(n);
            }
            return rule.occurrences(ZonedDateTime.of(start, zone)).take(n).stream()
                    .map(ZonedDateTime::toLocalDateTime).collect(Collectors.toList());
        }

        /**
         * Returns the recurrence set, its rule read for DTSTART as a reader of iCalendar data reads
         * it (leniently: one example pairs a UTC UNTIL with a floating start, which RFC 5545 forbids).
         */
        List<LocalDateTime> set(int n) {
            if (zone == null) {
                return RecurrenceSet.builder(start).rule(RecurrenceRule.parseLenient(rule.toString(), start).rule())
                        .exclude(exdates).build().take(n);
            }
            ZonedDateTime zstart = ZonedDateTime.of(start, zone);
            RecurrenceSet.Builder<ZonedDateTime> b = RecurrenceSet.builder(zstart)
                    .rule(RecurrenceRule.parse(rule.toString(), zstart));
            exdates.forEach(x -> b.exclude(ZonedDateTime.of(x, zone)));
            return b.build().take(n).stream().map(ZonedDateTime::toLocalDateTime).collect(Collectors.toList());
        }
    }
}
