package org.secunity.recurrence.cadence;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.Frequency;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.WeekdayNum;

/**
 * Describes any valid rule in Japanese or English: as a phrase when the grammar covers it
 * ({@link Phrase}), otherwise part by part — the frequency, then every {@code BYxxx} part, the
 * week start, and the end — so that nothing the rule says is left out. Never throws for a rule
 * that {@link RecurrenceRule} accepts. Stateless.
 */
final class RuleDescriber {

    private RuleDescriber() {
    }

    static String describe(RecurrenceRule rule, boolean japanese) {
        return describe(rule, japanese, null);
    }

    /** Describes a rule with a time of day, which goes between the days and the end. */
    static String describe(RecurrenceRule rule, boolean japanese, @Nullable LocalTime time) {
        Optional<Phrase> phrase = Phrase.of(rule);
        String core;
        if (phrase.isPresent()) {
            core = japanese ? PhraseWriter.japaneseCore(phrase.get()) : PhraseWriter.englishCore(phrase.get());
        } else {
            core = japanese ? japanese(rule) : english(rule);
        }
        if (time != null) {
            core += japanese ? " " + PhraseWriter.time(time) : " at " + PhraseWriter.time(time);
        }
        int count = rule.count().orElse(0);
        @Nullable Temporal until = rule.until().orElse(null);
        return core + (japanese ? PhraseWriter.japaneseEnd(count, until) : PhraseWriter.englishEnd(count, until));
    }

    // --- Japanese: 毎月 (13日、9時), without the end

    private static String japanese(RecurrenceRule rule) {
        int n = rule.interval();
        String base = switch (rule.frequency()) {
            case SECONDLY -> n == 1 ? "毎秒" : n + "秒ごと";
            case MINUTELY -> n == 1 ? "毎分" : n + "分ごと";
            case HOURLY -> n == 1 ? "毎時" : n + "時間ごと";
            case DAILY -> n == 1 ? "毎日" : n + "日ごと";
            case WEEKLY -> n == 1 ? "毎週" : n + "週間ごと";
            case MONTHLY -> n == 1 ? "毎月" : n + "か月ごと";
            case YEARLY -> n == 1 ? "毎年" : n + "年ごと";
        };
        List<String> parts = new ArrayList<>();
        if (!rule.byMonth().isEmpty()) {
            parts.add(join(rule.byMonth(), m -> m + "月"));
        }
        if (!rule.byWeekNo().isEmpty()) {
            parts.add(join(rule.byWeekNo(), w -> w > 0 ? "第" + w + "週" : w == -1 ? "最終週" : "最後から" + -w + "番目の週"));
        }
        if (!rule.byYearDay().isEmpty()) {
            parts.add("年の" + join(rule.byYearDay(), d -> d > 0 ? d + "日目" : d == -1 ? "最終日" : "最後から" + -d + "日目"));
        }
        if (!rule.byMonthDay().isEmpty()) {
            parts.add(join(rule.byMonthDay(), d -> d > 0 ? d + "日" : d == -1 ? "末日" : "末日から" + -d + "日目"));
        }
        if (!rule.byDay().isEmpty()) {
            boolean mixed = mixesOrdinals(rule.byDay());
            parts.add((ordinalsInYear(rule) ? "年の" : "") + rule.byDay().stream().map(d -> weekdayJa(d, mixed))
                    .collect(Collectors.joining("・")));
        }
        time(rule, parts, true);
        if (!rule.bySetPos().isEmpty()) {
            parts.add("候補のうち" + join(rule.bySetPos(), p -> p > 0 ? p + "番目" : p == -1 ? "最後" : "最後から" + -p + "番目"));
        }
        if (rule.weekStart() != DayOfWeek.MONDAY) {
            parts.add("週の始まりは" + PhraseWriter.WEEKDAY_JA[rule.weekStart().ordinal()] + "曜日");
        }
        return parts.isEmpty() ? base : base + " (" + String.join("、", parts) + ")";
    }

    /**
     * Whether BYDAY's ordinals count in the whole year: a yearly rule without BYMONTH, such as
     * {@code FREQ=YEARLY;BYDAY=20MO}.
     */
    private static boolean ordinalsInYear(RecurrenceRule rule) {
        return rule.frequency() == Frequency.YEARLY && rule.byMonth().isEmpty()
                && rule.byDay().stream().anyMatch(WeekdayNum::hasOrdinal);
    }

    /**
     * Whether BYDAY has entries with and without an ordinal ({@code 1MO,TU}): then a day without
     * one is written "every Tuesday" (毎週火曜日), so that no reader takes the ordinal of its
     * neighbour for it ("the 1st Monday and Tuesday" would read as {@code 1MO,1TU}).
     */
    private static boolean mixesOrdinals(List<WeekdayNum> days) {
        return days.stream().anyMatch(WeekdayNum::hasOrdinal) && !days.stream().allMatch(WeekdayNum::hasOrdinal);
    }

