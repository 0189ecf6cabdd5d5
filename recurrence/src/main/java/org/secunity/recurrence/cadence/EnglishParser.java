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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * Reads an English cadence phrase: see {@link Cadence} for the grammar. The text is split into
 * words, numbers, ordinals (1st), times (19:00), ISO dates and commas, each with its index in the
 * input, and read by recursive descent. One instance per parse.
 */
final class EnglishParser extends PhraseParser {

    private enum Type { WORD, NUMBER, ORDINAL, TIME, DATE, COMMA, END }

    private static final class Token {
        final Type type;
        final String text;
        final int start;
        final int value;

        Token(Type type, String text, int start, int value) {
            this.type = type;
            this.text = text;
            this.start = start;
            this.value = value;
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<date>\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?z?)?)"
                    + "|(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?)"
                    + "|(?<ordinal>\\d+(?:st|nd|rd|th))(?![a-z])"
                    + "|(?<number>\\d+)"
                    + "|(?<ampm>[ap]\\.m\\.?)"
                    + "|(?<word>[a-z]+)"
                    + "|(?<comma>[,;])"
                    + "|(?<and>&)"
                    + "|(?<skip>[\\s\\-./()]+)");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
            Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sun", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5));

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    private final List<Token> tokens = new ArrayList<>();
    private int index;

    EnglishParser(String input) {
        super(input);
        String text = Texts.normalize(input).toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.region(at, text.length()).lookingAt()) {
                throw new SecunityParseException("unexpected character '" + input.charAt(at) + "'", input, at, null);
            }
            String s = m.group();
            if (m.group("date") != null) {
                tokens.add(new Token(Type.DATE, s, at, 0));
            } else if (m.group("time") != null) {
                tokens.add(new Token(Type.TIME, s, at, 0));
            } else if (m.group("ordinal") != null) {
                tokens.add(new Token(Type.ORDINAL, s, at, parseInt(s.substring(0, s.length() - 2))));
            } else if (m.group("number") != null) {
                tokens.add(new Token(Type.NUMBER, s, at, parseInt(s)));
            } else if (m.group("ampm") != null) {
                tokens.add(new Token(Type.WORD, s.charAt(0) + "m", at, 0));
            } else if (m.group("word") != null) {
                tokens.add(new Token(Type.WORD, s, at, 0));
            } else if (m.group("comma") != null) {
                tokens.add(new Token(Type.COMMA, s, at, 0));
            } else if (m.group("and") != null) {
                tokens.add(new Token(Type.WORD, "and", at, 0));
            }
            at = m.end();
        }
        tokens.add(new Token(Type.END, "", text.length(), 0));
    }

    private static int parseInt(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    // --- token cursor

    private Token current() {
        return tokens.get(index);
    }

    private boolean isWord(String... words) {
        Token t = current();
        if (t.type != Type.WORD) {
            return false;
        }
        for (String w : words) {
            if (t.text.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean accept(String... words) {
        if (isWord(words)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(String word, String context) {
        if (!accept(word)) {
            throw error("expected '" + word + "' " + context + ", but found " + found());
        }
    }

    /** Returns a token as the input spells it. */
    private String original(Token t) {
        return input.substring(t.start, t.start + t.text.length());
    }

    private String found() {
        Token t = current();
        return t.type == Type.END ? "the end" : "'" + input.substring(t.start, t.start + t.text.length()) + "'";
    }

    private SecunityParseException error(String message) {
        return errorAt(current().start, message);
    }

    /** Returns the text of the tokens from one index to the current one, for messages. */
    private String since(int from) {
        int start = tokens.get(from).start;
        int end = index > from ? tokens.get(index - 1).start + tokens.get(index - 1).text.length() : start;
        return input.substring(start, end).trim();
    }

    private @Nullable Integer number() {
        Token t = current();
        if (t.type == Type.NUMBER) {
            index++;
            return t.value;
        }
        if (t.type == Type.WORD && NUMBER_WORDS.containsKey(t.text)) {
            index++;
            return NUMBER_WORDS.get(t.text);
        }
        return null;
    }

    private static @Nullable DayOfWeek weekday(Token t) {
        if (t.type != Type.WORD) {
            return null;
        }
        String w = t.text.endsWith("s") && WEEKDAYS.containsKey(t.text.substring(0, t.text.length() - 1))
                ? t.text.substring(0, t.text.length() - 1)
                : t.text;
        return WEEKDAYS.get(w);
    }

    private static @Nullable Integer month(Token t) {
        return t.type == Type.WORD ? MONTHS.get(t.text) : null;
    }

    /** Accepts a list separator: a comma, and, or a comma followed by and. */
    private boolean acceptSeparator() {
        if (current().type == Type.COMMA) {
            index++;
            accept("and");
            return true;
        }
        return accept("and", "or");
    }

    // --- the whole phrase

    Cadence parse() {
        if (current().type == Type.END) {
            throw error("expected a cadence such as every Monday, third Friday of every month or twice a year");
        }
        Cadence approximate = approximate();
        if (approximate != null) {
            if (current().type != Type.END) {
                throw error("unexpected " + found() + "; nothing may follow an approximate cadence");
            }
            return approximate;
        }
        fixed();
        LocalTime time = time();
        end();
        if (time == null) {
            time = time();
        }
        if (current().type != Type.END) {
            throw error("unexpected " + found() + " after '" + since(0)
                    + "'; expected a time of day such as at 19:00, an end such as ', 10 times', or the end");
        }
        return fixedCadence(time);
    }

    // --- approximate: about twice a year, once a month, irregularly

    private @Nullable Cadence approximate() {
        int start = index;
        if (accept("irregularly", "irregular", "occasionally")) {
            return Cadence.irregular();
        }
        if (accept("regularly", "regular", "periodically")) {
            return Cadence.regular();
        }
        boolean about = accept("about", "approximately", "around", "roughly", "approx");
        int at = current().start;
        Integer times;
        if (accept("once")) {
            times = 1;
        } else if (accept("twice")) {
            times = 2;
        } else if (accept("thrice")) {
            times = 3;
        } else {
            times = number();
            if (times == null || !accept("times", "time")) {
                if (about) {
                    throw error("expected a number of times such as twice after about, but found " + found());
                }
                index = start;
                return null;
            }
        }
        if (times < 1) {
            throw errorAt(at, "a number of times must be at least 1, was " + times);
        }
        ChronoUnit period;
        if (accept("yearly", "annually")) {
            period = ChronoUnit.YEARS;
        } else if (accept("monthly")) {
            period = ChronoUnit.MONTHS;
        } else if (accept("weekly")) {
            period = ChronoUnit.WEEKS;
        } else {
            if (!accept("a", "an", "per", "each", "every")) {
                throw error("expected 'a year', 'a month' or 'a week' after the number of times, but found " + found());
            }
            if (accept("year")) {
                period = ChronoUnit.YEARS;
            } else if (accept("month")) {
                period = ChronoUnit.MONTHS;
            } else if (accept("week")) {
                period = ChronoUnit.WEEKS;
            } else {
                throw error("expected year, month or week, but found " + found());
            }
        }
        if (accept("or")) {
            expect("so", "after 'or'");
            about = true;
        }
        return about ? Cadence.aboutTimesPer(times, period) : Cadence.timesPer(times, period);
    }

    // --- fixed

    private void fixed() {
        accept("on");
        if (accept("every", "each")) {
            every();
            return;
        }
        if (accept("daily")) {
            unit = Phrase.Unit.DAY;
            return;
        }
        if (accept("weekly")) {
            unit = Phrase.Unit.WEEK;
            onWeekdays();
            return;
        }
        if (isWord("biweekly", "fortnightly")) {
            throw error("'" + current().text + "' is ambiguous; write every 2 weeks");
        }
        if (accept("monthly")) {
            unit = Phrase.Unit.MONTH;
            onDays();
            return;
        }
        if (accept("yearly", "annually")) {
            yearly(1);
            return;
        }
        if (accept("weekdays")) {
            unit = Phrase.Unit.WEEK;
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(Phrase.WORKING_DAYS);
            return;
        }
        if (weekday(current()) != null) {
            unit = Phrase.Unit.WEEK;
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList(""));
            return;
        }
        if (month(current()) != null && (tokens.get(index + 1).type == Type.NUMBER
                || tokens.get(index + 1).type == Type.ORDINAL)) {
            yearDate();
            return;
        }
        accept("the");
        if (current().type == Type.ORDINAL || isWord("first", "second", "third", "fourth", "fifth", "last")
                || (isWord("every", "each") && weekday(tokens.get(index + 1)) != null)) {
            dayPart(true);
            if (accept("of", "in")) {
                monthSpec();
            } else if (days == Phrase.Days.ORDINALS) {
                unit = Phrase.Unit.MONTH; // "third Friday": of every month
            } else {
                throw error("expected 'of' and the months (such as of every month) after '" + since(0)
                        + "', but found " + found());
            }
            return;
        }
        throw error("expected a cadence such as every Monday, third Friday of every month or twice a year,"
                + " but found " + found());
    }

    /** After every: day, week, month, year, other, a number, a weekday, a month name. */
    private void every() {
        int n = 1;
        int at = current().start;
        if (accept("other")) {
            n = 2;
        } else if ((isWord("second", "third", "fourth", "fifth") || current().type == Type.ORDINAL)
                && weekday(tokens.get(index + 1)) != null) {
            String ordinal = original(current());
            String day = original(tokens.get(index + 1));
            throw error("'every " + ordinal + " " + day + "' is ambiguous; write '" + ordinal + " " + day
                    + " of every month' or 'every " + (current().type == Type.ORDINAL ? current().value
                            : ORDINAL_WORDS.get(current().text)) + " weeks on " + day + "'");
        } else if (accept("second")) {
            n = 2;
        } else {
            Integer v = number();
            if (v != null) {
                n = v;
                if (n < 1) {
                    throw errorAt(at, "an interval must be at least 1, was " + n);
                }
            }
        }
        boolean numbered = n != 1;
        if (accept("day", "days")) {
            unit = Phrase.Unit.DAY;
            interval = n;
        } else if (accept("week", "weeks")) {
            unit = Phrase.Unit.WEEK;
            interval = n;
            onWeekdays();
        } else if (accept("month", "months")) {
            unit = Phrase.Unit.MONTH;
            interval = n;
            onDays();
        } else if (accept("year", "years")) {
            yearly(n);
        } else if (!numbered && accept("weekday", "weekdays")) {
            unit = Phrase.Unit.WEEK;
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(Phrase.WORKING_DAYS);
        } else if (!numbered && accept("weekend", "weekends")) {
            unit = Phrase.Unit.WEEK;
            days = Phrase.Days.WEEKDAYS;
            weekdays.add(DayOfWeek.SATURDAY);
            weekdays.add(DayOfWeek.SUNDAY);
        } else if (!numbered && isWord("even", "odd")) {
            months = accept("even") ? Phrase.Months.EVEN : acceptOdd();
            accept("numbered");
            if (!accept("month", "months")) {
                throw error("expected 'month' after even or odd, but found " + found());
            }
            unit = Phrase.Unit.MONTH;
            onDays();
        } else if (weekday(current()) != null && n <= 2) {
            unit = Phrase.Unit.WEEK;
            interval = n;
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList(""));
            if (!numbered && isWord("in", "of") && isMonthSpecAhead()) {
                index++;
                monthSpec(); // every Saturday in July, every Saturday in even months
            }
        } else if (!numbered && month(current()) != null) {
            unit = Phrase.Unit.YEAR;
            months = Phrase.Months.LIST;
            monthNames();
        } else {
            throw error("expected day, week, month, year, other, a number or a weekday after '" + since(0)
                    + "', but found " + found());
        }
    }

    /** Returns whether the token after the current one starts months: July, even, odd, every, the. */
    private boolean isMonthSpecAhead() {
        Token next = tokens.get(index + 1);
        if (next.type == Type.WORD && next.text.equals("the")) {
            next = tokens.get(Math.min(index + 2, tokens.size() - 1)); // in the even months, not in the morning
        }
        return month(next) != null || (next.type == Type.WORD && (next.text.equals("even") || next.text.equals("odd")
                || next.text.equals("every") || next.text.equals("each") || next.text.equals("month")));
    }

    private Phrase.Months acceptOdd() {
        accept("odd");
        return Phrase.Months.ODD;
    }

    /** After every week or every 2 weeks: optional "on Monday and Friday". */
    private void onWeekdays() {
        if (accept("on")) {
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList("on"));
        }
    }

    /** After every month, every 3 months or every even month: optional "on the third Friday". */
    private void onDays() {
        if (accept("on")) {
            accept("the");
            dayPart(false);
        }
    }

    /** After every year or every 2 years: optional "in July", "on July 1", "on the 1st of July". */
    private void yearly(int n) {
        unit = Phrase.Unit.YEAR;
        interval = n;
        if (accept("in")) {
            months = Phrase.Months.LIST;
            monthNames();
        } else if (accept("on")) {
            if (month(current()) != null) {
                yearDate();
                return;
            }
            accept("the");
            dayPart(true);
            if (!accept("of", "in")) {
                throw error("expected 'of' and a month after '" + since(0) + "', but found " + found());
            }
            months = Phrase.Months.LIST;
            monthNames();
        }
    }

    /** July 1, July 1st: one day of one month, every year. */
    private void yearDate() {
        unit = Phrase.Unit.YEAR;
        months = Phrase.Months.LIST;
        monthList.add(java.util.Objects.requireNonNull(month(current())));
        index++;
        Token day = current();
        index++;
        if (day.value < 1 || day.value > 31) {
            throw errorAt(day.start, "a day of the month must be from 1 to 31, was " + day.value);
        }
        days = Phrase.Days.MONTH_DAYS;
        monthDays.add(day.value);
        yearInterval();
    }

    /**
     * The days before "of": third Friday, first and third Friday, last Friday, the 1st, the 1st and
     * 15th, the last day, every Saturday.
     */
    private void dayPart(boolean beforeMonths) {
        int start = index;
        if (accept("every", "each")) {
            days = Phrase.Days.WEEKDAYS;
            weekdays.addAll(weekdayList(since(start)));
            return;
        }
        List<Integer> items = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        boolean lastDay = false;
        while (true) {
            Token t = current();
            at.add(t.start);
            if (t.type == Type.ORDINAL) {
                index++;
                items.add(t.value);
            } else if (isWord("last")) {
                index++;
                if (accept("day")) {
                    lastDay = true;
                }
                items.add(-1);
            } else if (t.type == Type.WORD && ORDINAL_WORDS.containsKey(t.text)) {
                index++;
                items.add(ORDINAL_WORDS.get(t.text));
            } else {
                throw error("expected an ordinal such as first, 1st or last, but found " + found());
            }
            int mark = index;
            if (acceptSeparator() && (current().type == Type.ORDINAL || isWord("last", "first", "second", "third",
                    "fourth", "fifth"))) {
                continue;
            }
            index = mark;
            break;
        }
        if (!lastDay && weekday(current()) != null) {
            for (int i = 0; i < items.size(); i++) {
                int o = items.get(i);
                if (o != -1 && (o < 1 || o > 5)) {
                    throw errorAt(at.get(i), "an ordinal weekday must be first to fifth or last, was " + o);
                }
            }
            days = Phrase.Days.ORDINALS;
            ordinals.addAll(items);
            weekdays.addAll(weekdayList(since(start)));
            return;
        }
        if (!lastDay && isWord("day") && items.size() == 1) {
            index++; // "the 1st day of every month"
        }
        if (beforeMonths && !isWord("of", "in")) {
            throw error("expected a weekday such as Monday after '" + since(start) + "', but found " + found());
        }
        for (int i = 0; i < items.size(); i++) {
            int d = items.get(i);
            if (d != -1 && (d < 1 || d > 31)) {
                throw errorAt(at.get(i), "a day of the month must be from 1 to 31, was " + d);
            }
        }
        days = Phrase.Days.MONTH_DAYS;
        monthDays.addAll(items);
    }

    /** The months after "of" or "in". */
    private void monthSpec() {
        int at = current().start;
        if (accept("every", "each")) {
            if (accept("month")) {
                unit = Phrase.Unit.MONTH;
                return;
            }
            if (accept("other")) {
                expect("month", "after 'every other'");
                unit = Phrase.Unit.MONTH;
                interval = 2;
                return;
            }
            if (isWord("even", "odd")) {
                evenOrOdd();
                return;
            }
            Integer n = number();
            if (n != null) {
                if (n < 1) {
                    throw errorAt(at, "an interval must be at least 1, was " + n);
                }
                if (!accept("months", "month")) {
                    throw error("expected 'months' after every " + n + ", but found " + found());
                }
                unit = Phrase.Unit.MONTH;
                interval = n;
                return;
            }
            throw error("expected month, other month, a number of months or even months after every, but found "
                    + found());
        }
        accept("the");
        if (accept("month")) {
            unit = Phrase.Unit.MONTH;
            return;
        }
        if (isWord("even", "odd")) {
            evenOrOdd();
            return;
        }
        if (month(current()) != null) {
            unit = Phrase.Unit.YEAR;
            months = Phrase.Months.LIST;
            monthNames();
            yearInterval();
            return;
        }
        throw error("expected every month, even months, odd months or a month such as July, but found " + found());
    }

    private void evenOrOdd() {
        months = accept("even") ? Phrase.Months.EVEN : acceptOdd();
        accept("numbered");
        if (!accept("months", "month")) {
            throw error("expected 'months' after even or odd, but found " + found());
        }
        unit = Phrase.Unit.MONTH;
    }

    /** Month names: July, January and July, Jan, Apr, Jul and Oct. */
    private void monthNames() {
        TreeSet<Integer> ms = new TreeSet<>();
        while (true) {
            Integer m = month(current());
            if (m == null) {
                throw error("expected a month such as July, but found " + found());
            }
            index++;
            ms.add(m);
            int mark = index;
            if (acceptSeparator() && month(current()) != null) {
                continue;
            }
            index = mark;
            break;
        }
        monthList.addAll(ms);
    }

    /** After the months of a yearly phrase: every year, every 2 years, every other year. */
    private void yearInterval() {
        int mark = index;
        if (accept("every", "each")) {
            int at = current().start;
            if (accept("year")) {
                return;
            }
            if (accept("other")) {
                expect("year", "after 'every other'");
                interval = 2;
                return;
            }
            Integer n = number();
            if (n != null && accept("years", "year")) {
                if (n < 1) {
                    throw errorAt(at, "an interval must be at least 1, was " + n);
                }
                interval = n;
                return;
            }
            index = mark;
        }
    }

    /** Weekdays: Monday, Monday and Friday, Monday, Wednesday and Friday, Mondays. */
    private Set<DayOfWeek> weekdayList(String after) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        while (true) {
            DayOfWeek d = weekday(current());
            if (d == null) {
                throw error("expected a weekday such as Monday" + (after.isEmpty() ? "" : " after '" + after + "'")
                        + ", but found " + found());
            }
            index++;
            out.add(d);
            int mark = index;
            if (acceptSeparator() && weekday(current()) != null) {
                continue;
            }
            index = mark;
            return out;
        }
    }

    // --- time of day: at 19:00, at 7 pm, at 7:30pm, in the evening

    private @Nullable LocalTime time() {
        int start = index;
        if (current().type == Type.COMMA) {
            index++;
        }
        boolean at = accept("at");
        Token t = current();
        LocalTime time = null;
        if (t.type == Type.TIME || t.type == Type.NUMBER) {
            index++;
            int hour;
            int minute = 0;
            int second = 0;
            if (t.type == Type.TIME) {
                String[] parts = t.text.split(":");
                hour = Integer.parseInt(parts[0]);
                minute = Integer.parseInt(parts[1]);
                second = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            } else {
                hour = t.value;
            }
            boolean pm = isWord("pm");
            boolean am = isWord("am");
            if (pm || am) {
                index++;
                if (hour < 1 || hour > 12) {
                    throw errorAt(t.start, "with am or pm an hour must be from 1 to 12, was " + hour);
                }
                hour = hour % 12 + (pm ? 12 : 0);
            } else if (t.type == Type.NUMBER) {
                if (!at) {
                    index = start;
                    return null;
                }
                throw error("expected am or pm after " + t.text + " (or write " + t.text + ":00), but found " + found());
            }
            if (hour > 23 || minute > 59 || second > 59) {
                throw errorAt(t.start, "not a time of day: " + t.text);
            }
            time = LocalTime.of(hour, minute, second);
        } else if (accept("noon", "midday")) {
            time = Cadence.NOON;
        } else if (accept("midnight")) {
            time = LocalTime.MIDNIGHT;
        } else if (at && accept("night")) {
            time = Cadence.EVENING;
        } else if (!at) {
            boolean in = accept("in");
            boolean the = accept("the");
            if (accept("morning", "mornings")) {
                time = Cadence.MORNING;
            } else if (accept("evening", "evenings", "night", "nights")) {
                time = Cadence.EVENING;
            } else if (accept("afternoon", "afternoons")) {
                time = Cadence.LATE_AFTERNOON;
            } else if (in || the) {
                throw error("expected morning, afternoon or evening, but found " + found());
            }
        }
        if (time == null) {
            if (at) {
                throw error("expected a time such as 19:00 or 7 pm after 'at', but found " + found());
            }
            index = start;
            return null;
        }
        if (isWord("to", "until") && (tokens.get(index + 1).type == Type.TIME || tokens.get(index + 1).type == Type.NUMBER)) {
            throw error("a cadence keeps only the start time; leave out '" + current().text + " ...'");
        }
        return time;
    }

    // --- end: , 10 times / , until 2026-03-31

    private void end() {
        int start = index;
        if (current().type == Type.COMMA) {
            index++;
        }
        if (accept("until")) {
            Token t = current();
            if (t.type != Type.DATE) {
                throw error("expected a date such as 2026-03-31 after 'until', but found " + found());
            }
            index++;
            until = date(t);
        } else if (accept("for") || current().type == Type.NUMBER) {
            int at = current().start;
            Integer n = number();
            if (n == null || !accept("times", "time", "occurrences", "sessions")) {
                if (index > start && tokens.get(start).type == Type.WORD) {
                    throw error("expected a number of times such as 10 times, but found " + found());
                }
                index = start;
                return;
            }
            if (n < 1) {
                throw errorAt(at, "a number of times must be at least 1, was " + n);
            }
            count = n;
        } else {
            index = start;
            return;
        }
        int mark = index;
        if (current().type == Type.COMMA) {
            index++;
        }
        if (isWord("until", "for") || (current().type == Type.NUMBER && isTimesAhead())) {
            throw errorAt(tokens.get(mark).start, "a cadence ends either after a number of times or on a date, not both");
        }
        index = mark;
    }

    private boolean isTimesAhead() {
        Token next = tokens.get(index + 1);
        return next.type == Type.WORD && (next.text.equals("times") || next.text.equals("time"));
    }

    private Temporal date(Token t) {
        try {
            String s = t.text.toUpperCase(Locale.ROOT);
            if (s.endsWith("Z")) {
                return LocalDateTime.parse(s.substring(0, s.length() - 1)).toInstant(ZoneOffset.UTC);
            }
            return s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new SecunityParseException("not a valid date: " + t.text, input, t.start, null, e);
        }
    }
}
