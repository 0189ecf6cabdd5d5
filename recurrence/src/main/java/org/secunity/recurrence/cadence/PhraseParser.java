package org.secunity.recurrence.cadence;

import java.time.LocalTime;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * What the {@linkplain JapaneseParser Japanese} and {@linkplain EnglishParser English} parsers
 * share, as functions: the bounds on the numbers a phrase gives, with their messages, and the end
 * of a fixed phrase, which checks the parts read and makes the cadence. Stateless.
 */
final class PhraseParser {

    /** The most times per period an approximate cadence may give (年1000回). */
    static final int MAX_TIMES = 1000;

    private PhraseParser() {
    }

    /** Returns a parse error at an index of the input. */
    static SecunityParseException error(String input, int index, String message) {
        return new SecunityParseException(message, input, index, null);
    }

    /**
     * Returns what is wrong with an interval, or null: it must be from 1 to
     * {@link Phrase#MAX_NUMBER}.
     *
     * @param written the number as the input writes it, for the message
     */
    static @Nullable String intervalProblem(long n, String written) {
        return n < 1 ? "an interval must be at least 1, was " + written
                : n > Phrase.MAX_NUMBER ? "an interval must be at most " + Phrase.MAX_NUMBER_TEXT + ", was " + written : null;
    }

    /** Returns what is wrong with the number of times of an end (全10回, 10 times), or null. */
    static @Nullable String countProblem(long n, String written) {
        return n < 1 ? "a number of times must be at least 1, was " + written
                : n > Phrase.MAX_NUMBER ? "a number of times must be at most " + Phrase.MAX_NUMBER_TEXT + ", was " + written : null;
    }

    /** Returns what is wrong with the number of times per period of 年2回, twice a year, or null. */
    static @Nullable String timesProblem(long n, String written) {
        return n < 1 ? "a number of times must be at least 1, was " + written
                : n > MAX_TIMES ? "a number of times per period must be at most 1000, was " + written : null;
    }

    /**
     * Returns what is wrong with a day of the month in some months, or null: a day none of them
     * has (2月30日, 4月31日) never occurs.
     *
     * @param day the day as the message names it, such as {@code 30日} or {@code the 30th}
     * @param months the months, or empty for every month
     * @param monthNames the months as the message names them, such as {@code 2月・4月}
     */
    static @Nullable String dayProblem(String day, int value, List<Integer> months, String monthNames) {
        if (months.isEmpty() || value <= Phrase.longestMonth(months)) {
            return null;
        }
        return day + " never occurs in " + monthNames + (months.size() == 1 ? ", which has" : ", which have")
                + " at most " + Phrase.longestMonth(months) + " days";
    }

    /** What follows the days of a fixed phrase: a time of day, an end, and the index after them. */
    record Tail(@Nullable LocalTime time, Phrase.End end, int next) {
    }

    /**
     * Reads what may follow the days of a fixed phrase: a time of day, then an end, or the end
     * first and then the time (毎週月曜日、全3回 19時). Each reader returns null when its words are
     * not at the index it is given.
     */
    static Tail tail(int at, IntFunction<@Nullable Read<LocalTime>> timeReader,
            IntFunction<@Nullable Read<Phrase.End>> endReader) {
        Read<LocalTime> time = timeReader.apply(at);
        int next = time == null ? at : time.end();
        Read<Phrase.End> end = endReader.apply(next);
        next = end == null ? next : end.end();
        if (time == null) {
            time = timeReader.apply(next);
            next = time == null ? next : time.end();
        }
        return new Tail(time == null ? null : time.value(), end == null ? Phrase.End.NONE : end.value(), next);
    }

    /**
     * Returns the fixed cadence of a phrase, at a time of day if one was read.
     *
     * @throws SecunityParseException at index 0 if the parts do not make a phrase
     */
    static Cadence fixedCadence(String input, Phrase phrase, @Nullable LocalTime time) {
        String problem = phrase.problem();
        if (problem != null) {
            throw error(input, 0, problem);
        }
        return time == null ? Cadence.of(phrase.toRule()) : Cadence.of(phrase.toRule(), time);
    }
}
