package org.secunity.recurrence;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * Reads {@code RRULE} text, strictly or leniently (RFC 5545 §3.3.10 grammar).
 *
 * <p>In strict mode the first problem throws a {@link SecunityParseException} with the part and
 * index; in lenient mode it is dropped and recorded as a {@link ParseWarning}.
 */
final class RuleParser {

    private static final String PREFIX = "RRULE:";

    private final String text;
    private final CharSequence input;
    private final boolean lenient;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Map<String, Integer> partIndex = new HashMap<>();
    private final RecurrenceRuleBuilder builder = new RecurrenceRuleBuilder(Frequency.DAILY);
    /** The index and length of each RFC 7529 leap month ({@code 5L}) read in BYMONTH. */
    private final List<int[]> leapMonths = new ArrayList<>();
    /** The DTSTART the rule is read for, or null when the rule is read alone. */
    private final @Nullable Temporal start;

    private RuleParser(CharSequence input, boolean lenient, @Nullable Temporal start) {
        this.input = input;
        this.text = input.toString();
        this.lenient = lenient;
        this.start = start;
    }

    static LenientParseResult parse(CharSequence input, boolean lenient) {
        return new RuleParser(input, lenient, null).parse();
    }

    /** Parses a rule for a DTSTART, also checking the rules that tie it to the start's value type. */
    static LenientParseResult parse(CharSequence input, boolean lenient, Temporal start) {
        return new RuleParser(input, lenient, start).parse();
    }

    private LenientParseResult parse() {
        int pos = 0;
        if (text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            pos = PREFIX.length();
        }
        if (pos >= text.length()) {
            throw new SecunityParseException("empty rule, FREQ is required", input, pos, "FREQ");
        }
        while (pos <= text.length()) {
            int end = text.indexOf(';', pos);
            if (end < 0) {
                end = text.length();
            }
            readPart(pos, end);
            pos = end + 1;
        }
        if (!partIndex.containsKey("FREQ")) {
            throw new SecunityParseException("FREQ is required", input, 0, "FREQ");
        }
        checkLeapMonths();
        RuleValidator.Validation v = RuleValidator.validate(builder.parts());
        for (RuleValidator.Problem p : v.problems()) {
            problem(p.part(), partIndex.getOrDefault(p.part(), 0), p.message());
        }
        RuleParts parts = v.parts();
        if (start != null) {
            parts = checkStart(parts, start);
        }
        return LenientParseResult.of(new RecurrenceRule(parts), warnings);
    }

    /**
     * Applies the rules that tie the rule to its start: a broken MUST is refused (strict) or
     * repaired with a warning (lenient); what RFC 5545 says to ignore is kept and ignored (strict)
     * or dropped with a warning (lenient); a rule that cannot be expanded from the start is refused
     * in both modes.
     */
    private RuleParts checkStart(RuleParts parts, Temporal dtstart) {
        RuleForStart.Check check = RuleForStart.check(parts, dtstart);
        List<RuleForStart.Finding> findings = new ArrayList<>(check.findings());
        findings.sort(java.util.Comparator.comparingInt(f -> partIndex.getOrDefault(f.part(), 0)));
        for (RuleForStart.Finding f : findings) {
            int at = partIndex.getOrDefault(f.part(), 0);
            if (f.severity() == RuleForStart.Severity.FATAL || !lenient && f.severity() == RuleForStart.Severity.MUST) {
                throw new SecunityParseException(f.message(), input, at, f.part());
            }
            if (lenient) {
                warnings.add(ParseWarning.of(f.part(), at,
                        (f.severity() == RuleForStart.Severity.MUST ? "repaired: " : "ignored: ") + f.message()));
            }
        }
        return lenient ? check.parts() : parts;
    }

    private void readPart(int start, int end) {
        if (start == end) {
            problem("rule", start, "empty rule part");
            return;
        }
        int eq = text.indexOf('=', start);
        if (eq < 0 || eq > end) {
            problem(text.substring(start, end), start, "expected NAME=VALUE");
            return;
        }
        String name = text.substring(start, eq).toUpperCase(Locale.ROOT);
        int valueStart = eq + 1;
        String value = text.substring(valueStart, end);
        if (!isKnown(name)) {
            problem(name, start, "unknown rule part \"" + text.substring(start, eq) + "\"");
            return;
        }
        if (partIndex.containsKey(name)) {
            problem(name, start, "duplicate rule part");
            return;
        }
        if (value.isEmpty()) {
            problem(name, valueStart, "empty value");
            return;
        }
        if (name.equals("FREQ")) {
            readFrequency(value, valueStart);
        } else {
            partIndex.put(name, start);
            readValue(name, value, valueStart);
        }
    }

