package org.secunity.recurrence;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    private RuleParser(CharSequence input, boolean lenient) {
        this.input = input;
        this.text = input.toString();
        this.lenient = lenient;
    }

    static LenientParseResult parse(CharSequence input, boolean lenient) {
        return new RuleParser(input, lenient).parse();
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
        RuleValidator.validateCombination(builder, (part, message) -> {
            int at = partIndex.getOrDefault(part, 0);
            problem(part, at, message);
        });
        return LenientParseResult.of(builder.buildUnchecked(), warnings);
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
                builder.frequency = f;
                partIndex.put("FREQ", at - "FREQ=".length());
                return;
            }
        }
        throw new SecunityParseException("unknown frequency \"" + value + "\", expected one of"
                + " SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY", input, at, "FREQ");
    }

    private void readValue(String name, String value, int at) {
        switch (name) {
            case "INTERVAL":
                readPositive(name, value, at).ifPresent(v -> builder.interval = v);
                break;
            case "COUNT":
                readPositive(name, value, at).ifPresent(v -> builder.count = v);
                break;
            case "UNTIL":
                readUntil(value, at);
                break;
            case "WKST":
                Optional<DayOfWeek> day = Weekdays.parse(value);
                if (day.isPresent()) {
                    builder.weekStart = day.get();
                } else {
                    problem(name, at, "unknown weekday \"" + value + "\", expected one of MO, TU, WE, TH, FR, SA, SU");
                }
                break;
            case "BYDAY":
                readByDay(value, at);
                break;
            case "BYSECOND":
                readList(name, value, at, builder.bySecond, 0, 60, false);
                break;
            case "BYMINUTE":
                readList(name, value, at, builder.byMinute, 0, 59, false);
                break;
            case "BYHOUR":
                readList(name, value, at, builder.byHour, 0, 23, false);
                break;
            case "BYMONTHDAY":
                readList(name, value, at, builder.byMonthDay, 1, 31, true);
                break;
            case "BYYEARDAY":
                readList(name, value, at, builder.byYearDay, 1, 366, true);
                break;
            case "BYWEEKNO":
                readList(name, value, at, builder.byWeekNo, 1, 53, true);
                break;
            case "BYMONTH":
                readList(name, value, at, builder.byMonth, 1, 12, false);
                break;
            default:
                readList(name, value, at, builder.bySetPos, 1, 366, true);
                break;
        }
        if (isList(name) && listOf(name).isEmpty() && !name.equals("BYDAY") || name.equals("BYDAY") && builder.byDay.isEmpty()) {
            partIndex.remove(name);
        }
    }

    private Optional<Integer> readPositive(String name, String value, int at) {
        Integer v = number(value);
        if (v == null || v < 1) {
            problem(name, at, name + " must be a whole number of at least 1, was \"" + value + "\"");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private void readUntil(String value, int at) {
        try {
            if (value.length() == 8 && digits(value, 0, 8)) {
                builder.until = LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
                return;
            }
            boolean utc = value.length() == 16 && Character.toUpperCase(value.charAt(15)) == 'Z';
            if ((value.length() == 15 || utc) && digits(value, 0, 8)
                    && Character.toUpperCase(value.charAt(8)) == 'T' && digits(value, 9, 15)) {
                LocalDateTime t = LocalDateTime.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8),
                        num(value, 9, 11), num(value, 11, 13), num(value, 13, 15));
                builder.until = utc ? t.toInstant(ZoneOffset.UTC) : t;
                return;
            }
            problem("UNTIL", at, "UNTIL must be a DATE (YYYYMMDD) or DATE-TIME (YYYYMMDDTHHMMSS[Z]), was \""
                    + value + "\"");
        } catch (DateTimeException e) {
            problem("UNTIL", at, "UNTIL is not a valid date or time (" + e.getMessage() + "), was \"" + value + "\"");
        }
    }

    private void readByDay(String value, int at) {
        int pos = 0;
        for (String item : value.split(",", -1)) {
            String problem = weekdayNumProblem(item);
            if (problem == null) {
                builder.byDay.add(toWeekdayNum(item));
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

    private void readList(String name, String value, int at, List<Integer> target,
            int min, int max, boolean negative) {
        int pos = 0;
        for (String item : value.split(",", -1)) {
            Integer v = number(item);
            if (v == null || !RuleValidator.inRange(v, min, max, negative)) {
                problem(name, at + pos, RuleValidator.rangeMessage(name, min, max, negative, "\"" + item + "\""));
            } else {
                target.add(v);
            }
            pos += item.length() + 1;
        }
    }

    /** Parses an optionally signed decimal of at most 9 digits, or returns null. */
    static @Nullable Integer number(String s) {
        int i = 0;
        boolean minus = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            minus = s.charAt(0) == '-';
            i = 1;
        }
        if (i == s.length() || s.length() - i > 9 || !digits(s, i, s.length())) {
            return null;
        }
        int v = Integer.parseInt(s.substring(i));
        return minus ? -v : v;
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
            case "BYWEEKNO": case "BYMONTH": case "BYSETPOS":
                return true;
            default:
                return false;
        }
    }

    private static boolean isList(String name) {
        return name.startsWith("BY");
    }

    private List<Integer> listOf(String name) {
        switch (name) {
            case "BYSECOND": return builder.bySecond;
            case "BYMINUTE": return builder.byMinute;
            case "BYHOUR": return builder.byHour;
            case "BYMONTHDAY": return builder.byMonthDay;
            case "BYYEARDAY": return builder.byYearDay;
            case "BYWEEKNO": return builder.byWeekNo;
            case "BYMONTH": return builder.byMonth;
            default: return builder.bySetPos;
        }
    }

    private void problem(String part, int index, String message) {
        if (!lenient) {
            throw new SecunityParseException(message, input, index, part);
        }
        warnings.add(ParseWarning.of(part, Math.max(0, Math.min(index, text.length())), "dropped: " + message));
    }
}