    private static String weekdayJa(WeekdayNum d, boolean mixed) {
        String day = PhraseWriter.WEEKDAY_JA[d.dayOfWeek().ordinal()] + "曜日";
        int o = d.ordinal();
        if (o == 0) {
            return mixed ? "毎週" + day : day;
        }
        return (o > 0 ? "第" + o : o == -1 ? "最終" : "最後から" + -o + "番目の") + day;
    }

    // --- English: monthly on the 13th, at hour 9, without the end

    private static String english(RecurrenceRule rule) {
        int n = rule.interval();
        String base = switch (rule.frequency()) {
            case SECONDLY -> n == 1 ? "every second" : "every " + n + " seconds";
            case MINUTELY -> n == 1 ? "every minute" : "every " + n + " minutes";
            case HOURLY -> n == 1 ? "hourly" : "every " + n + " hours";
            case DAILY -> n == 1 ? "daily" : "every " + n + " days";
            case WEEKLY -> n == 1 ? "weekly" : "every " + n + " weeks";
            case MONTHLY -> n == 1 ? "monthly" : "every " + n + " months";
            case YEARLY -> n == 1 ? "yearly" : "every " + n + " years";
        };
        List<String> parts = new ArrayList<>();
        if (!rule.byMonth().isEmpty()) {
            parts.add("in " + joinEn(rule.byMonth(), m -> PhraseWriter.MONTH_EN[m - 1]));
        }
        if (!rule.byWeekNo().isEmpty()) {
            parts.add("in week " + joinEn(rule.byWeekNo(), w -> w > 0 ? Integer.toString(w) : fromEnd(-w, "last")));
        }
        if (!rule.byYearDay().isEmpty()) {
            parts.add("on the " + joinEn(rule.byYearDay(), d -> d > 0 ? Texts.ordinal(d) : fromEnd(-d, "last"))
                    + " day of the year");
        }
        if (!rule.byMonthDay().isEmpty()) {
            parts.add("on the " + joinEn(rule.byMonthDay(), d -> d > 0 ? Texts.ordinal(d) : fromEnd(-d, "last") + " day"));
        }
        if (!rule.byDay().isEmpty()) {
            boolean mixed = mixesOrdinals(rule.byDay());
            List<String> days = rule.byDay().stream().map(d -> weekdayEn(d, mixed)).collect(Collectors.toList());
            parts.add("on " + Texts.join(days, ", ", " and ") + (ordinalsInYear(rule) ? " of the year" : ""));
        }
        time(rule, parts, false);
        if (!rule.bySetPos().isEmpty()) {
            parts.add("keeping the " + joinEn(rule.bySetPos(), p -> p > 0 ? Texts.ordinal(p) : fromEnd(-p, "last"))
                    + " of each set");
        }
        if (rule.weekStart() != DayOfWeek.MONDAY) {
            parts.add("weeks starting on " + PhraseWriter.WEEKDAY_EN[rule.weekStart().ordinal()]);
        }
        return base + (parts.isEmpty() ? "" : " " + String.join(", ", parts));
    }

    private static String weekdayEn(WeekdayNum d, boolean mixed) {
        String day = PhraseWriter.WEEKDAY_EN[d.dayOfWeek().ordinal()];
        int o = d.ordinal();
        if (o == 0) {
            return mixed ? "every " + day : day;
        }
        return "the " + (o > 0 ? Texts.ordinal(o) : fromEnd(-o, "last")) + " " + day;
    }

    /** "last" for 1 from the end, "2nd-to-last" for 2. */
    private static String fromEnd(int k, String last) {
        return k == 1 ? last : Texts.ordinal(k) + "-to-" + last;
    }

    // --- both

    /** Adds the time parts: 19:00 when one hour and one minute, else each part on its own. */
    private static void time(RecurrenceRule rule, List<String> parts, boolean japanese) {
        List<Integer> h = rule.byHour();
        List<Integer> m = rule.byMinute();
        List<Integer> s = rule.bySecond();
        if (h.size() == 1 && m.size() == 1 && s.size() <= 1 && (s.isEmpty() || s.get(0) < 60)) {
            String hm = String.format("%02d:%02d", h.get(0), m.get(0));
            if (s.size() == 1) {
                hm += String.format(":%02d", s.get(0));
            }
            parts.add(japanese ? hm : "at " + hm);
            return;
        }
        if (!h.isEmpty()) {
            parts.add(japanese ? join(h, v -> v + "時") : "at hour " + joinEn(h, Integer::toString));
        }
        if (!m.isEmpty()) {
            parts.add(japanese ? join(m, v -> v + "分") : "at minute " + joinEn(m, Integer::toString));
        }
        if (!s.isEmpty()) {
            parts.add(japanese ? join(s, v -> v + "秒") : "at second " + joinEn(s, Integer::toString));
        }
    }

    private static String join(List<Integer> values, IntFunction<String> text) {
        return values.stream().map(v -> text.apply(v)).collect(Collectors.joining("・"));
    }

    private static String joinEn(List<Integer> values, IntFunction<String> text) {
        return Texts.join(values.stream().map(v -> text.apply(v)).collect(Collectors.toList()), ", ", " and ");
    }
}
