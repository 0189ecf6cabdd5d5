package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of every expansion and of the value types, on generated valid rules. */
class RecurrenceProperties {

    @Provide
    Arbitrary<RecurrenceRule> rules() {
        return RuleArbitraries.rules();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return RuleArbitraries.starts();
    }

    private static List<LocalDateTime> window(RecurrenceRule rule, LocalDateTime start) {
        LocalDateTime end = Windows.end(rule, start);
        return Recurrence.window(rule.occurrences(start), start, end).take(300);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void occurrences_are_sorted_unique_and_not_before_the_start(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        List<LocalDateTime> all = window(rule, start);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i)).isAfterOrEqualTo(start);
            if (i > 0) {
                assertThat(all.get(i)).isAfter(all.get(i - 1));
            }
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void every_occurrence_satisfies_every_by_part(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        for (LocalDateTime t : window(rule, start)) {
            LocalDate d = t.toLocalDate();
            if (!rule.byMonth().isEmpty()) {
                assertThat(rule.byMonth()).contains(t.getMonthValue());
            }
            if (!rule.byMonthDay().isEmpty()) {
                assertThat(rule.byMonthDay()).containsAnyOf(t.getDayOfMonth(), t.getDayOfMonth() - d.lengthOfMonth() - 1);
            }
            if (!rule.byYearDay().isEmpty()) {
                assertThat(rule.byYearDay()).containsAnyOf(t.getDayOfYear(), t.getDayOfYear() - d.lengthOfYear() - 1);
            }
            if (!rule.byWeekNo().isEmpty()) {
                WeekFields wf = WeekFields.of(rule.weekStart(), 4);
                int w = d.get(wf.weekOfWeekBasedYear());
                int weeks = (int) d.range(wf.weekOfWeekBasedYear()).getMaximum();
                assertThat(rule.byWeekNo()).containsAnyOf(w, w - weeks - 1);
            }
            if (!rule.byDay().isEmpty()) {
                assertThat(rule.byDay().stream().map(WeekdayNum::dayOfWeek)).contains(t.getDayOfWeek());
            }
            if (!rule.byHour().isEmpty()) {
                assertThat(rule.byHour()).contains(t.getHour());
            }
            if (!rule.byMinute().isEmpty()) {
                assertThat(rule.byMinute()).contains(t.getMinute());
            }
            if (!rule.bySecond().isEmpty()) {
                assertThat(rule.bySecond()).contains(t.getSecond());
            }
        }
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void count_and_until_are_respected(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start) {
        List<LocalDateTime> all = rule.occurrences(start).expand(500).list();
        rule.count().ifPresent(c -> assertThat(all).hasSizeLessThanOrEqualTo(c));
        if (rule.until().isPresent()) {
            Temporal u = rule.until().get();
            LocalDateTime last = u instanceof LocalDate ? ((LocalDate) u).atTime(23, 59, 59)
                    : u instanceof Instant ? LocalDateTime.ofInstant((Instant) u, ZoneOffset.UTC) : (LocalDateTime) u;
            assertThat(all).allSatisfy(t -> assertThat(t).isBeforeOrEqualTo(last));
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void between_equals_filtering_the_full_stream(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start,
            @ForAll("fractions") double a, @ForAll("fractions") double b) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> all = window(rule, start);
        if (all.size() == 300) {
            return;
        }
        long span = java.time.Duration.between(start, end).getSeconds();
        LocalDateTime from = start.plusSeconds((long) (span * Math.min(a, b)));
        LocalDateTime to = start.plusSeconds((long) (span * Math.max(a, b)));
        List<LocalDateTime> expected = all.stream().filter(t -> !t.isBefore(from) && t.isBefore(to))
                .collect(Collectors.toList());
        assertThat(rule.occurrences(start).between(from, to).take(400)).isEqualTo(expected);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void next_and_previous_equal_walking(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start,
            @ForAll("fractions") double f) {
        LocalDateTime end = Windows.end(rule, start);
        List<LocalDateTime> all = window(rule, start);
        if (all.size() == 300) {
            return;
        }
        LocalDateTime probe = start.plusSeconds((long) (java.time.Duration.between(start, end).getSeconds() * f));
        Recurrence<LocalDateTime> r = rule.occurrences(start);
        List<LocalDateTime> before = all.stream().filter(t -> t.isBefore(probe)).collect(Collectors.toList());
        assertThat(r.previous(probe)).isEqualTo(before.isEmpty()
                ? java.util.Optional.empty() : java.util.Optional.of(before.get(before.size() - 1)));
        java.util.Optional<LocalDateTime> after = all.stream().filter(t -> t.isAfter(probe)).findFirst();
        if (after.isPresent()) {
            assertThat(r.next(probe)).isEqualTo(after);
        }
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void parse_of_to_string_is_the_identity(@ForAll("rules") RecurrenceRule rule) {
        assertThat(RecurrenceRule.parse(rule.toString())).isEqualTo(rule);
        assertThat(RecurrenceRule.parse(rule.toString()).toString()).isEqualTo(rule.toString());
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void equivalent_spellings_are_equal_and_expand_identically(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start, @ForAll long seed) {
        List<String> parts = new ArrayList<>(List.of(rule.toString().split(";")));
        Collections.shuffle(parts, new Random(seed));
        String shuffled = parts.stream().map(p -> {
            String[] kv = p.split("=", 2);
            List<String> values = new ArrayList<>(List.of(kv[1].split(",")));
            if (kv[0].startsWith("BY")) {
                Collections.shuffle(values, new Random(seed));
            }
            return kv[0].toLowerCase(java.util.Locale.ROOT) + "=" + String.join(",", values);
        }).collect(Collectors.joining(";"));
        RecurrenceRule other = RecurrenceRule.parse(shuffled);
        assertThat(other).isEqualTo(rule).hasSameHashCodeAs(rule);
        assertThat(other.occurrences(start).expand(20)).isEqualTo(rule.occurrences(start).expand(20));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void equals_and_hash_code_follow_the_contract(@ForAll("rules") RecurrenceRule a, @ForAll("rules") RecurrenceRule b) {
        assertThat(a).isEqualTo(a);
        assertThat(a.equals(b)).isEqualTo(b.equals(a));
        assertThat(a.equals(b)).isEqualTo(a.toString().equals(b.toString()));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        assertThat(a.equals(null)).isFalse();
        assertThat(a.toBuilder().build()).isEqualTo(a);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void weekday_nums_follow_the_equals_contract_and_round_trip(
            @ForAll("weekdayNums") WeekdayNum a, @ForAll("weekdayNums") WeekdayNum b) {
        assertThat(WeekdayNum.parse(a.toString())).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.equals(b)).isEqualTo(b.equals(a)).isEqualTo(a.compareTo(b) == 0);
    }

    @Provide
    Arbitrary<WeekdayNum> weekdayNums() {
        return RuleArbitraries.weekdayNums();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void zoned_occurrences_are_sorted_unique_and_on_the_rule_wall_clock_outside_gaps(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start,
            @ForAll("zones") ZoneId zone) {
        ZonedDateTime zstart = ZonedDateTime.of(start, zone);
        List<ZonedDateTime> zoned = rule.occurrences(zstart).expand(100).list();
        for (int i = 1; i < zoned.size(); i++) {
            assertThat(zoned.get(i).toInstant()).isAfter(zoned.get(i - 1).toInstant());
        }
        if (rule.until().isEmpty()) {
            List<LocalDateTime> local = rule.occurrences(zstart.toLocalDateTime()).expand(100).list();
            List<LocalDateTime> unaffected = local.stream()
                    .filter(t -> zone.getRules().getValidOffsets(t).size() == 1).collect(Collectors.toList());
            assertThat(zoned.stream().map(ZonedDateTime::toLocalDateTime).collect(Collectors.toList()))
                    .containsAll(unaffected.subList(0, Math.max(0, unaffected.size() - 5)));
        }
    }

    /**
     * A zoned seek starts the wall-clock search at the target plus the zone's least offset: the
     * first occurrence it yields is the first of the whole expansion at or after the target's
     * instant, whatever zone the target is given in, in zones that skipped a day (Apia), run half
     * an hour of DST (Lord Howe) or negative DST (Dublin).
     */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void a_zoned_seek_lands_on_the_first_occurrence_at_or_after_the_target(
            @ForAll("rules") RecurrenceRule rule, @ForAll("starts") LocalDateTime start,
            @ForAll("zones") ZoneId zone, @ForAll @IntRange(max = 99) int pick,
            @ForAll @IntRange(min = -50, max = 50) int hoursAway, @ForAll("zones") ZoneId targetZone) {
        ZonedDateTime zstart = ZonedDateTime.of(start, zone);
        List<ZonedDateTime> all = rule.occurrences(zstart).expand(100).list();
        Assume.that(!all.isEmpty());
        ZonedDateTime target = all.get(Math.min(pick, all.size() - 1)).plusHours(hoursAway)
                .withZoneSameInstant(targetZone);
        RecurrenceIterator<ZonedDateTime> it = rule.occurrences(zstart).iterator();
        it.skipTo(target);
        java.util.Optional<ZonedDateTime> expected = all.stream()
                .filter(t -> !t.toInstant().isBefore(target.toInstant())).findFirst();
        Assume.that(expected.isPresent());
        assertThat(it.next()).isEqualTo(expected.get());
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"),
                ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"),
                ZoneId.of("Europe/Dublin"), ZoneId.of("Asia/Kathmandu"), ZoneOffset.UTC);
    }
}
