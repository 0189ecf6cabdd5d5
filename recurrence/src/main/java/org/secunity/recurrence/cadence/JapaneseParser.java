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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * Reads a Japanese cadence phrase: see {@link Cadence} for the grammar. A recursive-descent
 * parser over the {@linkplain Texts#normalize normalized} text, which has the input's indices,
 * so every error names the index of the input where it went wrong. One instance per parse.
 */
final class JapaneseParser extends PhraseParser {

    private static final String WEEKDAY_CHARS = "月火水木金土日";
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    private static final String[] SEPARATORS = {"および", "及び", "・", "、", ",", "と", "/", "&"};
    private static final String[] MONTH_UNITS = {"ヶ月", "か月", "カ月", "ヵ月", "ケ月", "箇月", "ヶ月間", "か月間"};
    private static final Pattern ISO_DATE =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T(\\d{2}):(\\d{2})(:(\\d{2}))?(Z)?)?");
    private static final Pattern JA_DATE = Pattern.compile("(\\d{4})[年/](\\d{1,2})[月/](\\d{1,2})日?");

    private final String text;
    private int pos;

    /** The time of day a word gives (毎晩: 19:00), unless a time read after it replaces it. */
    private @Nullable LocalTime time;

    JapaneseParser(String input) {
        super(input);
        this.text = Texts.normalize(input);
    }

    // --- cursor

    private void skipSpaces() {
        while (pos < text.length() && Texts.isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(String s) {
        skipSpaces();
        return text.startsWith(s, pos);
    }

    private boolean accept(String s) {
        if (peek(s)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private @Nullable String acceptAny(String... options) {
        for (String s : options) {
            if (accept(s)) {
                return s;
            }
        }
        return null;
    }

    private boolean atEnd() {
        skipSpaces();
        return pos >= text.length();
    }

    private char current() {
        skipSpaces();
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private SecunityParseException error(String message) {
        skipSpaces();
        return errorAt(pos, message);
    }

    /** Returns what is at the cursor, for messages: up to six characters, or "the end". */
    private String found() {
        skipSpaces();
        if (pos >= text.length()) {
            return "the end";
        }
        return "\"" + input.substring(pos, Math.min(input.length(), pos + 6)) + "\"";
    }

    /** Reads a number in ASCII digits (full-width ones are normalized) or kanji numerals; null if none. */
    private @Nullable Integer number() {
        skipSpaces();
        int start = pos;
        if (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            long v = 0;
            while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                v = Math.min(v * 10 + (text.charAt(pos) - '0'), 1_000_000_000L);
                pos++;
            }
            return (int) v;
        }
        int total = 0;
        int digit = -1;
        boolean structured = false;
        int positional = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int d = KANJI_DIGITS.indexOf(c);
            if (c == '零') {
                d = 0;
            }
            if (d >= 0) {
                positional = Math.min(positional * 10 + d, 1_000_000_000);
                digit = digit < 0 ? d : digit * 10 + d;
            } else if (c == '十' || c == '百') {
                structured = true;
                int unitValue = c == '十' ? 10 : 100;
                total += (digit <= 0 ? 1 : digit) * unitValue;
                digit = -1;
            } else {
                break;
            }
            pos++;
        }
        if (pos == start) {
            return null;
        }
        return structured ? total + Math.max(digit, 0) : positional;
    }

    private boolean peekNumber() {
        skipSpaces();
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        return (c >= '0' && c <= '9') || KANJI_DIGITS.indexOf(c) >= 0 || c == '十' || c == '零';
    }

    private boolean acceptSeparator() {
        return acceptAny(SEPARATORS) != null;
    }

    // --- the whole phrase

    Cadence parse() {
        if (atEnd()) {
            throw error("expected a cadence such as 毎週月曜日, 毎月第3金曜日, 偶数月の第2水曜日 or 年2回程度");
        }
        Cadence approximate = approximate();
        if (approximate != null) {
            trailer();
            if (!atEnd()) {
                throw error("unexpected " + found() + " after " + input.substring(0, pos).trim()
                        + "; nothing may follow an approximate cadence");
            }
            return approximate;
        }
        fixed();
        LocalTime read = time();
        end();
        if (read == null) {
            read = time();
        }
        if (read != null) {
            time = read; // 毎晩 19時半: the hour given wins over the word
        }
        trailer();
        if (!atEnd()) {
            throw error("unexpected " + found() + " after " + input.substring(0, pos).trim()
                    + "; expected a time of day such as 19:00 or 19時, an end such as 、全10回, or the end");
        }
        return fixedCadence(time);
    }

    /** Accepts the words people add at the end: に, 開催, 実施, 。 */
    private void trailer() {
        accept("に");
        acceptAny("開催", "実施", "予定");
        accept("。");
    }

    // --- approximate: 年2回程度, 月1回, 不定期, 定期的

    private @Nullable Cadence approximate() {
        int start = pos;
        if (accept("不定期")) {
            acceptAny("的に", "的", "に", "で");
            return Cadence.irregular();
        }
        if (accept("随時")) {
            return Cadence.irregular();
        }
        if (accept("定期的") || accept("定期")) {
            acceptAny("に", "な");
            return Cadence.regular();
        }
        accept("毎");
        accept("1");
        ChronoUnit period;
        if (accept("年")) {
            period = ChronoUnit.YEARS;
        } else if (accept("月")) {
            period = ChronoUnit.MONTHS;
        } else if (accept("週")) {
            period = ChronoUnit.WEEKS;
        } else {
            pos = start;
            return null;
        }
        accept("間");
        accept("に");
        skipSpaces();
        int numberAt = pos;
        Integer times = number();
        if (times == null || acceptAny("回", "度") == null) {
            pos = start;
            return null;
        }
        if (times < 1) {
            throw errorAt(numberAt, "a number of times must be at least 1, was " + times);
        }
        boolean about = acceptAny("程度", "ほど", "くらい", "ぐらい", "位", "前後") != null;
        return about ? Cadence.aboutTimesPer(times, period) : Cadence.timesPer(times, period);
    }

    // --- fixed: what comes before the time of day

    private void fixed() {
        if (accept("毎日")) {
            unit = Phrase.Unit.DAY;
        } else if (accept("毎朝")) {
            unit = Phrase.Unit.DAY;
            time = Cadence.MORNING;
        } else if (accept("毎晩") || accept("毎夜")) {
            unit = Phrase.Unit.DAY;
            time = Cadence.EVENING;
        } else if (accept("隔日")) {
            unit = Phrase.Unit.DAY;
            interval = 2;
        } else if (accept("平日毎日") || accept("毎平日")) {
            week(1);
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(Phrase.WORKING_DAYS);
        } else if (accept("毎週末") || accept("週末")) {
            week(1);
            days = Phrase.Days.WEEKDAYS;
            weekdays.add(DayOfWeek.SATURDAY);
            weekdays.add(DayOfWeek.SUNDAY);
        } else if (accept("毎週")) {
            week(1);
            weekTail();
        } else if (accept("隔週")) {
            week(2);
            weekTail();
        } else if (accept("毎月")) {
            month(1);
        } else if (accept("隔月")) {
            month(2);
        } else if (accept("偶数月")) {
            months = Phrase.Months.EVEN;
            month(1);
        } else if (accept("奇数月")) {
            months = Phrase.Months.ODD;
            month(1);
        } else if (peek("月末")) {
            unit = Phrase.Unit.MONTH;
            monthDayList();
        } else if (accept("毎年")) {
            year(1);
        } else if (accept("隔年")) {
            year(2);
        } else if (accept("四半期")) {
            every("四半期");
            month(3);
        } else if (accept("半年")) {
            every("半年");
            month(6);
        } else if (peek("第") || (peek("最終") && !peek("最終日")) || peek("最後")) {
            unit = Phrase.Unit.MONTH; // 第2水曜日: of every month
            ordinalWeekdays();
        } else if (peekNumber()) {
            numbered();
        } else if (peek("平日") || WEEKDAY_CHARS.indexOf(current()) >= 0) {
            week(1);
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList(""));
        } else {
            throw error("expected a cadence such as 毎週月曜日, 毎月第3金曜日, 偶数月の第2水曜日 or 年2回程度, but found "
                    + found());
        }
    }

    /** After a number at the start: 3日ごと, 2週間ごと, 3か月ごと, 2年ごと, or months 7月, 1・7月. */
    private void numbered() {
        skipSpaces();
        int numberAt = pos;
        int n = java.util.Objects.requireNonNull(number());
        if (accept("日")) {
            every(n + "日");
            checkInterval(n, numberAt);
            unit = Phrase.Unit.DAY;
            interval = n;
        } else if (accept("週間") || accept("週")) {
            every(n + "週間");
            checkInterval(n, numberAt);
            week(n);
            weekTail();
        } else if (acceptAny(MONTH_UNITS) != null) {
            every(n + "か月");
            checkInterval(n, numberAt);
            month(n);
        } else if (peek("年") && !peek("年に")) {
            accept("年");
            every(n + "年");
            checkInterval(n, numberAt);
            year(n);
        } else if (peek("月") || (peekSeparatorThenNumber() && peekMonthListAt(numberAt))) {
            pos = numberAt;
            unit = Phrase.Unit.YEAR;
            monthListThenDays();
        } else {
            throw error("expected 日ごと, 週間ごと, か月ごと, 年ごと or 月 after " + n + ", but found " + found());
        }
    }

    private boolean peekMonthListAt(int at) {
        int mark = pos;
        pos = at;
        boolean yes = peekMonthList();
        pos = mark;
        return yes;
    }

    private boolean peekSeparatorThenNumber() {
        int mark = pos;
        boolean yes = acceptSeparator() && peekNumber();
        pos = mark;
        return yes;
    }

    private void checkInterval(int n, int at) {
        if (n < 1) {
            throw errorAt(at, "an interval must be at least 1, was " + n);
        }
    }

    /** Reads ごと or 毎 (and an optional に or の) after an interval; rejects the ambiguous おき. */
    private void every(String what) {
        if (peek("おき") || peek("置き")) {
            throw error("おき is ambiguous: " + what + "おき may mean every " + what + " or one more; write "
                    + what + "ごと");
        }
        if (acceptAny("ごと", "毎") == null) {
            throw error("expected ごと after " + what + ", but found " + found());
        }
        acceptAny("に", "の");
    }

    private void week(int n) {
        unit = Phrase.Unit.WEEK;
        interval = n;
    }

    /** After 毎週, 隔週 or 2週間ごと: optional weekdays. */
    private void weekTail() {
        accept("の");
        if (peek("平日") || (WEEKDAY_CHARS.indexOf(current()) >= 0 && !peek("月末"))) {
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList(""));
        }
    }

    private void month(int n) {
        unit = Phrase.Unit.MONTH;
        interval = n;
        String before = input.substring(0, pos).trim();
        acceptAny("の", "に");
        dayPart(before);
    }

    /** After 毎年, 隔年 or 3年ごと: optional months, then days. */
    private void year(int n) {
        unit = Phrase.Unit.YEAR;
        interval = n;
        acceptAny("の", "に");
        if (peekMonthList()) {
            monthListThenDays();
        }
    }

    /** Returns whether months follow: 7月, 1・7月, 1月と7月 (a number, and 月 after the last one). */
    private boolean peekMonthList() {
        int mark = pos;
        try {
            while (number() != null) {
                if (peek("月")) {
                    return true;
                }
                if (!acceptSeparator()) {
                    return false;
                }
            }
            return false;
        } finally {
            pos = mark;
        }
    }

    /** Months (7月, 1月と7月, 1・7月), then a day part: 7月1日, 7月の第2土曜日, 7月の毎週土曜日. */
    private void monthListThenDays() {
        months = Phrase.Months.LIST;
        boolean lastHadMonth;
        while (true) {
            skipSpaces();
            int at = pos;
            Integer m = number();
            if (m == null) {
                throw error("expected a month such as 7月, but found " + found());
            }
            if (m < 1 || m > 12) {
                throw errorAt(at, "a month must be from 1 to 12, was " + m);
            }
            monthList.add(m);
            lastHadMonth = accept("月");
            int mark = pos;
            if (!acceptSeparator() || !peekMonthList()) {
                pos = mark;
                break;
            }
        }
        if (!lastHadMonth) {
            throw error("expected 月 after the month " + monthList.get(monthList.size() - 1) + ", but found " + found());
        }
        monthList.sort(null);
        List<Integer> unique = new ArrayList<>(new TreeSet<>(monthList));
        monthList.clear();
        monthList.addAll(unique);
        String before = input.substring(0, pos).trim();
        if (peekMonthDay()) {
            monthDayList();
            return;
        }
        acceptAny("の", "に");
        dayPart(before);
    }

    /**
     * The days of a monthly or yearly phrase: 第2水曜日, 最終金曜日, 第1・第3金曜日, 15日, 末日,
     * 1日と15日, 毎週土曜日; or nothing.
     */
    private void dayPart(String before) {
        if (peek("第") || peek("最終") || peek("最後")) {
            ordinalWeekdays();
            return;
        }
        if (peek("毎週")) {
            int at = pos;
            accept("毎週");
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList("毎週"));
            if (months == Phrase.Months.ALL && unit == Phrase.Unit.MONTH) {
                throw errorAt(at, "every week of every month is every week; write 毎週"
                        + PhraseWriter.weekdaysJa(new ArrayList<>(weekdays)) + " without " + before);
            }
            return;
        }
        if (peekMonthDay()) {
            monthDayList();
            return;
        }
        if (WEEKDAY_CHARS.indexOf(current()) >= 0 || peek("平日")) {
            throw error("expected 第1 to 第5 or 最終 before the weekday (such as " + before + "第1"
                    + (peek("平日") ? "月曜日" : current() + "曜日") + "), or 毎週 for every week");
        }
    }

    private boolean peekMonthDay() {
        if (peek("末日") || peek("末") || peek("月末") || peek("最終日")) {
            return true;
        }
        int mark = pos;
        try {
            if (number() == null) {
                return false;
            }
            return peek("日") && !peek("日曜") || (acceptSeparator() && number() != null);
        } finally {
            pos = mark;
        }
    }

    /** Days of the month: 15日, 1日と15日, 1・15日, 末日, 月末. */
    private void monthDayList() {
        days = Phrase.Days.MONTH_DAYS;
        boolean lastHadDay;
        while (true) {
            skipSpaces();
            int at = pos;
            if (acceptAny("末日", "最終日", "月末", "末") != null) {
                monthDays.add(-1);
                lastHadDay = true;
            } else {
                Integer d = number();
                if (d == null) {
                    throw error("expected a day of the month such as 15日 or 末日, but found " + found());
                }
                if (d < 1 || d > 31) {
                    throw errorAt(at, "a day of the month must be from 1 to 31, was " + d);
                }
                monthDays.add(d);
                lastHadDay = accept("日") && !text.startsWith("曜", pos);
            }
            int mark = pos;
            if (!acceptSeparator() || !peekMonthDay()) {
                pos = mark;
                break;
            }
        }
        if (!lastHadDay) {
            throw error("expected 日 after the day of the month, but found " + found());
        }
    }

    /**
     * Ordinal weekdays: 第2水曜日, 第1・第3金曜日, 第2・4水曜日, 最終金曜日, 第1・最終月・木曜日, and
     * groups such as 第2水曜日と第4水曜日, so long as every ordinal goes with every weekday.
     */
    private void ordinalWeekdays() {
        skipSpaces();
        int start = pos;
        days = Phrase.Days.ORDINALS;
        Set<String> pairs = new TreeSet<>();
        while (true) {
            skipSpaces();
            int groupStart = pos;
            List<Integer> ords = ordinalList();
            Set<DayOfWeek> ds = weekdayList(input.substring(groupStart, pos).trim());
            for (int o : ords) {
                for (DayOfWeek d : ds) {
                    pairs.add(o + d.name());
                }
            }
            ordinals.addAll(ords);
            weekdays.addAll(ds);
            int mark = pos;
            if (acceptSeparator() && (peek("第") || peek("最終") || peek("最後"))) {
                continue;
            }
            pos = mark;
            break;
        }
        if (pairs.size() != ordinals.size() * weekdays.size()) {
            throw errorAt(start, "every ordinal must go with every weekday (such as 第1・第3月・金曜日);"
                    + " write other combinations as an RRULE such as FREQ=MONTHLY;BYDAY=1MO,3FR");
        }
    }

    /** Ordinals: 第2, 第1・第3, 第2・4, 最終, 最後の, 第1・最終. */
    private List<Integer> ordinalList() {
        List<Integer> out = new ArrayList<>();
        boolean first = true;
        while (true) {
            skipSpaces();
            int at = pos;
            if (acceptAny("最終", "最後の", "最後") != null) {
                out.add(-1);
            } else {
                boolean dai = accept("第");
                if (!dai && first) {
                    throw error("expected 第 or 最終, but found " + found());
                }
                Integer o = number();
                if (o == null) {
                    throw error("expected a number such as 2 after 第, but found " + found());
                }
                if (o < 1 || o > 5) {
                    throw errorAt(at, "an ordinal weekday must be 第1 to 第5 or 最終, was 第" + o);
                }
                out.add(o);
            }
            first = false;
            int mark = pos;
            if (!acceptSeparator() || !(peek("第") || peek("最終") || peek("最後") || peekNumber())) {
                pos = mark;
                break;
            }
        }
        return out;
    }

    /** Weekdays: 月曜日, 月・水・金曜日, 月水金, 月曜と木曜, 平日, 土日. */
    private Set<DayOfWeek> weekdayList(String after) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        while (true) {
            skipSpaces();
            if (accept("平日")) {
                out.addAll(Phrase.WORKING_DAYS);
            } else {
                int index = WEEKDAY_CHARS.indexOf(current());
                if (index < 0 || peek("月末")) {
                    throw error("expected a weekday such as 月曜日" + (after.isEmpty() ? "" : " after " + after)
                            + ", but found " + found());
                }
                pos++;
                out.add(DayOfWeek.of(index + 1));
                acceptAny("曜日", "曜");
            }
            int mark = pos;
            if (acceptSeparator() && (WEEKDAY_CHARS.indexOf(current()) >= 0 || peek("平日")) && !peek("月末")) {
                continue;
            }
            pos = mark;
            // juxtaposed: 月水金, 土日
            if (pos < text.length() && WEEKDAY_CHARS.indexOf(text.charAt(pos)) >= 0 && !text.startsWith("月末", pos)) {
                continue;
            }
            return out;
        }
    }

    // --- time of day: 19:00, 19時, 19時半, 午後7時, 晩, 夜7時

    private @Nullable LocalTime time() {
        int start = pos;
        acceptAny("の", "、", ",", "@");
        skipSpaces();
        int at = pos;
        LocalTime t;
        String word = acceptAny("午前", "午後", "夕方", "朝", "昼", "晩", "夜");
        if (word == null && !peekNumber()) {
            pos = start;
            return null;
        }
        if (word != null && !peekNumber()) {
            switch (word) {
                case "朝":
                    t = Cadence.MORNING;
                    break;
                case "昼":
                    t = Cadence.NOON;
                    break;
                case "夕方":
                    t = Cadence.LATE_AFTERNOON;
                    break;
                case "晩":
                case "夜":
                    accept("間");
                    t = Cadence.EVENING;
                    break;
                default:
                    throw error("expected an hour such as 7時 after " + word + ", but found " + found());
            }
        } else {
            int numberAt = pos;
            int hour = java.util.Objects.requireNonNull(number());
            int minute = 0;
            int second = 0;
            if (accept(":")) {
                Integer m = number();
                if (m == null) {
                    throw error("expected minutes after " + hour + ":, but found " + found());
                }
                minute = m;
                if (accept(":")) {
                    Integer s = number();
                    if (s == null) {
                        throw error("expected seconds, but found " + found());
                    }
                    second = s;
                }
            } else if (accept("時")) {
                if (accept("半")) {
                    minute = 30;
                } else if (peekNumber()) {
                    int mark = pos;
                    int m = java.util.Objects.requireNonNull(number());
                    if (accept("分")) {
                        minute = m;
                    } else {
                        pos = mark;
                    }
                }
            } else if (word == null) {
                // a number that is not a time, such as the 10 of 10回: not ours
                pos = start;
                return null;
            } else {
                throw error("expected 時 after " + word + hour + ", but found " + found());
            }
            hour = adjustHour(word, hour, numberAt);
            if (hour < 0 || hour > 23) {
                throw errorAt(numberAt, "an hour must be from 0 to 23, was " + hour);
            }
            if (minute > 59) {
                throw errorAt(numberAt, "minutes must be from 0 to 59, was " + minute);
            }
            if (second > 59) {
                throw errorAt(numberAt, "seconds must be from 0 to 59, was " + second);
            }
            t = LocalTime.of(hour, minute, second);
        }
        skipSpaces();
        int dash = pos;
        if (accept("~") || accept("-")) {
            if (!atEnd() && !peek("、") && !peek(",") && !peek("(")) {
                throw errorAt(dash, "a cadence keeps only the start time; write " + input.substring(at, dash).trim()
                        + " without the end time");
            }
        }
        acceptAny("から", "開始", "スタート");
        return t;
    }

    private int adjustHour(@Nullable String word, int hour, int at) {
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

    private void end() {
        int start = pos;
        boolean paren = false;
        if (acceptAny("、", ",") == null) {
            paren = accept("(");
        }
        skipSpaces();
        if (accept("全")) {
            count(start);
        } else if (date() != null) {
            if (!accept("まで")) {
                throw error("expected まで after the date, but found " + found());
            }
        } else if (peekNumber() && countAhead()) {
            count(start);
        } else {
            pos = start;
            return;
        }
        if (paren && !accept(")")) {
            throw error("expected ) but found " + found());
        }
        int mark = pos;
        if (acceptAny("、", ",") != null && (peek("全") || date() != null)) {
            throw errorAt(mark, "a cadence ends either after a number of times or on a date, not both");
        }
        pos = mark;
    }

    private boolean countAhead() {
        int mark = pos;
        number();
        boolean yes = peek("回");
        pos = mark;
        return yes;
    }

    private void count(int start) {
        skipSpaces();
        int at = pos;
        Integer n = number();
        if (n == null || !accept("回")) {
            throw error("expected a number of times such as 全10回, but found " + found());
        }
        if (n < 1) {
            throw errorAt(at, "a number of times must be at least 1, was " + n);
        }
        accept("まで");
        count = n;
    }

    /** Reads a date at the cursor into {@link #until}; returns null (cursor unchanged) if none. */
    private @Nullable Temporal date() {
        skipSpaces();
        int at = pos;
        Matcher iso = ISO_DATE.matcher(text).region(pos, text.length());
        Matcher ja = JA_DATE.matcher(text).region(pos, text.length());
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
                pos = iso.end();
                until = u;
                return u;
            }
            if (ja.lookingAt()) {
                LocalDate d = LocalDate.of(Integer.parseInt(ja.group(1)), Integer.parseInt(ja.group(2)),
                        Integer.parseInt(ja.group(3)));
                pos = ja.end();
                until = d;
                return d;
            }
        } catch (DateTimeException e) {
            throw new SecunityParseException("not a valid date: " + e.getMessage(), input, at, null, e);
        }
        return null;
    }
}