    private void readFrequency(String value, int at) {
        for (Frequency f : Frequency.values()) {
            if (f.name().equalsIgnoreCase(value)) {
                builder.frequency(f);
                partIndex.put("FREQ", at - "FREQ=".length());
                return;
            }
        }
        throw new SecunityParseException("unknown frequency \"" + value + "\", expected one of"
                + " SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY", input, at, "FREQ");
    }

    /** Reads the value of a part other than FREQ into the builder, reporting what is wrong. */
    private void readValue(String name, String value, int at) {
        switch (name) {
            case "INTERVAL":
                readPositive(name, value, at).ifPresent(builder::interval);
                break;
            case "COUNT":
                readPositive(name, value, at).ifPresent(builder::count);
                break;
            case "UNTIL":
                readUntil(value, at);
                break;
            case "WKST":
                readWeekday(name, value, at).ifPresent(builder::weekStart);
                break;
            case "RSCALE":
                readScale(value, at);
                break;
            case "SKIP":
                readSkip(value, at);
                break;
            case "BYDAY":
                readByDay(value, at);
                break;
            case "BYSECOND":
                builder.bySecond(readList(name, value, at, 0, 60, false));
                break;
            case "BYMINUTE":
                builder.byMinute(readList(name, value, at, 0, 59, false));
                break;
            case "BYHOUR":
                builder.byHour(readList(name, value, at, 0, 23, false));
                break;
            case "BYMONTHDAY":
                builder.byMonthDay(readList(name, value, at, 1, 31, true));
                break;
            case "BYYEARDAY":
                builder.byYearDay(readList(name, value, at, 1, 366, true));
                break;
            case "BYWEEKNO":
                builder.byWeekNo(readList(name, value, at, 1, 53, true));
                break;
            case "BYMONTH":
                builder.byMonth(readList(name, value, at, 1, 12, false));
                break;
            default:
                builder.bySetPos(readList(name, value, at, 1, 366, true));
                break;
        }
    }

    private Optional<Integer> readPositive(String name, String value, int at) {
        Integer v = number(value);
        if (v == null || v < 1) {
            problem(name, at, name + " must be a whole number from 1 to " + Integer.MAX_VALUE + ", was \""
                    + value + "\"");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private Optional<DayOfWeek> readWeekday(String name, String value, int at) {
        Optional<DayOfWeek> day = Weekdays.parse(value);
        if (day.isEmpty()) {
            problem(name, at, "unknown weekday \"" + value + "\", expected one of MO, TU, WE, TH, FR, SA, SU");
        }
        return day;
    }

    private void readScale(String value, int at) {
        try {
            builder.rscale(CalendarScale.parse(value));
        } catch (SecunityParseException e) {
            problem("RSCALE", at, CalendarScale.unsupported(value));
        }
    }

    private void readSkip(String value, int at) {
        try {
            builder.skip(Skip.parse(value));
        } catch (SecunityParseException e) {
            problem("SKIP", at, "unknown SKIP value \"" + value + "\", expected one of OMIT, BACKWARD, FORWARD");
        }
    }

    private void readUntil(String value, int at) {
        try {
            Temporal until = dateOrTime(value);
            if (until == null) {
                problem("UNTIL", at, "UNTIL must be a DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z]), was \""
                        + value + "\"");
            } else if (until instanceof LocalDate date) {
                builder.until(date);
            } else if (until instanceof LocalDateTime local) {
                builder.until(local);
            } else {
                builder.until((java.time.Instant) until);
            }
        } catch (DateTimeException e) {
            problem("UNTIL", at, "UNTIL is not a valid date or time (" + e.getMessage() + "), was \"" + value + "\"");
        }
    }

    /**
     * Reads an iCalendar DATE ({@code 19970902}) or DATE-TIME ({@code 19970902T090000}, or
     * {@code 19970902T090000Z} in UTC), as {@code UNTIL}, {@code DTSTART}, {@code RDATE} and
     * {@code EXDATE} write them.
     *
     * @param value the text
     * @return a {@link LocalDate}, a {@link LocalDateTime}, or an {@link java.time.Instant} for UTC;
     *     null when the text has none of these shapes
     * @throws DateTimeException if it has the shape but is not a valid date or time
     */
    static @Nullable Temporal dateOrTime(String value) {
        if (value.length() == 8 && digits(value, 0, 8)) {
            return LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
        }
        boolean utc = value.length() == 16 && Character.toUpperCase(value.charAt(15)) == 'Z';
        if ((value.length() == 15 || utc) && digits(value, 0, 8)
                && Character.toUpperCase(value.charAt(8)) == 'T' && digits(value, 9, 15)) {
            LocalDateTime t = LocalDateTime.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8),
                    num(value, 9, 11), num(value, 11, 13), num(value, 13, 15));
            return utc ? t.toInstant(ZoneOffset.UTC) : t;
        }
        return null;
    }

