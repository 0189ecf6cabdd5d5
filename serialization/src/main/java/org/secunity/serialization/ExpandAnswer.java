package org.secunity.serialization;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.serialization.internal.Documents;
import org.secunity.serialization.internal.ExpandCodecs;
import org.secunity.serialization.internal.SecunityStyle;

/**
 * The answer to an {@link ExpandRequest}: its occurrences, or what was wrong with it. It is one
 * output line of {@code secunity expand --jsonl} and the body of the HTTP server's
 * {@code POST /v1/expand} answer.
 *
 * <p>The wire form is {@code {"occurrences":["1997-09-10T09:00:00", …]}} or
 * {@code {"error":"…"}}, never both; when a bound of work stopped the expansion before the
 * request's limit, {@code {"occurrences":[…],"truncated":"…why…"}} with the occurrences found. Occurrences are formatted by the request's start: dates as
 * {@code 1997-09-10}, floating times as {@code 1997-09-10T09:00:00}, zoned times as the local time
 * with its offset, {@code 2026-01-14T19:00:00+09:00}. Readers must ignore members they do not
 * know, so that members can be added beside {@code occurrences}.
 *
 * <p>{@link #answerLine(CharSequence, long)} answers one line of JSON lines as the CLI does,
 * including the line-level error wording {@code {"error":"line 4: $.rrule: …"}}; it never throws
 * for bad input. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * ExpandAnswer.answerLine("{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=WEEKLY\",\"limit\":2}", 1);
 *         // {"occurrences":["2026-01-05","2026-01-12"]}
 * ExpandAnswer.answerLine("{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2XX\"}", 4);
 *         // {"error":"line 4: $.rrule: expected a weekday such as MO or 2WE, was \"2XX\" in BYDAY at index 19 …"}
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class ExpandAnswer {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

    /** In a one-line document every location is on line 1: only its column is worth saying. */
    private static final Pattern FIRST_LINE = Pattern.compile("\\bline 1, column (\\d+)");

    ExpandAnswer() {}

    /**
     * Returns the occurrences, in order.
     *
     * @return the occurrences, formatted as the class documentation says; empty for an error
     */
    public abstract List<String> occurrences();

    /**
     * Returns why the occurrences stop short of the request's limit when a bound of work stopped
     * the expansion ({@code Truncation.reason()} of the recurrence module).
     *
     * @return the reason, one line, or empty when the occurrences are complete (or for an error)
     */
    public abstract Optional<String> truncated();

    /**
     * Returns what was wrong with the request.
     *
     * @return the message, one line, or empty when the request was answered with occurrences
     */
    public abstract Optional<String> error();

    /**
     * Returns whether this answer is an error.
     *
     * @return true when {@link #error()} is present
     */
    public boolean isError() {
        return error().isPresent();
    }

    /**
     * Returns the answer with occurrences.
     *
     * @param occurrences the formatted occurrences, in order, not null
     * @return the answer, not null
     */
    public static ExpandAnswer of(List<String> occurrences) {
        return new Builder().occurrences(occurrences).build();
    }

    /**
     * Returns the answer with the occurrences found before a bound of work stopped the expansion.
     *
     * <pre>{@code
     * ExpandAnswer.truncated(List.of("2026-01-05"), "stopped after 16777216 steps of work ...").toJson();
     *         // {"occurrences":["2026-01-05"],"truncated":"stopped after 16777216 steps of work ..."}
     * }</pre>
     *
     * @param occurrences the formatted occurrences found, in order, not null
     * @param reason why the list stops there, not blank; line breaks are folded into spaces
     * @return the answer, not null
     */
    public static ExpandAnswer truncated(List<String> occurrences, String reason) {
        return new Builder().occurrences(occurrences).truncated(oneLine(Objects.requireNonNull(reason, "reason")))
                .build();
    }

    /**
     * Returns the answer for a request that could not be expanded.
     *
     * @param message what was wrong and where, not blank; line breaks are folded into spaces
     * @return the answer, not null
     */
    public static ExpandAnswer error(String message) {
        return new Builder().error(oneLine(Objects.requireNonNull(message, "message"))).build();
    }

    /**
     * Answers the JSON text of a request: {@link ExpandRequest#parse(CharSequence)}, then
     * {@link ExpandRequest#expand()}. Never throws for bad input.
     *
     * @param json the request's JSON object, not null
     * @return the occurrences, or an error naming every violation with its JSON path, not null
     */
    public static ExpandAnswer answer(CharSequence json) {
        try {
            return ExpandRequest.parse(json).expand();
        } catch (SecunityException e) {
            return error(String.valueOf(e.getMessage()));
        }
    }

    /**
     * Answers one line of {@code expand --jsonl} with one line of JSON (without a line break): the
     * {@link #toJson()} of {@link #answer(CharSequence)}, or for a bad line
     * {@code {"error":"line N: …"}}, whose locations give the column only. Never throws for bad
     * input.
     *
     * @param line the line's text, without its line break, not null
     * @param lineNumber the 1-based line number, for the error
     * @return the answer line, not null
     */
    public static String answerLine(CharSequence line, long lineNumber) {
        Objects.requireNonNull(line, "line");
        if (line.toString().isBlank()) {
            return errorLine(lineNumber, "empty line; expected a JSON object such as "
                    + "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\"}");
        }
        ExpandAnswer answer;
        try {
            answer = ExpandRequest.parse(line).expand();
        } catch (SecunityDataException e) {
            return errorLine(lineNumber, FIRST_LINE.matcher(String.valueOf(e.getMessage())).replaceAll("column $1"));
        }
        return answer.error().map(message -> errorLine(lineNumber, message)).orElseGet(answer::toJson);
    }

    /**
     * Returns the answer to a bad line of JSON lines, as every JSON lines command of the CLI
     * writes it: {@code {"error":"line N: message"}}, on one line.
     *
     * @param lineNumber the 1-based line number
     * @param message what was wrong, not null; line breaks are folded into spaces
     * @return compact JSON without a line break, not null
     */
    public static String errorLine(long lineNumber, String message) {
        return error("line " + lineNumber + ": " + Objects.requireNonNull(message, "message")).toJson();
    }

    /**
     * Reads an answer from its JSON object; members other than {@code occurrences},
     * {@code truncated} and {@code error} are ignored, as readers of answers must.
     *
     * @param json the JSON object, not null
     * @return the answer, not null
     * @throws SecunityDataException if the text is not an answer: not JSON, or with neither or
     *     both of {@code occurrences} and {@code error}, or {@code truncated} with {@code error}
     */
    public static ExpandAnswer parse(CharSequence json) {
        Objects.requireNonNull(json, "json");
        return Documents.read(ExpandCodecs.ANSWER, new StringReader(json.toString()), null, Format.JSON,
                ReadOptions.defaults().withUnknownPropertiesIgnored(true));
    }

    /**
     * Returns the answer as one line of JSON: {@code {"occurrences":[…]}} (with {@code "truncated"}
     * when cut short) or {@code {"error":"…"}}.
     *
     * @return compact JSON without a line break, not null
     */
    public String toJson() {
        return Documents.compactJson(ExpandCodecs.ANSWER, this);
    }

    /**
     * Returns the answer as its JSON.
     *
     * @return the same as {@link #toJson()}
     */
    @Override
    public String toString() {
        return toJson();
    }

    @Value.Check
    void check() {
        truncated().ifPresent(reason -> {
            if (reason.isBlank()) {
                throw new SecunityDataException("truncated", "must not be blank");
            }
            if (isError()) {
                throw new SecunityDataException("truncated", "an error answer is not truncated");
            }
        });
        error().ifPresent(message -> {
            if (message.isBlank()) {
                throw new SecunityDataException("error", "must not be blank");
            }
            if (!occurrences().isEmpty()) {
                throw new SecunityDataException("occurrences", "an error answer has no occurrences");
            }
        });
    }

    private static String oneLine(String message) {
        return LINE_BREAKS.matcher(message).replaceAll(" ").strip();
    }

    /** Builds an {@link ExpandAnswer}. */
    static final class Builder extends ImmutableExpandAnswer.Builder {
        Builder() {}
    }

    /**
     * Returns one occurrence as {@code expand} writes it: {@code 2026-01-14} for a date,
     * {@code 2026-01-14T19:00:00} for a floating date-time, {@code 2026-01-14T19:00:00+09:00} for a zoned one.
     *
     * <pre>{@code
     * ExpandAnswer.occurrenceText(LocalDateTime.of(2026, 1, 14, 19, 0)); // "2026-01-14T19:00:00"
     * }</pre>
     *
     * @param occurrence a {@link LocalDate}, {@link LocalDateTime} or {@link ZonedDateTime}, not null
     * @return its text, not null
     * @throws SecunityException if the occurrence is of another type
     */
    public static String occurrenceText(Temporal occurrence) {
        Objects.requireNonNull(occurrence, "occurrence");
        if (occurrence instanceof ZonedDateTime z) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z);
        }
        if (occurrence instanceof LocalDateTime l) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(l);
        }
        if (occurrence instanceof LocalDate d) {
            return d.toString();
        }
        throw new SecunityException("an occurrence is a date, a date-time or a zoned date-time, not a "
                + occurrence.getClass().getSimpleName());
    }
}
