package org.secunity.recurrence.cadence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical Japanese and English text of a {@link Phrase}, of a time of day and of an
 * end; the parsers read back all of it. Stateless.
 */
final class PhraseWriter {

    static final String[] WEEKDAY_JA = {"月", "火", "水", "木", "金", "土", "日"};
    static final String[] WEEKDAY_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTH_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] ORDINAL_EN = {"first", "second", "third", "fourth", "fifth"};

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private PhraseWriter() {
    }

    // --- Japanese

    static String japanese(Phrase p) {
        return japaneseCore(p) + japaneseEnd(p.count(), p.until());
    }

    static String japaneseCore(Phrase p) {
        int n = p.interval();
        switch (p.unit()) {
            case DAY:
                return n == 1 ? "毎日" : n + "日ごと";
            case WEEK: {
                if (p.days() == Phrase.Days.WEEKDAYS && n == 1 && p.weekdays().equals(List.copyOf(Phrase.WORKING_DAYS))) {
                    return "平日毎日";
                }
                String prefix = n == 1 ? "毎週" : n == 2 ? "隔週" : n + "週間ごと";
                if (p.days() == Phrase.Days.ANY) {
                    return prefix;
                }
                return prefix + (n >= 3 ? "の" : "") + weekdaysJa(p.weekdays());
            }
            case MONTH: {
                String prefix;
                String join;
                if (p.months() == Phrase.Months.EVEN) {
                    prefix = "偶数月";
                    join = "の";
                } else if (p.months() == Phrase.Months.ODD) {
                    prefix = "奇数月";
                    join = "の";
                } else if (n <= 2) {
                    prefix = n == 1 ? "毎月" : "隔月";
                    join = "";
                } else {
                    prefix = n + "か月ごと";
                    join = "の";
                }
                return p.days() == Phrase.Days.ANY ? prefix : prefix + join + daysJa(p);
            }
            default: {
                String every = n == 1 ? "毎年" : n == 2 ? "隔年" : n + "年ごと";
                if (p.months() == Phrase.Months.ALL) {
                    return every;
                }
                String months = list(p.monthList().stream().map(m -> m + "月").collect(Collectors.toList()));
                String prefix = n == 1 ? "" : n == 2 ? "隔年" : n + "年ごとの";
                switch (p.days()) {
                    case ANY:
                        return (n == 1 ? "毎年" : prefix) + months;
                    case MONTH_DAYS:
                        return (n == 1 ? "毎年" : prefix) + months + (p.monthList().size() == 1 ? "" : "の") + daysJa(p);
                    default:
                        return prefix + months + "の" + daysJa(p);
                }
            }
        }
    }

    private static String daysJa(Phrase p) {
        switch (p.days()) {
            case WEEKDAYS:
                return "毎週" + weekdaysJa(p.weekdays());
            case ORDINALS:
                return p.ordinals().stream().map(o -> o == -1 ? "最終" : "第" + o).collect(Collectors.joining("・"))
                        + weekdaysJa(p.weekdays());
            case MONTH_DAYS:
                return list(p.monthDays().stream().map(d -> d == -1 ? "末日" : d + "日").collect(Collectors.toList()));
            default:
                return "";
        }
    }

    static String weekdaysJa(List<DayOfWeek> days) {
        return days.stream().map(d -> WEEKDAY_JA[d.ordinal()]).collect(Collectors.joining("・")) + "曜日";
    }

    /** Joins two items with と and more with ・: 1月と7月, 1日・10日・20日. */
    private static String list(List<String> items) {
        return items.size() == 2 ? items.get(0) + "と" + items.get(1) : String.join("・", items);
    }

    static String japaneseEnd(int count, @Nullable Temporal until) {
        if (count > 0) {
            return "、全" + count + "回";
        }
        return until == null ? "" : "、" + untilText(until) + "まで";
    }

    // --- English

    static String english(Phrase p) {
        return englishCore(p) + englishEnd(p.count(), p.until());
    }

    static String englishCore(Phrase p) {
        int n = p.interval();
        switch (p.unit()) {
            case DAY:
                return n == 1 ? "every day" : "every " + n + " days";
            case WEEK:
                if (p.days() == Phrase.Days.ANY) {
                    return n == 1 ? "every week" : "every " + n + " weeks";
                }
                if (n == 1) {
                    return p.weekdays().equals(List.copyOf(Phrase.WORKING_DAYS))
                            ? "every weekday"
                            : "every " + weekdaysEn(p.weekdays());
                }
                return "every " + n + " weeks on " + weekdaysEn(p.weekdays());
            case MONTH: {
                String months;
                if (p.months() == Phrase.Months.EVEN) {
                    if (p.days() == Phrase.Days.ANY) {
                        return "every even month";
                    }
                    months = "even months";
                } else if (p.months() == Phrase.Months.ODD) {
                    if (p.days() == Phrase.Days.ANY) {
                        return "every odd month";
                    }
                    months = "odd months";
                } else {
                    months = n == 1 ? "every month" : "every " + n + " months";
                    if (p.days() == Phrase.Days.ANY) {
                        return months;
                    }
                }
                return daysEn(p, months);
            }
            default: {
                String every = n == 1 ? "every year" : "every " + n + " years";
                if (p.months() == Phrase.Months.ALL) {
                    return every;
                }
                String months = Texts.join(p.monthList().stream().map(m -> MONTH_EN[m - 1]).collect(Collectors.toList()),
                        ", ", " and ");
                if (p.days() == Phrase.Days.ANY) {
                    return every + " in " + months;
                }
                return daysEn(p, months) + (n == 1 ? "" : " " + every);
            }
        }
    }

    private static String daysEn(Phrase p, String months) {
        switch (p.days()) {
            case WEEKDAYS:
                return "every " + weekdaysEn(p.weekdays()) + " in " + months;
            case ORDINALS: {
                List<String> ords = new ArrayList<>();
                p.ordinals().forEach(o -> ords.add(o == -1 ? "last" : ORDINAL_EN[o - 1]));
                return Texts.join(ords, ", ", " and ") + " " + weekdaysEn(p.weekdays()) + " of " + months;
            }
            default: {
                List<String> days = new ArrayList<>();
                p.monthDays().forEach(d -> days.add(d == -1 ? "last day" : Texts.ordinal(d)));
                return "the " + Texts.join(days, ", ", " and ") + " of " + months;
            }
        }
    }

    static String weekdaysEn(List<DayOfWeek> days) {
        return Texts.join(days.stream().map(d -> WEEKDAY_EN[d.ordinal()]).collect(Collectors.toList()), ", ", " and ");
    }

    static String englishEnd(int count, @Nullable Temporal until) {
        if (count > 0) {
            return ", " + count + (count == 1 ? " time" : " times");
        }
        return until == null ? "" : ", until " + untilText(until);
    }

    // --- shared

    /** Writes an UNTIL as ISO text: 2026-03-31, 2026-03-31T19:00:00, or 2026-03-31T10:00:00Z. */
    static String untilText(Temporal until) {
        if (until instanceof LocalDate) {
            return until.toString();
        }
        if (until instanceof LocalDateTime) {
            return LOCAL_DATE_TIME.format(until);
        }
        return LOCAL_DATE_TIME.format(LocalDateTime.ofInstant((Instant) until, ZoneOffset.UTC)) + "Z";
    }

    /** Writes a time of day as 19:00, or 19:00:30 when it has seconds. */
    static String time(LocalTime time) {
        String hm = String.format("%02d:%02d", time.getHour(), time.getMinute());
        return time.getSecond() == 0 ? hm : hm + String.format(":%02d", time.getSecond());
    }
}
