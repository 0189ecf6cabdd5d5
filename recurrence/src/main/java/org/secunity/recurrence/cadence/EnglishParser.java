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
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * Reads an English cadence phrase: see {@link Cadence} for the grammar.
 *
 * <p>The text is split into tokens — words, numbers (a minus sign before digits included),
 * ordinals (1st), times (19:00), ISO dates and commas — each with its place in the input, and read
 * by recursive descent. Words are looked up in lexicons (weekdays, months, ordinals, numbers).
 * Each grammar part is a function from a token index to the {@link Read value it read} and the
 * token index after it, or null when its words are not there; the parser holds only the input and
 * its tokens, so an instance is immutable.
 */
final class EnglishParser {

    private enum Type { WORD, NUMBER, ORDINAL, TIME, DATE, COMMA, END }

    /** A token: its type, its text in lower case, where it is in the input, and its number. */
    private record Token(Type type, String text, int start, int end, long value) {
    }

    /** Numbers saturate here; the bounds of each number are far below it. */
    private static final long SATURATED = 1_000_000_000_000_000L;

    private static final Pattern TOKEN = Pattern.compile(
            "(?<date>\\d{4}-\\d{2}-\\d{2}(?:t\\d{2}:\\d{2}(?::\\d{2})?z?)?)"
                    + "|(?<time>\\d{1,2}:\\d{2}(?::\\d{2})?)"
                    + "|(?<ordinal>\\d+(?:st|nd|rd|th))(?![a-z])"
                    + "|(?<number>(?:(?<![0-9a-z:])-)?\\d+)"
                    + "|(?<ampm>[ap]\\.m\\.?)"
                    + "|(?<word>[a-z]+)"
                    + "|(?<comma>[,;])"
                    + "|(?<and>&)"
                    + "|(?<skip>[\\s./()]+|-)");

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

    private static final Map<String, ChronoUnit> PER_WORDS =
            Map.of("yearly", ChronoUnit.YEARS, "annually", ChronoUnit.YEARS, "monthly", ChronoUnit.MONTHS,
                    "weekly", ChronoUnit.WEEKS);

    private static final Map<String, ChronoUnit> PERIOD_WORDS =
            Map.of("year", ChronoUnit.YEARS, "month", ChronoUnit.MONTHS, "week", ChronoUnit.WEEKS);

    private static final Map<String, Integer> TIMES_WORDS = Map.of("once", 1, "twice", 2, "thrice", 3);

    /** The text as given, which error indices refer to. */
    private final String input;
    /** The tokens, the last of type END. */
    private final List<Token> tokens;

    private EnglishParser(String input) {
        this.input = input;
        this.tokens = tokenize(input);
    }

    /** Reads an English phrase. */
    static Cadence parse(String input) {
        return new EnglishParser(input).cadence();
    }

    /** A fixed phrase before its time and end: the frame and the days. */
    private record Fixed(Phrase.Every every, Phrase.DayPart days) {
    }

    /** The days read before the months (the 1st and 15th of …), with where each item starts. */
    private record Days(Phrase.DayPart part, List<Integer> items, List<Integer> starts) {
    }