    private void readByDay(String value, int at) {
        int pos = 0;
        for (String item : value.split(",", -1)) {
            String problem = weekdayNumProblem(item);
            if (problem == null) {
                builder.byDay(toWeekdayNum(item));
            } else {
                problem("BYDAY", at + pos, problem);
            }
            pos += item.length() + 1;
        }
    }

    static WeekdayNum parseWeekdayNum(String item, CharSequence input, int at) {
        String problem = weekdayNumProblem(item);
        if (problem != null) {
            throw new SecunityParseException(problem, input, at, "BYDAY");
        }
        return toWeekdayNum(item);
    }

    /** Returns what is wrong with a {@code weekdaynum}, or null when it is valid. */
    private static @Nullable String weekdayNumProblem(String item) {
        int split = item.length() - 2;
        if (split < 0 || Weekdays.parse(item.substring(split)).isEmpty()) {
            return "expected a weekday such as MO or 2WE, was \"" + item + "\"";
        }
        if (split == 0) {
            return null;
        }
        Integer ordinal = number(item.substring(0, split));
        if (ordinal == null || ordinal == 0 || ordinal < -WeekdayNum.MAX_ORDINAL || ordinal > WeekdayNum.MAX_ORDINAL) {
            return "BYDAY ordinal must be 1 to 53 or -53 to -1, was \"" + item.substring(0, split) + "\"";
        }
        return null;
    }

    /** Converts a valid {@code weekdaynum}. */
    private static WeekdayNum toWeekdayNum(String item) {
        int split = item.length() - 2;
        DayOfWeek day = Weekdays.parse(item.substring(split)).orElseThrow();
        Integer ordinal = split == 0 ? null : number(item.substring(0, split));
        return ordinal == null ? WeekdayNum.of(day) : WeekdayNum.of(ordinal, day);
    }

    /**
     * Reads a comma-separated list of numbers in a range; reports each bad item (noting RFC 7529
     * leap months such as {@code 5L} in BYMONTH for {@link #checkLeapMonths}) and returns the good
     * ones.
     */
    private int[] readList(String name, String value, int at, int min, int max, boolean negative) {
        String[] items = value.split(",", -1);
        int[] out = new int[items.length];
        int n = 0;
        int pos = 0;
        for (String item : items) {
            Integer v = number(item);
            if (v != null && RuleValidator.inRange(v, min, max, negative)) {
                out[n++] = v;
            } else if (name.equals("BYMONTH") && item.length() > 1
                    && Character.toUpperCase(item.charAt(item.length() - 1)) == 'L'
                    && number(item.substring(0, item.length() - 1)) != null) {
                leapMonths.add(new int[] {at + pos, item.length()});
            } else {
                problem(name, at + pos, RuleValidator.rangeMessage(name, min, max, negative, "\"" + item + "\""));
            }
            pos += item.length() + 1;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Reports the RFC 7529 leap months ({@code BYMONTH=5L}): none of the calendars this engine
     * computes has leap months, so such a month never exists.
     */
    private void checkLeapMonths() {
        for (int[] m : leapMonths) {
            String item = text.substring(m[0], m[0] + m[1]);
            CalendarScale scale = builder.parts().rscale();
            problem("BYMONTH", m[0], scale == null
                    ? "leap month \"" + item + "\" needs RSCALE (RFC 7529)"
                    : "leap month \"" + item + "\" does not exist in the " + scale + " calendar, which has no"
                            + " leap months");
        }
    }

    /**
     * Parses an optionally signed decimal that fits an {@code int}, or returns null (for text that
     * is not a number or a number out of the {@code int} range).
     */
    static @Nullable Integer number(String s) {
        int i = 0;
        boolean minus = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            minus = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length() || !digits(s, i, s.length())) {
            return null;
        }
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        if (s.length() - i > 10) {
            return null;
        }
        long v = Long.parseLong(s.substring(i));
        v = minus ? -v : v;
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : (int) v;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private static boolean isKnown(String name) {
        switch (name) {
            case "FREQ": case "INTERVAL": case "COUNT": case "UNTIL": case "WKST": case "BYDAY":
            case "BYSECOND": case "BYMINUTE": case "BYHOUR": case "BYMONTHDAY": case "BYYEARDAY":
            case "BYWEEKNO": case "BYMONTH": case "BYSETPOS": case "RSCALE": case "SKIP":
                return true;
            default:
                return false;
        }
    }

    private void problem(String part, int index, String message) {
        if (!lenient) {
            throw new SecunityParseException(message, input, index, part);
        }
        warnings.add(ParseWarning.of(part, Math.max(0, Math.min(index, text.length())), "dropped: " + message));
    }
}
