package org.secunity.recurrence.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.RecurrenceRule;

/**
 * Round trips over the whole phrase grammar (issue 4): rules drawn as phrases — every unit,
 * interval, month set, day part and end — go to text in each language and back to the same rule;
 * and the bounds of issue 11, each against an oracle of its own.
 */
class CadenceProperties {

    @Provide
    Arbitrary<Phrase> phrases() {
        Arbitrary<Integer> interval = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(1)),
                Tuple.of(3, Arbitraries.integers().between(2, 5)),
                Tuple.of(1, Arbitraries.integers().between(6, 99)));
        Arbitrary<Phrase.Unit> unit = Arbitraries.of(Phrase.Unit.class);
        return Combinators.combine(unit, interval, ends()).flatAs((u, n, end) -> {
            switch (u) {
                case DAY:
                    return Arbitraries.just(phrase(u, n, Phrase.Months.ALL, List.of(), Phrase.Days.ANY,
                            List.of(), List.of(), List.of(), end));
                case WEEK:
                    return weekdays().injectNull(0.2).map(ds -> ds == null
                            ? phrase(u, n, Phrase.Months.ALL, List.of(), Phrase.Days.ANY, List.of(), List.of(), List.of(), end)
                            : phrase(u, n, Phrase.Months.ALL, List.of(), Phrase.Days.WEEKDAYS, ds, List.of(), List.of(), end));
                case MONTH: {
                    Arbitrary<Phrase.Months> months = n == 1
                            ? Arbitraries.of(Phrase.Months.ALL, Phrase.Months.EVEN, Phrase.Months.ODD)
                            : Arbitraries.just(Phrase.Months.ALL);
                    return months.flatMap(ms -> days(ms != Phrase.Months.ALL).map(d ->
                            phrase(u, n, ms, List.of(), d.days, d.weekdays, d.ordinals, d.monthDays, end)));
                }
                default:
                    return monthList().injectNull(0.15).flatMap(list -> list == null
                            ? Arbitraries.just(phrase(u, n, Phrase.Months.ALL, List.of(), Phrase.Days.ANY, List.of(),
                                    List.of(), List.of(), end))
                            : days(true).filter(d -> d.monthDays.stream().allMatch(day -> day <= Phrase.longestMonth(list)))
                                    .map(d -> phrase(u, n, Phrase.Months.LIST, list, d.days, d.weekdays,
                                    d.ordinals, d.monthDays, end)));
            }
        });
    }

    private static Phrase phrase(Phrase.Unit unit, int n, Phrase.Months months, List<Integer> monthList,
            Phrase.Days days, List<DayOfWeek> weekdays, List<Integer> ordinals, List<Integer> monthDays, End end) {
        Phrase p = new Phrase(unit, n, months, monthList, days, weekdays, ordinals, monthDays, end.count, end.until);
        assertThat(p.problem()).as("generated %s", p).isNull();
        return p;
    }

    private static final class DayPart {
        final Phrase.Days days;
        final List<DayOfWeek> weekdays;
        final List<Integer> ordinals;
        final List<Integer> monthDays;

        DayPart(Phrase.Days days, List<DayOfWeek> weekdays, List<Integer> ordinals, List<Integer> monthDays) {
            this.days = days;
            this.weekdays = weekdays;
            this.ordinals = ordinals;
            this.monthDays = monthDays;
        }
    }

    private static Arbitrary<DayPart> days(boolean weekdaysAllowed) {
        List<Arbitrary<DayPart>> options = new ArrayList<>();
        options.add(Arbitraries.just(new DayPart(Phrase.Days.ANY, List.of(), List.of(), List.of())));
        options.add(Combinators.combine(ordinalList(), weekdays())
                .as((o, d) -> new DayPart(Phrase.Days.ORDINALS, d, o, List.of())));
        options.add(Arbitraries.integers().between(-1, 31).filter(d -> d != 0).set().ofMinSize(1).ofMaxSize(4)
                .map(set -> new DayPart(Phrase.Days.MONTH_DAYS, List.of(), List.of(), Phrase.sortedLastLast(set))));
        if (weekdaysAllowed) {
            options.add(weekdays().map(d -> new DayPart(Phrase.Days.WEEKDAYS, d, List.of(), List.of())));
        }
        return Arbitraries.oneOf(options);
    }

    private static Arbitrary<List<Integer>> ordinalList() {
        return Arbitraries.of(1, 2, 3, 4, 5, -1).set().ofMinSize(1).ofMaxSize(3).map(Phrase::sortedLastLast);
    }

    private static Arbitrary<List<DayOfWeek>> weekdays() {
        return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7).map(s -> {
            List<DayOfWeek> list = new ArrayList<>(s);
            list.sort(null);
            return list;
        });
    }

    private static Arbitrary<List<Integer>> monthList() {
        return Arbitraries.integers().between(1, 12).set().ofMinSize(1).ofMaxSize(5).map(s -> {
            List<Integer> list = new ArrayList<>(s);
            list.sort(null);
            return list;
        });
    }

    private static final class End {
        final int count;
        final @Nullable Temporal until;

        End(int count, @Nullable Temporal until) {
            this.count = count;
            this.until = until;
        }
    }

    private static Arbitrary<End> ends() {
        Arbitrary<LocalDateTime> time = Combinators.combine(Arbitraries.integers().between(1990, 2100),
                        Arbitraries.integers().between(1, 365), Arbitraries.integers().between(0, 23),
                        Arbitraries.of(0, 30, 59), Arbitraries.of(0, 0, 15))
                .as((y, d, h, m, s) -> LocalDate.ofYearDay(y, d).atTime(h, m, s));
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(new End(0, null))),
                Tuple.of(2, Arbitraries.integers().between(1, 500).map(c -> new End(c, null))),
                Tuple.of(1, time.map(t -> new End(0, t.toLocalDate()))),
                Tuple.of(1, time.map(t -> new End(0, t))),
                Tuple.of(1, time.map(t -> new End(0, t.toInstant(java.time.ZoneOffset.UTC)))));
    }

    @Provide
    Arbitrary<LocalTime> times() {
        return Combinators.combine(Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59),
                Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 59))))
                .as(LocalTime::of);
    }

    // --- properties

    @Property(tries = 1500)
    void a_phrase_is_the_phrase_of_its_rule(@ForAll("phrases") Phrase phrase) {
        assertThat(Phrase.of(phrase.toRule())).contains(phrase);
    }

    @Property(tries = 1500)
    void a_rule_the_grammar_covers_reads_back_from_its_japanese_phrase(@ForAll("phrases") Phrase phrase) {
        RecurrenceRule rule = phrase.toRule();
        String ja = Cadence.describe(rule, Locale.JAPANESE);
        assertThat(Cadence.parse(ja).rule()).as(ja).contains(rule);
        assertThat(Cadence.of(rule)).hasToString(ja);
    }

    @Property(tries = 1500)
    void a_rule_the_grammar_covers_reads_back_from_its_english_phrase(@ForAll("phrases") Phrase phrase) {
        RecurrenceRule rule = phrase.toRule();
        String en = Cadence.describe(rule, Locale.ENGLISH);
        assertThat(Cadence.parse(en).rule()).as(en).contains(rule);
    }

    @Property(tries = 1000)
    void a_cadence_with_a_time_of_day_reads_back_from_both_languages(@ForAll("phrases") Phrase phrase,
            @ForAll("times") LocalTime time) {
        Cadence cadence = Cadence.of(phrase.toRule(), time);
        assertThat(Cadence.parse(cadence.toString())).as(cadence.toString()).isEqualTo(cadence);
        String en = cadence.describe(Locale.ENGLISH);
        assertThat(Cadence.parse(en)).as(en).isEqualTo(cadence);
    }

    @Property(tries = 500)
    void full_width_digits_and_spaces_read_like_ascii(@ForAll("phrases") Phrase phrase, @ForAll("times") LocalTime time) {
        Cadence cadence = Cadence.of(phrase.toRule(), time);
        StringBuilder wide = new StringBuilder();
        for (char c : cadence.toString().toCharArray()) {
            wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == ':' ? '：' : c == ' ' ? '\u3000' : c);
        }
        assertThat(Cadence.parse(wide)).as(wide.toString()).isEqualTo(cadence);
    }

    @Property(tries = 500)
    void english_reads_the_same_in_any_case(@ForAll("phrases") Phrase phrase) {
        RecurrenceRule rule = phrase.toRule();
        String en = Cadence.describe(rule, Locale.ENGLISH);
        assertThat(Cadence.parse(en.toUpperCase(Locale.ROOT)).rule()).as(en).contains(rule);
        assertThat(Cadence.parse(en.toLowerCase(Locale.ROOT)).rule()).as(en).contains(rule);
    }

    @Property(tries = 300)
    void equal_cadences_have_equal_hash_codes(@ForAll("phrases") Phrase phrase) {
        Cadence a = Cadence.of(phrase.toRule());
        Cadence b = Cadence.parse(a.toString());
        assertThat(b).isEqualTo(a);
        assertThat(b.hashCode()).isEqualTo(a.hashCode());
        assertThat(a).isNotEqualTo(Cadence.of(phrase.toRule(), LocalTime.NOON));
    }

    // --- issue 11: numbers and days that cannot be carried or never occur

    @Provide
    Arbitrary<Long> intervals() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, Phrase.MAX_NUMBER)),
                Tuple.of(4, Arbitraries.longs().between(Phrase.MAX_NUMBER + 1L, 1_000_000_000_000_000L)),
                Tuple.of(2, Arbitraries.of(999_999_999L, 1_000_000_000L, 2_147_483_647L, 2_147_483_648L)));
    }

    @Property(tries = 300)
    void an_interval_is_read_up_to_what_the_rrule_reads_back_and_rejected_beyond(@ForAll("intervals") long n) {
        String en = "every " + n + " days";
        String ja = n + "日ごと";
        if (n <= Phrase.MAX_NUMBER) {
            RecurrenceRule rule = Cadence.parse(en).rule().orElseThrow();
            assertThat(rule.interval()).isEqualTo(n);
            assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
            assertThat(Cadence.parse(ja).rule()).contains(rule);
        } else {
            assertThatThrownBy(() -> Cadence.parse(en)).isInstanceOfSatisfying(SecunityParseException.class,
                    e -> assertThat(e.index()).isEqualTo(6))
                    .hasMessageContaining("an interval must be at most 2,147,483,647, was " + n);
            assertThatThrownBy(() -> Cadence.parse(ja)).isInstanceOfSatisfying(SecunityParseException.class,
                    e -> assertThat(e.index()).isZero())
                    .hasMessageContaining("an interval must be at most 2,147,483,647, was " + n);
        }
    }

    @Property(tries = 100)
    void a_negative_number_is_rejected_not_read_without_its_sign(@ForAll @IntRange(min = 1, max = 1000) int n) {
        assertThatThrownBy(() -> Cadence.parse("every -" + n + " weeks"))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> assertThat(e.index()).isEqualTo(6))
                .hasMessageContaining("an interval must be at least 1, was -" + n);
        assertThatThrownBy(() -> Cadence.parse("every Friday, -" + n + " times"))
                .isInstanceOfSatisfying(SecunityParseException.class, e -> assertThat(e.index()).isEqualTo(14))
                .hasMessageContaining("a number of times must be at least 1, was -" + n);
    }

    @Provide
    Arbitrary<List<Integer>> someMonths() {
        return Arbitraries.integers().between(1, 12).set().ofMinSize(1).ofMaxSize(3)
                .map(set -> new ArrayList<>(new java.util.TreeSet<>(set)));
    }

    @Property(tries = 400)
    void a_yearly_day_of_the_month_must_occur_in_one_of_the_months(@ForAll("someMonths") List<Integer> months,
            @ForAll @IntRange(min = 28, max = 31) int day) {
        int longest = months.stream().mapToInt(m -> java.time.Month.of(m).maxLength()).max().orElseThrow();
        List<String> ja = new ArrayList<>();
        months.forEach(m -> ja.add(m + "月"));
        String japanese = "毎年" + String.join("・", ja) + (months.size() == 1 ? "" : "の") + day + "日";
        List<String> en = new ArrayList<>();
        months.forEach(m -> en.add(java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)));
        String english = "the " + Texts.ordinal(day) + " of " + Texts.join(en, ", ", " and ");
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=" + months.toString().replaceAll("[\\[\\] ]", "")
                + ";BYMONTHDAY=" + day);
        if (day <= longest) {
            assertThat(Cadence.parse(japanese).rule()).as(japanese).contains(rule);
            assertThat(Cadence.parse(english).rule()).as(english).contains(rule);
        } else {
            assertThatThrownBy(() -> Cadence.parse(japanese)).as(japanese)
                    .isInstanceOfSatisfying(SecunityParseException.class,
                            e -> assertThat(e.index()).isEqualTo(japanese.lastIndexOf(day + "日")))
                    .hasMessageContaining(day + "日 never occurs in");
            assertThatThrownBy(() -> Cadence.parse(english)).as(english)
                    .isInstanceOfSatisfying(SecunityParseException.class, e -> assertThat(e.index()).isEqualTo(4))
                    .hasMessageContaining("never occurs in");
            // the rule itself is valid RFC 5545: a cadence of it prints and reads back as its RRULE
            assertThat(Cadence.of(rule)).hasToString(rule.toString());
            assertThat(Cadence.parse(rule.toString())).isEqualTo(Cadence.of(rule));
        }
    }
}