    private static List<Token> tokenize(String input) {
        String text = Texts.normalize(input).toLowerCase(Locale.ROOT);
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.region(at, text.length()).lookingAt()) {
                throw PhraseParser.error(input, at, "unexpected character '" + input.charAt(at) + "'");
            }
            String s = m.group();
            Type type = null;
            long value = 0;
            if (m.group("date") != null) {
                type = Type.DATE;
            } else if (m.group("time") != null) {
                type = Type.TIME;
            } else if (m.group("ordinal") != null) {
                type = Type.ORDINAL;
                value = digits(s.substring(0, s.length() - 2));
            } else if (m.group("number") != null) {
                type = Type.NUMBER;
                value = s.startsWith("-") ? -digits(s.substring(1)) : digits(s);
            } else if (m.group("ampm") != null) {
                type = Type.WORD;
                s = s.charAt(0) + "m";
            } else if (m.group("word") != null) {
                type = Type.WORD;
            } else if (m.group("comma") != null) {
                type = Type.COMMA;
            } else if (m.group("and") != null) {
                type = Type.WORD;
                s = "and";
            }
            if (type != null) {
                tokens.add(new Token(type, s, at, m.end(), value));
            }
            at = m.end();
        }
        tokens.add(new Token(Type.END, "", text.length(), text.length(), 0));
        return List.copyOf(tokens);
    }

    private static long digits(String digits) {
        return digits.length() > 18 ? SATURATED : Math.min(Long.parseLong(digits), SATURATED);
    }

    // --- tokens

    private Token token(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    private boolean isWord(int i, String... words) {
        Token t = token(i);
        if (t.type() != Type.WORD) {
            return false;
        }
        for (String w : words) {
            if (t.text().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the index after an optional word. */
    private int optional(int i, String word) {
        return isWord(i, word) ? i + 1 : i;
    }

    private int expect(int i, String word, String context) {
        if (!isWord(i, word)) {
            throw error(i, "expected '" + word + "' " + context + ", but found " + found(i));
        }
        return i + 1;
    }

    private String original(Token t) {
        return input.substring(t.start(), Math.min(t.end(), input.length()));
    }

    private String found(int i) {
        Token t = token(i);
        return t.type() == Type.END ? "the end" : "'" + original(t) + "'";
    }

    private SecunityParseException error(int i, String message) {
        return PhraseParser.error(input, token(i).start(), message);
    }

    /** Returns the text of the tokens from one index to before another, for messages: at most 60 characters. */
    private String since(int from, int to) {
        int start = token(from).start();
        int end = to > from ? token(to - 1).end() : start;
        String since = input.substring(start, Math.min(end, input.length())).trim();
        return since.length() <= 60 ? since : "…" + since.substring(since.length() - 59);
    }

    /** Returns a number for a message: its value, or its digits when it is very large. */
    private String shown(Token t) {
        return Math.abs(t.value()) <= Integer.MAX_VALUE ? Long.toString(t.value()) : original(t);
    }

    private @Nullable Read<Long> number(int i) {
        Token t = token(i);
        if (t.type() == Type.NUMBER) {
            return new Read<>(t.value(), i + 1);
        }
        if (t.type() == Type.WORD && NUMBER_WORDS.containsKey(t.text())) {
            return new Read<>((long) NUMBER_WORDS.get(t.text()), i + 1);
        }
        return null;
    }

    private @Nullable DayOfWeek weekday(int i) {
        Token t = token(i);
        if (t.type() != Type.WORD) {
            return null;
        }
        String w = t.text().endsWith("s") && WEEKDAYS.containsKey(t.text().substring(0, t.text().length() - 1))
                ? t.text().substring(0, t.text().length() - 1)
                : t.text();
        return WEEKDAYS.get(w);
    }

    private @Nullable Integer month(int i) {
        Token t = token(i);
        return t.type() == Type.WORD ? MONTHS.get(t.text()) : null;
    }

    private boolean isOrdinal(int i) {
        return token(i).type() == Type.ORDINAL || isWord(i, "first", "second", "third", "fourth", "fifth", "last");
    }

    /** Returns the index after a list separator (a comma, and, a comma and and, or), or -1. */
    private int separator(int i) {
        if (token(i).type() == Type.COMMA) {
            return optional(i + 1, "and");
        }
        return isWord(i, "and", "or") ? i + 1 : -1;
    }

    // --- the whole phrase

    private Cadence cadence() {
        if (token(0).type() == Type.END) {
            throw error(0, "expected a cadence such as every Monday, third Friday of every month or twice a year");
        }
        Read<Cadence> approximate = approximate(0);
        if (approximate != null) {
            if (token(approximate.end()).type() != Type.END) {
                throw error(approximate.end(), "unexpected " + found(approximate.end())
                        + "; nothing may follow an approximate cadence");
            }
            return approximate.value();
        }
        Read<Fixed> fixed = fixed(0);
        PhraseParser.Tail tail = PhraseParser.tail(fixed.end(), this::time, this::end);
        int i = tail.next();
        if (token(i).type() != Type.END) {
            throw error(i, "unexpected " + found(i) + " after '" + since(0, i)
                    + "'; expected a time of day such as at 19:00, an end such as ', 10 times', or the end");
        }
        Phrase phrase = Phrase.of(fixed.value().every(), fixed.value().days(), tail.end());
        return PhraseParser.fixedCadence(input, phrase, tail.time());
    }

    // --- approximate: about twice a year, once a month, irregularly

    private @Nullable Read<Cadence> approximate(int i) {
        if (isWord(i, "irregularly", "irregular", "occasionally")) {
            return new Read<>(Cadence.irregular(), i + 1);
        }
        if (isWord(i, "regularly", "regular", "periodically")) {
            return new Read<>(Cadence.regular(), i + 1);
        }
        boolean about = isWord(i, "about", "approximately", "around", "roughly", "approx");
        int j = about ? i + 1 : i;
        int timesAt = j;
        Token at = token(j);
        long times;
        if (at.type() == Type.WORD && TIMES_WORDS.containsKey(at.text())) {
            times = TIMES_WORDS.get(at.text());
            j++;
        } else {
            Read<Long> n = number(j);
            if (n == null || !isWord(n.end(), "times", "time")) {
                if (about) {
                    int where = n == null ? j : n.end();
                    throw error(where, "expected a number of times such as twice after about, but found " + found(where));
                }
                return null;
            }
            times = n.value();
            j = n.end() + 1;
        }
        String problem = PhraseParser.timesProblem(times, at.type() == Type.NUMBER ? shown(at) : Long.toString(times));
        if (problem != null) {
            throw error(timesAt, problem);
        }
        ChronoUnit period = token(j).type() == Type.WORD ? PER_WORDS.get(token(j).text()) : null;
        if (period != null) {
            j++;
        } else {
            if (!isWord(j, "a", "an", "per", "each", "every")) {
                throw error(j, "expected 'a year', 'a month' or 'a week' after the number of times, but found " + found(j));
            }
            j++;
            period = token(j).type() == Type.WORD ? PERIOD_WORDS.get(token(j).text()) : null;
            if (period == null) {
                throw error(j, "expected year, month or week, but found " + found(j));
            }
            j++;
        }
        if (isWord(j, "or")) {
            j = expect(j + 1, "so", "after 'or'");
            about = true;
        }
        int n = Math.toIntExact(times);
        return new Read<>(about ? Cadence.aboutTimesPer(n, period) : Cadence.timesPer(n, period), j);
    }

    // --- fixed

    private Read<Fixed> fixed(int at) {
        int i = optional(at, "on");
        if (isWord(i, "every", "each")) {
            return every(i + 1);
        }
        if (isWord(i, "daily")) {
            return frame(Phrase.Every.of(Phrase.Unit.DAY, 1), i + 1);
        }
        if (isWord(i, "weekly")) {
            return onWeekdays(Phrase.Every.of(Phrase.Unit.WEEK, 1), i + 1);
        }
        if (isWord(i, "biweekly", "fortnightly")) {
            throw error(i, "'" + token(i).text() + "' is ambiguous; write every 2 weeks");
        }
        if (isWord(i, "monthly")) {
            return onDays(Phrase.Every.of(Phrase.Unit.MONTH, 1), i + 1);
        }
        if (isWord(i, "quarterly")) {
            return onDays(Phrase.Every.of(Phrase.Unit.MONTH, 3), i + 1);
        }
        if (isWord(i, "yearly", "annually")) {
            return yearly(1, i + 1);
        }
        if (isWord(i, "weekdays")) {
            return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.WEEK, 1), Phrase.DayPart.weekdays(Phrase.WORKING_DAYS)),
                    i + 1);
        }
        if (weekday(i) != null) {
            Read<Set<DayOfWeek>> days = weekdayList(i, "");
            return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.WEEK, 1), Phrase.DayPart.weekdays(days.value())),
                    days.end());
        }
        if (month(i) != null && (token(i + 1).type() == Type.NUMBER || token(i + 1).type() == Type.ORDINAL)) {
            return yearDate(i, 1);
        }
        i = optional(i, "the");
        if (isOrdinal(i) || (isWord(i, "every", "each") && weekday(i + 1) != null)) {
            Read<Days> days = dayPart(i, true);
            int j = days.end();
            if (isWord(j, "of", "in")) {
                return monthsOf(days, j + 1);
            }
            if (days.value().part().days() == Phrase.Days.ORDINALS) {
                return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.MONTH, 1), days.value().part()), j); // third Friday
            }
            throw error(j, "expected 'of' and the months (such as of every month) after '" + since(0, j)
                    + "', but found " + found(j));
        }
        throw error(i, "expected a cadence such as every Monday, third Friday of every month or twice a year,"
                + " but found " + found(i));
    }

    private static Read<Fixed> frame(Phrase.Every every, int end) {
        return new Read<>(new Fixed(every, Phrase.DayPart.ANY), end);
    }

    /** The months after the days and "of" or "in"; the days of the month must occur in them. */
    private Read<Fixed> monthsOf(Read<Days> days, int at) {
        Read<Phrase.Every> every = monthSpec(at);
        checkMonthDays(days.value(), every.value().monthList());
        return new Read<>(new Fixed(every.value(), days.value().part()), every.end());
    }

    /** After every: day, week, month, year, other, a number, a weekday, a month name. */
    private Read<Fixed> every(int at) {
        int n = 1;
        int i = at;
        Read<Fixed> ordinals = everyOrdinalWeekday(i);
        if (ordinals != null) {
            return ordinals;
        }
        if (isWord(i, "other")) {
            n = 2;
            i++;
        } else if (isWord(i, "second")) {
            n = 2;
            i++;
        } else {
            Read<Long> v = number(i);
            if (v != null) {
                String problem = PhraseParser.intervalProblem(v.value(), token(i).type() == Type.NUMBER
                        ? shown(token(i)) : Long.toString(v.value()));
                if (problem != null) {
                    throw error(i, problem);
                }
                n = Math.toIntExact(v.value());
                i = v.end();
            }
        }
        boolean numbered = n != 1;
        if (isWord(i, "day", "days")) {
            return frame(Phrase.Every.of(Phrase.Unit.DAY, n), i + 1);
        }
        if (isWord(i, "week", "weeks")) {
            return onWeekdays(Phrase.Every.of(Phrase.Unit.WEEK, n), i + 1);
        }
        if (isWord(i, "month", "months")) {
            return onDays(Phrase.Every.of(Phrase.Unit.MONTH, n), i + 1);
        }
        if (isWord(i, "quarter") && !numbered) {
            return onDays(Phrase.Every.of(Phrase.Unit.MONTH, 3), i + 1);
        }
        if (isWord(i, "year", "years")) {
            return yearly(n, i + 1);
        }
        if (!numbered && isWord(i, "weekday", "weekdays")) {
            return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.WEEK, 1), Phrase.DayPart.weekdays(Phrase.WORKING_DAYS)),
                    i + 1);
        }
        if (!numbered && isWord(i, "weekend", "weekends")) {
            return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.WEEK, 1),
                    Phrase.DayPart.weekdays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))), i + 1);
        }
        if (!numbered && isWord(i, "even", "odd")) {
            Phrase.Months months = isWord(i, "even") ? Phrase.Months.EVEN : Phrase.Months.ODD;
            int j = optional(i + 1, "numbered");
            if (!isWord(j, "month", "months")) {
                throw error(j, "expected 'month' after even or odd, but found " + found(j));
            }
            return onDays(Phrase.Every.of(Phrase.Unit.MONTH, 1).in(months), j + 1);
        }
        if (weekday(i) != null && n <= 2) {
            Read<Set<DayOfWeek>> days = weekdayList(i, "");
            Phrase.DayPart part = Phrase.DayPart.weekdays(days.value());
            int j = days.end();
            if (!numbered && isWord(j, "in", "of") && isMonthSpecAhead(j)) {
                Read<Phrase.Every> every = monthSpec(j + 1); // every Saturday in July, every Saturday in even months
                return new Read<>(new Fixed(every.value(), part), every.end());
            }
            return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.WEEK, n), part), j);
        }
        if (!numbered && month(i) != null) {
            Read<List<Integer>> months = monthNames(i);
            return frame(Phrase.Every.years(1, months.value()), months.end());
        }
        throw error(i, "expected day, week, month, year, other, a number or a weekday after '" + since(0, i)
                + "', but found " + found(i));
    }

    /**
     * After every: ordinal weekdays, which are monthly when the phrase says so: followed by the
     * months (every third Friday of the month), or more than one ordinal (every 2nd and 4th
     * Wednesday), or first or last (every last Friday). Returns null when no ordinal weekday
     * follows. "every second Tuesday" alone is ambiguous (of every month, or every other week) and
     * rejected with a hint.
     */
    private @Nullable Read<Fixed> everyOrdinalWeekday(int i) {
        int j = i;
        while (isOrdinal(j) && !isWord(j + 1, "day")) {
            int next = separator(j + 1);
            if (next < 0 || !isOrdinal(next)) {
                break;
            }
            j = next;
        }
        if (!isOrdinal(j) || weekday(j + 1) == null) {
            return null;
        }
        Read<Days> days = dayPart(i, false);
        int end = days.end();
        if (isWord(end, "of", "in")) {
            return monthsOf(days, end + 1);
        }
        List<Integer> ords = days.value().part().ordinals();
        if (ords.size() == 1 && ords.get(0) != 1 && ords.get(0) != -1) {
            Token ordinal = token(i);
            String written = original(ordinal);
            String day = original(token(i + 1));
            long number = ordinal.type() == Type.ORDINAL ? ordinal.value() : ORDINAL_WORDS.get(ordinal.text());
            throw error(i, "'every " + written + " " + day + "' is ambiguous; write '" + written + " " + day
                    + " of every month' or 'every " + number + " weeks on " + day + "'");
        }
        return new Read<>(new Fixed(Phrase.Every.of(Phrase.Unit.MONTH, 1), days.value().part()), end);
    }

    /** Returns whether the token after an index starts months: July, even, odd, every, the. */
    private boolean isMonthSpecAhead(int i) {
        int next = isWord(i + 1, "the") ? i + 2 : i + 1; // in the even months, not in the morning
        return month(next) != null || isWord(next, "even", "odd", "every", "each", "month");
    }

    /** After every week or every 2 weeks: optional "on Monday and Friday". */
    private Read<Fixed> onWeekdays(Phrase.Every every, int i) {
        if (!isWord(i, "on")) {
            return frame(every, i);
        }
        Read<Set<DayOfWeek>> days = weekdayList(i + 1, "on");
        return new Read<>(new Fixed(every, Phrase.DayPart.weekdays(days.value())), days.end());
    }

    /** After every month, every 3 months or every even month: optional "on the third Friday". */
    private Read<Fixed> onDays(Phrase.Every every, int i) {
        if (!isWord(i, "on")) {
            return frame(every, i);
        }
        Read<Days> days = dayPart(optional(i + 1, "the"), false);
        return new Read<>(new Fixed(every, days.value().part()), days.end());
    }

    /** After every year or every 2 years: optional "in July", "on July 1", "on the 1st of July". */
    private Read<Fixed> yearly(int n, int i) {
        if (isWord(i, "in")) {
            Read<List<Integer>> months = monthNames(i + 1);
            return frame(Phrase.Every.years(n, months.value()), months.end());
        }
        if (!isWord(i, "on")) {
            return frame(Phrase.Every.of(Phrase.Unit.YEAR, n), i);
        }
        if (month(i + 1) != null) {
            return yearDate(i + 1, n);
        }
        Read<Days> days = dayPart(optional(i + 1, "the"), true);
        int j = days.end();
        if (!isWord(j, "of", "in")) {
            throw error(j, "expected 'of' and a month after '" + since(0, j) + "', but found " + found(j));
        }
        Read<List<Integer>> months = monthNames(j + 1);
        checkMonthDays(days.value(), months.value());
        return new Read<>(new Fixed(Phrase.Every.years(n, months.value()), days.value().part()), months.end());
    }

    /** July 1, July 1st: one day of one month, every year or every n years. */
    private Read<Fixed> yearDate(int i, int n) {
        int m = Objects.requireNonNull(month(i));
        Token day = token(i + 1);
        if (day.value() < 1 || day.value() > 31) {
            throw PhraseParser.error(input, day.start(), "a day of the month must be from 1 to 31, was " + shown(day));
        }
        int d = (int) day.value();
        String problem = PhraseParser.dayProblem("the " + Texts.ordinal(d), d, List.of(m), namesOf(List.of(m)));
        if (problem != null) {
            throw PhraseParser.error(input, day.start(), problem); // issue 11: February 30 never occurs
        }
        Read<Integer> interval = yearInterval(i + 2, n);
        return new Read<>(new Fixed(Phrase.Every.years(interval.value(), List.of(m)), Phrase.DayPart.monthDays(List.of(d))),
                interval.end());
    }

    /**
     * The days before "of": third Friday, first and third Friday, last Friday, the 1st, the 1st and
     * 15th, the last day, every Saturday.
     */
    private Read<Days> dayPart(int start, boolean beforeMonths) {
        if (isWord(start, "every", "each")) {
            Read<Set<DayOfWeek>> days = weekdayList(start + 1, since(start, start + 1));
            return new Read<>(new Days(Phrase.DayPart.weekdays(days.value()), List.of(), List.of()), days.end());
        }
        List<Integer> items = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        boolean lastDay = false;
        int i = start;
        while (true) {
            Token t = token(i);
            starts.add(t.start());
            if (t.type() == Type.ORDINAL) {
                items.add(t.value() > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) t.value());
                shown.add(shown(t));
                i++;
            } else if (isWord(i, "last")) {
                i++;
                if (isWord(i, "day")) {
                    lastDay = true;
                    i++;
                }
                items.add(-1);
                shown.add("-1");
            } else if (t.type() == Type.WORD && ORDINAL_WORDS.containsKey(t.text())) {
                items.add(ORDINAL_WORDS.get(t.text()));
                shown.add(Integer.toString(ORDINAL_WORDS.get(t.text())));
                i++;
            } else {
                throw error(i, "expected an ordinal such as first, 1st or last, but found " + found(i));
            }
            int next = separator(i);
            if (next < 0 || !(token(next).type() == Type.ORDINAL
                    || isWord(next, "last", "first", "second", "third", "fourth", "fifth"))) {
                break;
            }
            i = next;
        }
        if (!lastDay && weekday(i) != null) {
            for (int k = 0; k < items.size(); k++) {
                int o = items.get(k);
                if (o != -1 && (o < 1 || o > 5)) {
                    throw PhraseParser.error(input, starts.get(k), "an ordinal weekday must be first to fifth or last, was "
                            + shown.get(k));
                }
            }
            Read<Set<DayOfWeek>> days = weekdayList(i, since(start, i));
            return new Read<>(new Days(Phrase.DayPart.ordinals(items, days.value()), items, starts), days.end());
        }
        if (!lastDay && isWord(i, "day") && items.size() == 1) {
            i++; // "the 1st day of every month"
        }
        if (beforeMonths && !isWord(i, "of", "in")) {
            throw error(i, "expected a weekday such as Monday after '" + since(start, i) + "', but found " + found(i));
        }
        for (int k = 0; k < items.size(); k++) {
            int d = items.get(k);
            if (d != -1 && (d < 1 || d > 31)) {
                throw PhraseParser.error(input, starts.get(k), "a day of the month must be from 1 to 31, was " + shown.get(k));
            }
        }
        return new Read<>(new Days(Phrase.DayPart.monthDays(items), items, starts), i);
    }

    /** Rejects a day of the month that none of the months has: the 30th of February (issue 11). */
    private void checkMonthDays(Days days, List<Integer> months) {
        if (days.part().days() != Phrase.Days.MONTH_DAYS) {
            return;
        }
        for (int k = 0; k < days.items().size(); k++) {
            int d = days.items().get(k);
            String problem = PhraseParser.dayProblem("the " + Texts.ordinal(Math.max(d, 1)), d, months, namesOf(months));
            if (problem != null) {
                throw PhraseParser.error(input, days.starts().get(k), problem);
            }
        }
    }

    /** Returns months as a message names them: February, April and June. */
    private static String namesOf(List<Integer> months) {
        List<String> names = new ArrayList<>();
        months.forEach(m -> names.add(PhraseWriter.MONTH_EN[m - 1]));
        return Texts.join(names, ", ", " and ");
    }

    /** The months after "of" or "in". */
    private Read<Phrase.Every> monthSpec(int at) {
        if (isWord(at, "every", "each")) {
            int i = at + 1;
            if (isWord(i, "month")) {
                return new Read<>(Phrase.Every.of(Phrase.Unit.MONTH, 1), i + 1);
            }
            if (isWord(i, "other")) {
                return new Read<>(Phrase.Every.of(Phrase.Unit.MONTH, 2), expect(i + 1, "month", "after 'every other'"));
            }
            if (isWord(i, "even", "odd")) {
                return evenOrOdd(i);
            }
            Read<Long> n = number(i);
            if (n != null) {
                String problem = PhraseParser.intervalProblem(n.value(), token(i).type() == Type.NUMBER
                        ? shown(token(i)) : Long.toString(n.value()));
                if (problem != null) {
                    throw error(at, problem);
                }
                if (!isWord(n.end(), "months", "month")) {
                    throw error(n.end(), "expected 'months' after every " + n.value() + ", but found " + found(n.end()));
                }
                return new Read<>(Phrase.Every.of(Phrase.Unit.MONTH, Math.toIntExact(n.value())), n.end() + 1);
            }
            throw error(i, "expected month, other month, a number of months or even months after every, but found "
                    + found(i));
        }
        int i = optional(at, "the");
        if (isWord(i, "month")) {
            return new Read<>(Phrase.Every.of(Phrase.Unit.MONTH, 1), i + 1);
        }
        if (isWord(i, "even", "odd")) {
            return evenOrOdd(i);
        }
        if (month(i) != null) {
            Read<List<Integer>> months = monthNames(i);
            Read<Integer> interval = yearInterval(months.end(), 1);
            return new Read<>(Phrase.Every.years(interval.value(), months.value()), interval.end());
        }
        throw error(i, "expected every month, even months, odd months or a month such as July, but found " + found(i));
    }

    private Read<Phrase.Every> evenOrOdd(int i) {
        Phrase.Months months = isWord(i, "even") ? Phrase.Months.EVEN : Phrase.Months.ODD;
        int j = optional(i + 1, "numbered");
        if (!isWord(j, "months", "month")) {
            throw error(j, "expected 'months' after even or odd, but found " + found(j));
        }
        return new Read<>(Phrase.Every.of(Phrase.Unit.MONTH, 1).in(months), j + 1);
    }

    /** Month names: July, January and July, Jan, Apr, Jul and Oct. */
    private Read<List<Integer>> monthNames(int at) {
        TreeSet<Integer> months = new TreeSet<>();
        int i = at;
        while (true) {
            Integer m = month(i);
            if (m == null) {
                throw error(i, "expected a month such as July, but found " + found(i));
            }
            months.add(m);
            i++;
            int next = separator(i);
            if (next < 0 || month(next) == null) {
                return new Read<>(new ArrayList<>(months), i);
            }
            i = next;
        }
    }

    /**
     * After the months of a yearly phrase: every year, every 2 years, every other year; returns
     * the interval they give, or the one given before when they are not there.
     */
    private Read<Integer> yearInterval(int at, int interval) {
        if (!isWord(at, "every", "each")) {
            return new Read<>(interval, at);
        }
        int i = at + 1;
        if (isWord(i, "year")) {
            return new Read<>(interval, i + 1);
        }
        if (isWord(i, "other")) {
            return new Read<>(2, expect(i + 1, "year", "after 'every other'"));
        }
        Read<Long> n = number(i);
        if (n != null && isWord(n.end(), "years", "year")) {
            String problem = PhraseParser.intervalProblem(n.value(), token(i).type() == Type.NUMBER
                    ? shown(token(i)) : Long.toString(n.value()));
            if (problem != null) {
                throw error(i, problem);
            }
            return new Read<>(Math.toIntExact(n.value()), n.end() + 1);
        }
        return new Read<>(interval, at);
    }

    /** Weekdays: Monday, Monday and Friday, Monday, Wednesday and Friday, Mondays. */
    private Read<Set<DayOfWeek>> weekdayList(int at, String after) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        int i = at;
        while (true) {
            DayOfWeek d = weekday(i);
            if (d == null) {
                throw error(i, "expected a weekday such as Monday" + (after.isEmpty() ? "" : " after '" + after + "'")
                        + ", but found " + found(i));
            }
            out.add(d);
            i++;
            int next = separator(i);
            if (next < 0 || weekday(next) == null) {
                return new Read<>(out, i);
            }
            i = next;
        }
    }

    // --- time of day: at 19:00, at 7 pm, at 7:30pm, in the evening

    private @Nullable Read<LocalTime> time(int start) {
        int i = token(start).type() == Type.COMMA ? start + 1 : start;
        boolean at = isWord(i, "at");
        i = at ? i + 1 : i;
        Token t = token(i);
        LocalTime time = null;
        if (t.type() == Type.TIME || t.type() == Type.NUMBER) {
            i++;
            long hour;
            int minute = 0;
            int second = 0;
            if (t.type() == Type.TIME) {
                String[] parts = t.text().split(":");
                hour = Integer.parseInt(parts[0]);
                minute = Integer.parseInt(parts[1]);
                second = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            } else {
                hour = t.value();
            }
            boolean pm = isWord(i, "pm");
            if (pm || isWord(i, "am")) {
                i++;
                if (hour < 1 || hour > 12) {
                    throw PhraseParser.error(input, t.start(), "with am or pm an hour must be from 1 to 12, was "
                            + (t.type() == Type.NUMBER ? shown(t) : Long.toString(hour)));
                }
                hour = hour % 12 + (pm ? 12 : 0);
            } else if (t.type() == Type.NUMBER) {
                if (!at) {
                    return null;
                }
                throw error(i, "expected am or pm after " + t.text() + " (or write " + t.text() + ":00), but found "
                        + found(i));
            }
            if (hour > 23 || minute > 59 || second > 59) {
                throw PhraseParser.error(input, t.start(), "not a time of day: " + t.text());
            }
            time = LocalTime.of((int) hour, minute, second);
        } else if (isWord(i, "noon", "midday")) {
            time = Cadence.NOON;
            i++;
        } else if (isWord(i, "midnight")) {
            time = LocalTime.MIDNIGHT;
            i++;
        } else if (at && isWord(i, "night")) {
            time = Cadence.EVENING;
            i++;
        } else if (!at) {
            boolean in = isWord(i, "in");
            i = optional(i, "in");
            boolean the = isWord(i, "the");
            i = optional(i, "the");
            if (isWord(i, "morning", "mornings")) {
                time = Cadence.MORNING;
                i++;
            } else if (isWord(i, "evening", "evenings", "night", "nights")) {
                time = Cadence.EVENING;
                i++;
            } else if (isWord(i, "afternoon", "afternoons")) {
                time = Cadence.LATE_AFTERNOON;
                i++;
            } else if (in || the) {
                throw error(i, "expected morning, afternoon or evening, but found " + found(i));
            }
        }
        if (time == null) {
            if (at) {
                throw error(i, "expected a time such as 19:00 or 7 pm after 'at', but found " + found(i));
            }
            return null;
        }
        if (isWord(i, "to", "until") && (token(i + 1).type() == Type.TIME || token(i + 1).type() == Type.NUMBER)) {
            throw error(i, "a cadence keeps only the start time; leave out '" + token(i).text() + " ...'");
        }
        return new Read<>(time, i);
    }

    // --- end: , 10 times / , until 2026-03-31

    private @Nullable Read<Phrase.End> end(int start) {
        int i = token(start).type() == Type.COMMA ? start + 1 : start;
        Phrase.End end;
        if (isWord(i, "until")) {
            Token t = token(i + 1);
            if (t.type() != Type.DATE) {
                throw error(i + 1, "expected a date such as 2026-03-31 after 'until', but found " + found(i + 1));
            }
            end = new Phrase.End(0, date(t));
            i += 2;
        } else if (isWord(i, "for") || token(i).type() == Type.NUMBER) {
            int k = optional(i, "for");
            Read<Long> n = number(k);
            if (n == null || !isWord(n.end(), "times", "time", "occurrences", "sessions")) {
                if (isWord(start, "for")) {
                    int where = n == null ? k : n.end();
                    throw error(where, "expected a number of times such as 10 times, but found " + found(where));
                }
                return null;
            }
            String problem = PhraseParser.countProblem(n.value(), token(k).type() == Type.NUMBER
                    ? shown(token(k)) : Long.toString(n.value()));
            if (problem != null) {
                throw error(k, problem);
            }
            end = new Phrase.End(Math.toIntExact(n.value()), null);
            i = n.end() + 1;
        } else {
            return null;
        }
        int j = token(i).type() == Type.COMMA ? i + 1 : i;
        if (isWord(j, "until", "for") || (token(j).type() == Type.NUMBER && isWord(j + 1, "times", "time"))) {
            throw error(i, "a cadence ends either after a number of times or on a date, not both");
        }
        return new Read<>(end, i);
    }

    private Temporal date(Token t) {
        try {
            String s = t.text().toUpperCase(Locale.ROOT);
            if (s.endsWith("Z")) {
                return LocalDateTime.parse(s.substring(0, s.length() - 1)).toInstant(ZoneOffset.UTC);
            }
            return s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new SecunityParseException("not a valid date: " + t.text(), input, t.start(), null, e);
        }
    }
}
