package org.secunity.recurrence.cadence;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * Reads a Japanese cadence phrase: see {@link Cadence} for the grammar.
 *
 * <p>A recursive-descent parser over the {@linkplain Texts#normalize normalized} text, which has
 * the input's indices, so every error names the index of the input where it went wrong. Words
 * come from {@linkplain Lexicon lexicons} that match the longest word (ヶ月間 before ヶ月, 毎月曜
 * before 毎月), and spaces may stand between any two words. Each grammar part is a function from
 * an index to the {@link Read value it read} and the index after it, or null when its words are
 * not there; the parser holds only the text, so an instance is immutable.
 */
final class JapaneseParser {

    private static final String WEEKDAY_CHARS = "月火水木金土日";
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    /** Numbers saturate here while they are read; the bounds of each number are far below it. */
    private static final long SATURATED = 1_000_000_000_000_000L;

    private static final Pattern ISO_DATE =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T(\\d{2}):(\\d{2})(:(\\d{2}))?(Z)?)?");
    private static final Pattern JA_DATE = Pattern.compile("(\\d{4})[年/](\\d{1,2})[月/](\\d{1,2})日?");

    /** The words a fixed phrase starts with. */
    private enum Start {
        DAILY, MORNINGS, EVENINGS, EVERY_OTHER_DAY, WORKING_DAYS, WEEKENDS, WEEKLY, EVERY_OTHER_WEEK,
        MONTHLY, EVERY_OTHER_MONTH, EVEN_MONTHS, ODD_MONTHS, MONTH_END, YEARLY, EVERY_OTHER_YEAR,
        QUARTERLY, HALF_YEARLY, ORDINAL, EVERY_NAMED_WEEKDAY, NONE
    }

    private static final Lexicon<Start> STARTS = Lexicon.of(Map.ofEntries(
            Map.entry("毎日", Start.DAILY), Map.entry("毎朝", Start.MORNINGS), Map.entry("毎晩", Start.EVENINGS),
            Map.entry("毎夜", Start.EVENINGS), Map.entry("隔日", Start.EVERY_OTHER_DAY),
            Map.entry("平日毎日", Start.WORKING_DAYS), Map.entry("毎平日", Start.WORKING_DAYS),
            Map.entry("毎週末", Start.WEEKENDS), Map.entry("週末", Start.WEEKENDS), Map.entry("毎週", Start.WEEKLY),
            Map.entry("隔週", Start.EVERY_OTHER_WEEK), Map.entry("毎月", Start.MONTHLY),
            Map.entry("隔月", Start.EVERY_OTHER_MONTH), Map.entry("偶数月", Start.EVEN_MONTHS),
            Map.entry("奇数月", Start.ODD_MONTHS), Map.entry("月末", Start.MONTH_END), Map.entry("毎年", Start.YEARLY),
            Map.entry("隔年", Start.EVERY_OTHER_YEAR), Map.entry("四半期", Start.QUARTERLY),
            Map.entry("半年", Start.HALF_YEARLY),
            // 第2水曜日, 最終金曜日 (of every month); 最終日 alone is no start, 最終日曜日 is one
            Map.entry("第", Start.ORDINAL), Map.entry("最終", Start.ORDINAL), Map.entry("最後", Start.ORDINAL),
            Map.entry("最終日", Start.NONE), Map.entry("最終日曜", Start.ORDINAL),
            // 毎月曜日, 毎日曜日: every Monday, every Sunday (longer than 毎月 and 毎日)
            Map.entry("毎月曜", Start.EVERY_NAMED_WEEKDAY), Map.entry("毎火曜", Start.EVERY_NAMED_WEEKDAY),
            Map.entry("毎水曜", Start.EVERY_NAMED_WEEKDAY), Map.entry("毎木曜", Start.EVERY_NAMED_WEEKDAY),
            Map.entry("毎金曜", Start.EVERY_NAMED_WEEKDAY), Map.entry("毎土曜", Start.EVERY_NAMED_WEEKDAY),
            Map.entry("毎日曜", Start.EVERY_NAMED_WEEKDAY)));

    /** The units after a number: 3日ごと, 2週間ごと, 3か月間ごと, 2年ごと. */
    private static final Lexicon<Phrase.Unit> UNITS = unitLexicon();

    /** Separators of list items: 第1・第3, 1日と15日, 月、水. */
    private static final Lexicon<String> SEPARATORS = Lexicon.words("および", "及び", "・", "、", ",", "と", "/", "&");

    /** The words of "every" after an interval: 3日ごと, 2週間毎, 2か月に1回. */
    private static final Lexicon<String> EVERY = Lexicon.words("ごと", "毎", "に1回", "に一回", "に1度", "に一度");

    /** The last day of the month: 末日, 最終日, 月末, 末. */
    private static final Lexicon<String> MONTH_END = Lexicon.words("末日", "最終日", "月末", "末");

    /** The last ordinal weekday: 最終, 最後, 最後の. */
    private static final Lexicon<String> LAST = Lexicon.words("最終", "最後の", "最後");

    private static final Lexicon<ChronoUnit> PERIODS =
            Lexicon.of(Map.of("年", ChronoUnit.YEARS, "月", ChronoUnit.MONTHS, "週", ChronoUnit.WEEKS));

    private static final Lexicon<String> ABOUT = Lexicon.words("程度", "ほど", "くらい", "ぐらい", "位", "前後");

    private static final Lexicon<String> TIME_WORDS = Lexicon.words("午前", "午後", "夕方", "朝", "昼", "晩", "夜");

    private static Lexicon<Phrase.Unit> unitLexicon() {
        Map<String, Phrase.Unit> units = new HashMap<>();
        units.put("日", Phrase.Unit.DAY);
        units.put("週間", Phrase.Unit.WEEK);
        units.put("週", Phrase.Unit.WEEK);
        for (String month : new String[] {"ヶ月", "か月", "カ月", "ヵ月", "ケ月", "箇月"}) {
            units.put(month, Phrase.Unit.MONTH);
            units.put(month + "間", Phrase.Unit.MONTH);
        }
        units.put("年", Phrase.Unit.YEAR);
        return Lexicon.of(units);
    }

    /** The text as given, which error indices refer to. */
    private final String input;
    /** The normalized text, with the same indices. */
    private final String text;

    private JapaneseParser(String input) {
        this.input = input;
        this.text = Texts.normalize(input);
    }

    /** Reads a Japanese phrase. */
    static Cadence parse(String input) {
        return new JapaneseParser(input).cadence();
    }

    /** A fixed phrase before its time and end: the frame, the days, and a time a word gave (毎晩). */
    private record Fixed(Phrase.Every every, Phrase.DayPart days, @Nullable LocalTime time) {
    }

    // --- the text

    private int skip(int at) {
        int i = at;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean startsWith(int at, String s) {
        return text.startsWith(s, skip(at));
    }

    /** Returns the index after the longest of some words after spaces at an index, or -1. */
    private int word(int at, String... words) {
        int i = skip(at);
        int end = -1;
        for (String w : words) {
            if (text.startsWith(w, i)) {
                end = Math.max(end, i + w.length());
            }
        }
        return end;
    }

    /** Returns the index after one of some optional words, or the index itself. */
    private int optional(int at, String... words) {
        int end = word(at, words);
        return end < 0 ? at : end;
    }

    private <V> @Nullable Read<V> token(int at, Lexicon<V> lexicon) {
        return lexicon.match(text, skip(at));
    }

    private boolean isWeekdayAt(int at) {
        int i = skip(at);
        return i < text.length() && WEEKDAY_CHARS.indexOf(text.charAt(i)) >= 0 && !text.startsWith("月末", i);
    }

    private boolean atEnd(int at) {
        return skip(at) >= text.length();
    }

    private SecunityParseException errorAt(int at, String message) {
        return PhraseParser.error(input, at, message);
    }

    /** Returns a parse error at the first non-space at or after an index. */
    private SecunityParseException error(int at, String message) {
        return errorAt(skip(at), message);
    }

    /** Returns what is at an index, for messages: up to six characters, or "the end". */
    private String found(int at) {
        int i = skip(at);
        if (i >= text.length()) {
            return "the end";
        }
        return "\"" + input.substring(i, Math.min(input.length(), i + 6)) + "\"";
    }

    /** Returns the input before an index, trimmed, for messages: at most its last 60 characters. */
    private String before(int at) {
        String before = input.substring(0, Math.min(at, input.length())).trim();
        return before.length() <= 60 ? before : "…" + before.substring(before.length() - 59);
    }

    /** Returns a number for a message: its value, or the input's digits when it is very large. */
    private String shown(Read<Long> number, int at) {
        return number.value() <= Integer.MAX_VALUE ? Long.toString(number.value()) : input.substring(skip(at), number.end());
    }

    // --- numbers

    private boolean peekNumber(int at) {
        int i = skip(at);
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= '0' && c <= '9') || KANJI_DIGITS.indexOf(c) >= 0 || c == '十' || c == '零';
    }

    /** Reads a number in ASCII digits (full-width ones are normalized) or kanji numerals; null if none. */
    private @Nullable Read<Long> number(int at) {
        int start = skip(at);
        int i = start;
        if (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            long v = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                v = Math.min(v * 10 + (text.charAt(i) - '0'), SATURATED);
                i++;
            }
            return new Read<>(v, i);
        }
        long total = 0;
        long digit = -1;
        boolean structured = false;
        long positional = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int d = c == '零' ? 0 : KANJI_DIGITS.indexOf(c);
            if (d >= 0) {
                positional = Math.min(positional * 10 + d, SATURATED);
                digit = digit < 0 ? d : Math.min(digit * 10 + d, SATURATED);
            } else if (c == '十' || c == '百') {
                structured = true;
                total = Math.min(total + (digit <= 0 ? 1 : digit) * (c == '十' ? 10 : 100), SATURATED);
                digit = -1;
            } else {
                break;
            }
            i++;
        }
        if (i == start) {
            return null;
        }
        return new Read<>(structured ? total + Math.max(digit, 0) : positional, i);
    }

    // --- the whole phrase

    private Cadence cadence() {
        if (atEnd(0)) {
            throw error(0, "expected a cadence such as 毎週月曜日, 毎月第3金曜日, 偶数月の第2水曜日 or 年2回程度");
        }
        Read<Cadence> approximate = approximate(0);
        if (approximate != null) {
            int end = trailer(approximate.end());
            if (!atEnd(end)) {
                throw error(end, "unexpected " + found(end) + " after " + before(end)
                        + "; nothing may follow an approximate cadence");
            }
            return approximate.value();
        }
        Read<Fixed> fixed = fixed(0);
        PhraseParser.Tail tail = PhraseParser.tail(fixed.end(), this::time, this::end);
        int pos = trailer(tail.next());
        if (!atEnd(pos)) {
            throw error(pos, "unexpected " + found(pos) + " after " + before(pos)
                    + "; expected a time of day such as 19:00 or 19時, an end such as 、全10回, or the end");
        }
        Phrase phrase = Phrase.of(fixed.value().every(), fixed.value().days(), tail.end());
        // 毎晩 19時半: the hour given wins over the word
        return PhraseParser.fixedCadence(input, phrase, tail.time() == null ? fixed.value().time() : tail.time());
    }

    /** Accepts the words people add at the end: に, 開催, 実施, 。 */
    private int trailer(int at) {
        return optional(optional(optional(at, "に"), "開催", "実施", "予定"), "。");
    }

    // --- approximate: 年2回程度, 月1回, 不定期, 定期的

    private @Nullable Read<Cadence> approximate(int at) {
        int end = word(at, "不定期");
        if (end >= 0) {
            return new Read<>(Cadence.irregular(), optional(end, "的に", "的", "に", "で"));
        }
        end = word(at, "随時");
        if (end >= 0) {
            return new Read<>(Cadence.irregular(), end);
        }
        end = word(at, "定期的", "定期");
        if (end >= 0) {
            return new Read<>(Cadence.regular(), optional(end, "に", "な"));
        }
        Read<ChronoUnit> period = token(optional(optional(at, "毎"), "1"), PERIODS);
        if (period == null) {
            return null;
        }
        int numberAt = skip(optional(optional(period.end(), "間"), "に"));
        Read<Long> times = number(numberAt);
        if (times == null) {
            return null;
        }
        end = word(times.end(), "回", "度");
        if (end < 0) {
            return null;
        }
        String problem = PhraseParser.timesProblem(times.value(), shown(times, numberAt));
        if (problem != null) {
            throw errorAt(numberAt, problem);
        }
        Read<String> about = token(end, ABOUT);
        int n = Math.toIntExact(times.value());
        return about == null
                ? new Read<>(Cadence.timesPer(n, period.value()), end)
                : new Read<>(Cadence.aboutTimesPer(n, period.value()), about.end());
    }

    // --- fixed: what comes before the time of day

    private Read<Fixed> fixed(int at) {
        Read<Start> start = token(at, STARTS);
        if (start != null && start.value() != Start.NONE) {
            int end = start.end();
            switch (start.value()) {
                case DAILY:
                    return frame(Phrase.Every.of(Phrase.Unit.DAY, 1), end);
                case MORNINGS:
                    return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.DAY, 1), Phrase.DayPart.ANY, Cadence.MORNING), end);
                case EVENINGS:
                    return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.DAY, 1), Phrase.DayPart.ANY, Cadence.EVENING), end);
                case EVERY_OTHER_DAY:
                    return frame(Phrase.Every.of(Phrase.Unit.DAY, 2), end);
                case WORKING_DAYS:
                    return weekly(1, Phrase.DayPart.weekdays(Phrase.WORKING_DAYS), end);
                case WEEKENDS:
                    return weekly(1, Phrase.DayPart.weekdays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)), end);
                case WEEKLY:
                    return weekTail(1, end);
                case EVERY_OTHER_WEEK:
                    return weekTail(2, end);
                case MONTHLY:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, 1), end);
                case EVERY_OTHER_MONTH:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, 2), end);
                case EVEN_MONTHS:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, 1).in(Phrase.Months.EVEN), end);
                case ODD_MONTHS:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, 1).in(Phrase.Months.ODD), end);
                case MONTH_END: {
                    Phrase.Every every = Phrase.Every.of(Phrase.Unit.MONTH, 1);
                    return withDays(every, monthDayList(at, every)); // 月末 is read again as the day
                }
                case YEARLY:
                    return year(1, end);
                case EVERY_OTHER_YEAR:
                    return year(2, end);
                case QUARTERLY:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, 3), every("四半期", end));
                case HALF_YEARLY:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, 6), every("半年", end));
                case ORDINAL: // 第2水曜日: of every month; the ordinal is read again
                    return withDays(Phrase.Every.of(Phrase.Unit.MONTH, 1), ordinalWeekdays(at));
                default: { // EVERY_NAMED_WEEKDAY: 毎 and the weekdays
                    Read<Set<DayOfWeek>> days = weekdayList(skip(at) + 1, "");
                    return weekly(1, Phrase.DayPart.weekdays(days.value()), days.end());
                }
            }
        }
        if (peekNumber(at)) {
            return numbered(at);
        }
        if (startsWith(at, "平日") || isWeekdayAt(at)) {
            Read<Set<DayOfWeek>> days = weekdayList(at, "");
            return weekly(1, Phrase.DayPart.weekdays(days.value()), days.end());
        }
        throw error(at, "expected a cadence such as 毎週月曜日, 毎月第3金曜日, 偶数月の第2水曜日 or 年2回程度, but found "
                + found(at));
    }

    private static Read<Fixed> frame(Phrase.Every every, int end) {
        return new Read<>(new Fixed(every, Phrase.DayPart.ANY, null), end);
    }

    private static Read<Fixed> withDays(Phrase.Every every, Read<Phrase.DayPart> days) {
        return new Read<>(new Fixed(every, days.value(), null), days.end());
    }

    private static Read<Fixed> weekly(int interval, Phrase.DayPart days, int end) {
        return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.WEEK, interval), days, null), end);
    }

    /** After a number at the start: 3日ごと, 2週間ごと, 3か月間ごと, 2年ごと, or months 7月, 1・7月. */
    private Read<Fixed> numbered(int at) {
        int numberAt = skip(at);
        Read<Long> n = Objects.requireNonNull(number(at));
        Read<Phrase.Unit> unit = token(n.end(), UNITS);
        if (unit != null) {
            String shown = shown(n, numberAt);
            String[] names = {"日", "週間", "か月", "年"};
            int end = every(shown + names[unit.value().ordinal()], unit.end());
            String problem = PhraseParser.intervalProblem(n.value(), shown);
            if (problem != null) {
                throw errorAt(numberAt, problem);
            }
            int interval = Math.toIntExact(n.value());
            switch (unit.value()) {
                case DAY:
                    return frame(Phrase.Every.of(Phrase.Unit.DAY, interval), end);
                case WEEK:
                    return weekTail(interval, end);
                case MONTH:
                    return month(Phrase.Every.of(Phrase.Unit.MONTH, interval), end);
                default:
                    return year(interval, end);
            }
        }
        Read<String> separator = token(n.end(), SEPARATORS);
        if (startsWith(n.end(), "月") || (separator != null && peekNumber(separator.end()) && peekMonthList(numberAt))) {
            return monthListThenDays(numberAt, 1);
        }
        throw error(n.end(), "expected 日ごと, 週間ごと, か月ごと, 年ごと or 月 after " + shown(n, numberAt)
                + ", but found " + found(n.end()));
    }

    /** Reads ごと or 毎 (and an optional に or の) after an interval; rejects the ambiguous おき. */
    private int every(String what, int at) {
        if (startsWith(at, "おき") || startsWith(at, "置き")) {
            throw error(at, "おき is ambiguous: " + what + "おき may mean every " + what + " or one more; write "
                    + what + "ごと");
        }
        Read<String> every = token(at, EVERY);
        if (every == null) {
            throw error(at, "expected ごと after " + what + ", but found " + found(at));
        }
        return optional(every.end(), "に", "の");
    }

    /** After 毎週, 隔週 or 2週間ごと: optional weekdays. */
    private Read<Fixed> weekTail(int interval, int at) {
        int pos = optional(at, "の");
        if (startsWith(pos, "平日") || isWeekdayAt(pos)) {
            Read<Set<DayOfWeek>> days = weekdayList(pos, "");
            return weekly(interval, Phrase.DayPart.weekdays(days.value()), days.end());
        }
        return weekly(interval, Phrase.DayPart.ANY, pos);
    }

    /** After 毎月, 隔月, 偶数月 or 3か月ごと: optional days. */
    private Read<Fixed> month(Phrase.Every every, int at) {
        String before = before(at);
        return withDays(every, dayPart(optional(at, "の", "に"), before, every));
    }

    /** After 毎年, 隔年 or 3年ごと: optional months, then days. */
    private Read<Fixed> year(int interval, int at) {
        int pos = optional(at, "の", "に");
        if (peekMonthList(pos)) {
            return monthListThenDays(pos, interval);
        }
        return frame(Phrase.Every.of(Phrase.Unit.YEAR, interval), pos);
    }

    /** Returns whether months follow: 7月, 1・7月, 1月と7月 (a number, and 月 after the last one). */
    private boolean peekMonthList(int at) {
        return monthListEnd(at) >= 0;
    }

    /**
     * Returns the index after the last 月 of the chain of numbers and separators at an index (the
     * months 1・7月 and 10月 of 1・7月と10月の), or -1 if no number of the chain has 月 after it. One
     * pass over the chain.
     */
    private int monthListEnd(int at) {
        int end = -1;
        int pos = at;
        while (true) {
            Read<Long> n = number(pos);
            if (n == null) {
                return end;
            }
            int afterMonth = word(n.end(), "月");
            if (afterMonth >= 0) {
                end = afterMonth;
            }
            pos = afterMonth >= 0 ? afterMonth : n.end();
            Read<String> separator = token(pos, SEPARATORS);
            if (separator == null) {
                return end;
            }
            pos = separator.end();
        }
    }

    /** Months (7月, 1月と7月, 1・7月), then a day part: 7月1日, 7月の第2土曜日, 7月の毎週土曜日. */
    private Read<Fixed> monthListThenDays(int at, int interval) {
        List<Integer> months = new ArrayList<>();
        int listEnd = monthListEnd(at);
        int pos = at;
        boolean lastHadMonth;
        while (true) {
            int monthAt = skip(pos);
            Read<Long> m = number(pos);
            if (m == null) {
                throw errorAt(monthAt, "expected a month such as 7月, but found " + found(monthAt));
            }
            if (m.value() < 1 || m.value() > 12) {
                throw errorAt(monthAt, "a month must be from 1 to 12, was " + shown(m, monthAt));
            }
            months.add(Math.toIntExact(m.value()));
            int afterMonth = word(m.end(), "月");
            lastHadMonth = afterMonth >= 0;
            pos = lastHadMonth ? afterMonth : m.end();
            Read<String> separator = token(pos, SEPARATORS);
            if (separator == null || pos >= listEnd) {
                break;
            }
            pos = separator.end();
        }
        if (!lastHadMonth) {
            throw error(pos, "expected 月 after the month " + months.get(months.size() - 1) + ", but found " + found(pos));
        }
        Phrase.Every every = Phrase.Every.years(interval, months);
        String before = before(pos);
        if (peekMonthDay(pos)) {
            return withDays(every, monthDayList(pos, every));
        }
        return withDays(every, dayPart(optional(pos, "の", "に"), before, every));
    }

    /**
     * The days of a monthly or yearly phrase: 第2水曜日, 最終金曜日, 第1・第3金曜日, 15日, 末日,
     * 1日と15日, 毎週土曜日; or nothing.
     */
    private Read<Phrase.DayPart> dayPart(int at, String before, Phrase.Every every) {
        int pos = skip(at);
        if (monthEnd(pos) == null && (text.startsWith("第", pos) || text.startsWith("最終", pos) || text.startsWith("最後", pos))) {
            return ordinalWeekdays(pos);
        }
        if (text.startsWith("毎週", pos)) {
            Read<Set<DayOfWeek>> days = weekdayList(pos + 2, "毎週");
            if (every.months() == Phrase.Months.ALL && every.unit() == Phrase.Unit.MONTH) {
                throw errorAt(pos, "every week of every month is every week; write 毎週"
                        + PhraseWriter.weekdaysJa(new ArrayList<>(new TreeSet<>(days.value()))) + " without " + before);
            }
            return new Read<>(Phrase.DayPart.weekdays(days.value()), days.end());
        }
        if (peekMonthDay(pos)) {
            return monthDayList(pos, every);
        }
        if (isWeekdayAt(pos) || text.startsWith("平日", pos)) {
            boolean heijitsu = text.startsWith("平日", pos);
            throw errorAt(pos, "expected 第1 to 第5 or 最終 before the weekday (such as " + before + "第1"
                    + (heijitsu ? "月" : text.charAt(pos)) + "曜日), or 毎週 for every week");
        }
        return new Read<>(Phrase.DayPart.ANY, at);
    }

    /** Reads the last day of the month at an index: 末日, 最終日 (but not 最終日曜日), 月末, 末. */
    private @Nullable Read<String> monthEnd(int at) {
        Read<String> end = token(at, MONTH_END);
        return end == null || (end.value().equals("最終日") && text.startsWith("曜", end.end())) ? null : end;
    }

    private boolean peekMonthDay(int at) {
        if (monthEnd(at) != null) {
            return true;
        }
        Read<Long> n = number(at);
        if (n == null) {
            return false;
        }
        if (startsWith(n.end(), "日") && !startsWith(n.end(), "日曜")) {
            return true;
        }
        Read<String> separator = token(n.end(), SEPARATORS);
        return separator != null && number(separator.end()) != null;
    }

    /** Days of the month: 15日, 1日と15日, 1・15日, 末日, 月末; each must occur in the phrase's months. */
    private Read<Phrase.DayPart> monthDayList(int at, Phrase.Every every) {
        List<Integer> days = new ArrayList<>();
        int pos = at;
        boolean lastHadDay;
        while (true) {
            int dayAt = skip(pos);
            Read<String> end = monthEnd(pos);
            if (end != null) {
                days.add(-1);
                lastHadDay = true;
                pos = end.end();
            } else {
                Read<Long> d = number(pos);
                if (d == null) {
                    throw errorAt(dayAt, "expected a day of the month such as 15日 or 末日, but found " + found(dayAt));
                }
                if (d.value() < 1 || d.value() > 31) {
                    throw errorAt(dayAt, "a day of the month must be from 1 to 31, was " + shown(d, dayAt));
                }
                int day = Math.toIntExact(d.value());
                String problem = PhraseParser.dayProblem(day + "日", day, every.monthList(),
                        every.monthList().stream().map(m -> m + "月").collect(Collectors.joining("・")));
                if (problem != null) {
                    throw errorAt(dayAt, problem); // issue 11: 2月30日 never occurs
                }
                days.add(day);
                int afterDay = word(d.end(), "日");
                lastHadDay = afterDay >= 0 && !text.startsWith("曜", afterDay);
                pos = afterDay >= 0 ? afterDay : d.end();
            }
            Read<String> separator = token(pos, SEPARATORS);
            if (separator == null || !peekMonthDay(separator.end())) {
                break;
            }
            pos = separator.end();
        }
        if (!lastHadDay) {
            throw error(pos, "expected 日 after the day of the month, but found " + found(pos));
        }
        return new Read<>(Phrase.DayPart.monthDays(days), pos);
    }

    /**
     * Ordinal weekdays: 第2水曜日, 第1・第3金曜日, 第2・4水曜日, 最終金曜日, 第1・最終月・木曜日, and
     * groups such as 第2水曜日と第4水曜日, so long as every ordinal goes with every weekday.
     */
    private Read<Phrase.DayPart> ordinalWeekdays(int at) {
        int start = skip(at);
        Set<String> pairs = new TreeSet<>();
        List<Integer> ordinals = new ArrayList<>();
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        int pos = at;
        while (true) {
            int groupStart = skip(pos);
            Read<List<Integer>> ords = ordinalList(pos);
            Read<Set<DayOfWeek>> days = weekdayList(ords.end(), input.substring(groupStart, ords.end()).trim());
            for (int o : ords.value()) {
                for (DayOfWeek d : days.value()) {
                    pairs.add(o + d.name());
                }
            }
            ordinals.addAll(ords.value());
            weekdays.addAll(days.value());
            pos = days.end();
            Read<String> separator = token(pos, SEPARATORS);
            if (separator == null || !startsOrdinal(separator.end())) {
                break;
            }
            pos = separator.end();
        }
        Phrase.DayPart part = Phrase.DayPart.ordinals(ordinals, weekdays);
        if (pairs.size() != part.ordinals().size() * part.weekdays().size()) {
            throw errorAt(start, "every ordinal must go with every weekday (such as 第1・第3月・金曜日);"
                    + " write other combinations as an RRULE such as FREQ=MONTHLY;BYDAY=1MO,3FR");
        }
        return new Read<>(part, pos);
    }

    private boolean startsOrdinal(int at) {
        return startsWith(at, "第") || startsWith(at, "最終") || startsWith(at, "最後");
    }

    /** Ordinals: 第2, 第1・第3, 第2・4, 最終, 最後の, 第1・最終. */
    private Read<List<Integer>> ordinalList(int at) {
        List<Integer> out = new ArrayList<>();
        int pos = at;
        while (true) {
            int ordinalAt = skip(pos);
            Read<String> last = token(pos, LAST);
            if (last != null) {
                out.add(-1);
                pos = last.end();
            } else {
                int afterDai = word(pos, "第");
                if (afterDai < 0 && out.isEmpty()) {
                    throw errorAt(ordinalAt, "expected 第 or 最終, but found " + found(ordinalAt));
                }
                int numberFrom = afterDai < 0 ? pos : afterDai;
                Read<Long> o = number(numberFrom);
                if (o == null) {
                    throw error(numberFrom, "expected a number such as 2 after 第, but found " + found(numberFrom));
                }
                if (o.value() < 1 || o.value() > 5) {
                    throw errorAt(ordinalAt, "an ordinal weekday must be 第1 to 第5 or 最終, was 第" + shown(o, numberFrom));
                }
                out.add(Math.toIntExact(o.value()));
                pos = o.end();
            }
            Read<String> separator = token(pos, SEPARATORS);
            if (separator == null || !(startsOrdinal(separator.end()) || peekNumber(separator.end()))) {
                return new Read<>(out, pos);
            }
            pos = separator.end();
        }
    }

    /** Weekdays: 月曜日, 月・水・金曜日, 月水金, 月曜と木曜, 平日, 土日. */
    private Read<Set<DayOfWeek>> weekdayList(int at, String after) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        int pos = at;
        while (true) {
            int dayAt = skip(pos);
            int afterWord = word(pos, "平日");
            if (afterWord >= 0) {
                out.addAll(Phrase.WORKING_DAYS);
            } else {
                if (!isWeekdayAt(dayAt)) {
                    throw errorAt(dayAt, "expected a weekday such as 月曜日" + (after.isEmpty() ? "" : " after " + after)
                            + ", but found " + found(dayAt));
                }
                out.add(DayOfWeek.of(WEEKDAY_CHARS.indexOf(text.charAt(dayAt)) + 1));
                afterWord = word(dayAt + 1, "曜日", "曜");
            }
            pos = afterWord >= 0 ? afterWord : dayAt + 1;
            Read<String> separator = token(pos, SEPARATORS);
            if (separator != null && (isWeekdayAt(separator.end()) || startsWith(separator.end(), "平日"))) {
                pos = separator.end();
                continue;
            }
            // juxtaposed: 月水金, 土日, and 月 水 after a bare weekday (but not 月曜 水曜)
            int next = afterWord >= 0 ? pos : skip(pos);
            if (next < text.length() && isWeekdayAt(next) && !Texts.isSpace(text.charAt(next))) {
                pos = next;
                continue;
            }
            return new Read<>(out, pos);
        }
    }

    // --- time of day: 19:00, 19時, 19時半, 午後7時, 晩, 夜7時

    private @Nullable Read<LocalTime> time(int at) {
        int pos = optional(at, "の", "、", ",", "@");
        int wordAt = skip(pos);
        Read<String> word = token(pos, TIME_WORDS);
        if (word == null && !peekNumber(pos)) {
            return null;
        }
        LocalTime t;
        int end;
        if (word != null && !peekNumber(word.end())) {
            switch (word.value()) {
                case "朝":
                    t = Cadence.MORNING;
                    end = word.end();
                    break;
                case "昼":
                    t = Cadence.NOON;
                    end = word.end();
                    break;
                case "夕方":
                    t = Cadence.LATE_AFTERNOON;
                    end = word.end();
                    break;
                case "晩":
                case "夜":
                    t = Cadence.EVENING;
                    end = optional(word.end(), "間");
                    break;
                default:
                    throw error(word.end(), "expected an hour such as 7時 after " + word.value() + ", but found "
                            + found(word.end()));
            }
        } else {
            int numberAt = skip(word == null ? pos : word.end());
            Read<Long> hour = Objects.requireNonNull(number(numberAt));
            long minute = 0;
            long second = 0;
            end = hour.end();
            int colon = word(end, ":");
            int ji = word(end, "時");
            if (colon >= 0) {
                Read<Long> m = number(colon);
                if (m == null) {
                    throw error(colon, "expected minutes after " + shown(hour, numberAt) + ":, but found " + found(colon));
                }
                minute = m.value();
                end = m.end();
                int colon2 = word(end, ":");
                if (colon2 >= 0) {
                    Read<Long> s = number(colon2);
                    if (s == null) {
                        throw error(colon2, "expected seconds, but found " + found(colon2));
                    }
                    second = s.value();
                    end = s.end();
                }
            } else if (ji >= 0) {
                end = ji;
                int han = word(end, "半");
                if (han >= 0) {
                    minute = 30;
                    end = han;
                } else if (peekNumber(end)) {
                    Read<Long> m = Objects.requireNonNull(number(end));
                    int fun = word(m.end(), "分");
                    if (fun >= 0) {
                        minute = m.value();
                        end = fun;
                    }
                }
            } else if (word == null) {
                return null; // a number that is not a time, such as the 10 of 10回: not ours
            } else {
                throw error(end, "expected 時 after " + word.value() + shown(hour, numberAt) + ", but found " + found(end));
            }
            long h = adjustHour(word == null ? null : word.value(), hour.value(), numberAt);
            if (h < 0 || h > 23) {
                throw errorAt(numberAt, "an hour must be from 0 to 23, was " + h);
            }
            if (minute > 59) {
                throw errorAt(numberAt, "minutes must be from 0 to 59, was " + minute);
            }
            if (second > 59) {
                throw errorAt(numberAt, "seconds must be from 0 to 59, was " + second);
            }
            t = LocalTime.of((int) h, (int) minute, (int) second);
        }
        int dash = skip(end);
        int afterDash = word(end, "~", "-");
        if (afterDash >= 0) {
            if (!atEnd(afterDash) && !startsWith(afterDash, "、") && !startsWith(afterDash, ",") && !startsWith(afterDash, "(")) {
                throw errorAt(dash, "a cadence keeps only the start time; write " + input.substring(wordAt, dash).trim()
                        + " without the end time");
            }
            end = afterDash;
        }
        return new Read<>(t, optional(end, "から", "開始", "スタート"));
    }

    private long adjustHour(@Nullable String word, long hour, int at) {
        if (word == null || word.equals("朝")) {
            return hour;
        }
        if (word.equals("午前") || word.equals("午後")) {
            if (hour > 12) {
                throw errorAt(at, "after " + word + " an hour must be from 0 to 12, was " + hour);
            }
            return hour % 12 + (word.equals("午後") ? 12 : 0);
        }
        if (word.equals("昼")) {
            return hour >= 1 && hour <= 6 ? hour + 12 : hour;
        }
        // 夕方, 晩, 夜: 7時 is 19:00
        if (hour >= 1 && hour <= 11) {
            return hour + 12;
        }
        return hour == 12 ? 0 : hour;
    }

    // --- end: 、全10回, 、2026-03-31まで

    private @Nullable Read<Phrase.End> end(int at) {
        int pos = word(at, "、", ",");
        boolean paren = false;
        if (pos < 0) {
            pos = word(at, "(");
            paren = pos >= 0;
            pos = paren ? pos : at;
        }
        Read<Phrase.End> end;
        int zen = word(pos, "全");
        if (zen >= 0) {
            end = count(zen);
        } else {
            Read<Temporal> date = date(pos);
            if (date != null) {
                int made = word(date.end(), "まで");
                if (made < 0) {
                    throw error(date.end(), "expected まで after the date, but found " + found(date.end()));
                }
                end = new Read<>(new Phrase.End(0, date.value()), made);
            } else if (peekNumber(pos) && countAhead(pos)) {
                end = count(pos);
            } else {
                return null;
            }
        }
        int after = end.end();
        if (paren) {
            int close = word(after, ")");
            if (close < 0) {
                throw error(after, "expected ) but found " + found(after));
            }
            after = close;
        }
        int comma = word(after, "、", ",");
        if (comma >= 0 && (startsWith(comma, "全") || date(comma) != null)) {
            throw errorAt(after, "a cadence ends either after a number of times or on a date, not both");
        }
        return new Read<>(end.value(), after);
    }

    private boolean countAhead(int at) {
        Read<Long> n = number(at);
        return n != null && startsWith(n.end(), "回");
    }

    private Read<Phrase.End> count(int at) {
        int numberAt = skip(at);
        Read<Long> n = number(at);
        int end = n == null ? -1 : word(n.end(), "回");
        if (n == null || end < 0) {
            int where = n == null ? at : n.end();
            throw error(where, "expected a number of times such as 全10回, but found " + found(where));
        }
        String problem = PhraseParser.countProblem(n.value(), shown(n, numberAt));
        if (problem != null) {
            throw errorAt(numberAt, problem);
        }
        return new Read<>(new Phrase.End(Math.toIntExact(n.value()), null), optional(end, "まで"));
    }

    /** Reads a date at an index: 2026-03-31, 2026-03-31T19:00, 2026年3月31日; null if none. */
    private @Nullable Read<Temporal> date(int at) {
        int i = skip(at);
        Matcher iso = ISO_DATE.matcher(text).region(i, text.length());
        Matcher ja = JA_DATE.matcher(text).region(i, text.length());
        try {
            if (iso.lookingAt()) {
                LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                Temporal u = d;
                if (iso.group(4) != null) {
                    int s = iso.group(8) == null ? 0 : Integer.parseInt(iso.group(8));
                    LocalDateTime dt = d.atTime(Integer.parseInt(iso.group(5)), Integer.parseInt(iso.group(6)), s);
                    u = iso.group(9) == null ? dt : dt.toInstant(ZoneOffset.UTC);
                }
                return new Read<>(u, iso.end());
            }
            if (ja.lookingAt()) {
                return new Read<>(LocalDate.of(Integer.parseInt(ja.group(1)), Integer.parseInt(ja.group(2)),
                        Integer.parseInt(ja.group(3))), ja.end());
            }
        } catch (DateTimeException e) {
            throw new SecunityParseException("not a valid date: " + e.getMessage(), input, i, null, e);
        }
        return null;
    }
}
