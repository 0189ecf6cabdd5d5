package org.secunity.serialization;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.ExpansionOptions;
import org.secunity.recurrence.Occurrences;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.internal.Documents;
import org.secunity.serialization.internal.ExpandCodecs;
import org.secunity.serialization.internal.SecunityStyle;

/**
 * One request to expand a recurrence: a line of {@code secunity expand --jsonl}, and the body of
 * the HTTP server's {@code POST /v1/expand}. Both read it with {@link #parse(CharSequence)} and
 * answer it with {@link #expand()}, so they accept the same requests and give the same answers.
 *
 * <p>The wire form is a JSON object whose members are the accessors below:
 *
 * <pre>{@code
 * {"dtstart":"1997-09-02T09:00:00","rrule":"FREQ=MONTHLY;BYDAY=2WE","limit":3}
 * {"dtstart":"2026-01-01","cadence":"毎週月曜日","holidays":"JP","holidayPolicy":"SKIP","limit":2}
 * {"recurrence":"DTSTART;TZID=Asia/Tokyo:20260107T190000\nRRULE:FREQ=WEEKLY;BYDAY=WE\nEXDATE;TZID=Asia/Tokyo:20260114T190000","limit":3}
 * }</pre>
 *
 * <ul>
 *   <li>either {@code dtstart} with a source: {@code dtstart} is a local date-time
 *       ({@code yyyy-MM-ddTHH:mm[:ss]}), or a date ({@code yyyy-MM-dd}) for whole-day occurrences,
 *       and the source is {@code rrule} (a strict RFC 5545 RRULE value) or {@code cadence} (a
 *       Japanese or English phrase with fixed dates, whose time of day, if it says one, replaces
 *       dtstart's), exactly one of them; occurrences are the rule's, dtstart only when it matches;
 *   <li>or {@code recurrence}: the iCalendar text of a whole recurrence set ({@code DTSTART},
 *       {@code RRULE}, {@code RDATE} and {@code EXDATE} lines, read by
 *       {@link RecurrenceSet#parse(CharSequence)}), whose occurrences include its DTSTART as RFC 5545
 *       says; its rules share one bound of work ({@link ExpansionOptions#DEFAULT_MAX_STEPS} divided
 *       among them);
 *   <li>{@code zone}: a zone ID; without it, times are floating local times (with a
 *       {@code recurrence}: only for a floating DTSTART, whose times are then placed in the zone);
 *   <li>{@code limit}: at most this many occurrences, 0 to {@value #MAX_LIMIT}, default
 *       {@value #DEFAULT_LIMIT};
 *   <li>{@code holidays}: {@value #JAPAN}, with {@code holidayPolicy} ({@code SKIP} by default)
 *       and {@code holidayTrigger} ({@code NON_BUSINESS_DAY} by default).
 * </ul>
 *
 * <p>Reading uses the serialization module's codecs and {@link ReadOptions}, so a bad request is
 * one {@link SecunityDataException} listing every violation with its JSON path
 * ({@code $.rrule: expected a weekday such as MO or 2WE, was "2XX" in BYDAY at index 19 of
 * "FREQ=MONTHLY;BYDAY=2XX" (line 1, column 30)}), and a request breaks the same limits as
 * any other document.
 *
 * <p>The work of one request is bounded ({@link ExpansionOptions#maxSteps()}); when the bound
 * stops the expansion before {@code limit} occurrences, the answer says so:
 * {@code {"occurrences":[…],"truncated":"stopped after 16777216 steps of work …"}}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * ExpandRequest request = ExpandRequest.parse(
 *         "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":3}");
 * request.expand().toJson();
 *         // {"occurrences":["1997-09-10T09:00:00","1997-10-08T09:00:00","1997-11-12T09:00:00"]}
 * ExpandRequest.builder().dtstart("2026-01-01").cadence("毎週月曜日").limit(2).build().expand().occurrences();
 *         // [2026-01-05, 2026-01-12]
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class ExpandRequest {

    /** The number of occurrences when a request gives no {@code limit}: {@value}. */
    public static final int DEFAULT_LIMIT = 100;

    /** The largest {@code limit} a request may ask for: {@value}. */
    public static final int MAX_LIMIT = 10_000;

    /** The one holiday calendar there is, the national holidays of Japan: {@value}. */
    public static final String JAPAN = "JP";

    ExpandRequest() {}

    /**
     * Returns the start: a local date-time such as {@code 1997-09-02T09:00:00}, or a date such as
     * {@code 1997-09-02} for whole-day occurrences. Occurrences are the rule's on or after it; the
     * start itself is one only when it matches the rule.
     *
     * @return the start as written, present in every valid request without a {@link #recurrence()}
     */
    public abstract Optional<String> dtstart();

    /**
     * Returns the iCalendar text of a recurrence set, the alternative to {@link #dtstart()} with
     * {@link #rrule()} or {@link #cadence()}.
     *
     * <pre>{@code
     * DTSTART:19970902T090000
     * RRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH
     * EXDATE:19970904T090000,19970911T090000
     * }</pre>
     *
     * @return the text, as {@link RecurrenceSet#parse(CharSequence)} reads it, or empty when the
     *     request gives a dtstart
     */
    public abstract Optional<String> recurrence();

    /**
     * Returns the RFC 5545 RRULE value (without {@code RRULE:}), strict.
     *
     * @return the rule text, or empty when the request gives a {@link #cadence()}
     */
    public abstract Optional<String> rrule();

    /**
     * Returns the cadence phrase, Japanese or English, with fixed dates, such as
     * {@code 偶数月の第2水曜日の晩} or {@code second Saturday of July}.
     *
     * @return the phrase, or empty when the request gives an {@link #rrule()}
     */
    public abstract Optional<String> cadence();

    /**
     * Returns the time zone of a date-time start.
     *
     * @return the zone, or empty for floating local times
     */
    public abstract Optional<ZoneId> zone();

    /**
     * Returns the most occurrences to answer with.
     *
     * @return the limit, from 0 to {@value #MAX_LIMIT}; {@value #DEFAULT_LIMIT} unless set
     */
    @Value.Default
    public int limit() {
        return DEFAULT_LIMIT;
    }

    /**
     * Returns the holiday calendar whose days off the {@link #holidayPolicy()} acts on.
     *
     * @return {@value #JAPAN}, or empty for no holiday adjustment
     */
    public abstract Optional<String> holidays();

    /**
     * Returns what happens to an occurrence on a day off; only with {@link #holidays()}.
     *
     * @return the policy, or empty for {@link HolidayPolicy#SKIP} (with holidays) or none
     */
    public abstract Optional<HolidayPolicy> holidayPolicy();

    /**
     * Returns which days off the policy acts on; only with {@link #holidays()}.
     *
     * @return the trigger, or empty for {@link HolidayPolicy.Trigger#NON_BUSINESS_DAY} (with
     *     holidays) or none
     */
    public abstract Optional<HolidayPolicy.Trigger> holidayTrigger();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a request from its JSON object, with the default {@link ReadOptions}.
     *
     * @param json the JSON object, not null
     * @return the request, valid, not null
     * @throws SecunityDataException if the text is not JSON, breaks a limit, has an unknown,
     *     missing or mistyped member, or a value that is not valid (a bad rule names the rule part
     *     and index); it lists every violation with its JSON path, line and column
     */
    public static ExpandRequest parse(CharSequence json) {
        return parse(json, ReadOptions.defaults());
    }

    /**
     * Reads a request from its JSON object, with other limits.
     *
     * @param json the JSON object, not null
     * @param options the limits and strictness, not null
     * @return the request, valid, not null
     * @throws SecunityDataException if the text is not a valid request
     */
    public static ExpandRequest parse(CharSequence json, ReadOptions options) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(options, "options");
        return Documents.read(ExpandCodecs.REQUEST, new StringReader(json.toString()), null, Format.JSON, options);
    }

    /**
     * Returns the request as its JSON object, on one line; {@link #parse(CharSequence)} reads it
     * back.
     *
     * @return compact JSON without a line break, not null
     */
    public String toJson() {
        return Documents.compactJson(ExpandCodecs.REQUEST, this);
    }

    /**
     * Expands the request: the occurrences of the rule or cadence from {@link #dtstart()} (or of
     * the {@link #recurrence()} set), in order, after the holiday policy, at most {@link #limit()}
     * of them, formatted as {@link ExpandAnswer#occurrences()} says. When the bound of work stops
     * the expansion first, the answer has the occurrences found and
     * {@link ExpandAnswer#truncated()} says why. Whatever goes wrong because of the request (an
     * occurrence outside the holiday calendar's years, a sub-daily rule from a date) is answered
     * with an {@link ExpandAnswer#error()}; this method does not throw for bad input.
     *
     * @return the answer, not null
     */
    public ExpandAnswer expand() {
        try {
            Optional<String> text = recurrence();
            return text.isPresent() ? expandSet(RecurrenceSet.parse(text.get())) : expandFromStart();
        } catch (SecunityException | DateTimeException e) {
            return ExpandAnswer.error(String.valueOf(e.getMessage()));
        }
    }

    private ExpandAnswer expandFromStart() {
        Cadence source = source();
        String start = dtstart().orElseThrow();
        if (isDate(start)) {
            return answer(adjust(source.occurrences(LocalDate.parse(start))), ExpandAnswer::occurrenceText);
        }
        LocalDateTime local = LocalDateTime.parse(start);
        Optional<ZoneId> zone = zone();
        if (zone.isEmpty()) {
            return answer(adjust(source.occurrences(local)), ExpandAnswer::occurrenceText);
        }
        return answer(adjust(source.occurrences(ZonedDateTime.of(local, zone.get()))), ExpandAnswer::occurrenceText);
    }

    /** A set's rules share one request's bound of work: each gets its part of the default. */
    private <T extends Comparable<? super T>> ExpandAnswer expandSet(RecurrenceSet<T> set) {
        long share = Math.max(1, ExpansionOptions.DEFAULT_MAX_STEPS / Math.max(1, set.rules().size()));
        Optional<ZoneId> zone = zone();
        return answer(adjust(set.withOptions(ExpansionOptions.defaults().withMaxSteps(share))),
                t -> ExpandAnswer.occurrenceText(t instanceof LocalDateTime l && zone.isPresent()
                        ? ZonedDateTime.of(l, zone.get()) : (Temporal) t));
    }

    /**
     * What to expand: a fixed cadence, read from a cadence phrase (with its time of day, if it
     * says one) or made of an RRULE (without one, so that occurrences keep dtstart's time).
     */
    private Cadence source() {
        Optional<String> rule = rrule();
        return rule.isPresent() ? Cadence.of(RecurrenceRule.parse(rule.get())) : Cadence.parse(cadence().orElseThrow());
    }

    private <T extends Comparable<? super T>> Recurrence<T> adjust(Recurrence<T> recurrence) {
        if (holidays().isEmpty()) {
            return recurrence;
        }
        return holidayPolicy().orElse(HolidayPolicy.SKIP).apply(recurrence, HolidayCalendar.japan(),
                holidayTrigger().orElse(HolidayPolicy.Trigger.NON_BUSINESS_DAY));
    }

    private <T extends Comparable<? super T>> ExpandAnswer answer(Recurrence<T> recurrence,
            Function<? super T, String> format) {
        Occurrences<T> found = recurrence.expand(limit());
        List<String> list = found.list().stream().map(format).toList();
        return found.truncation().map(t -> ExpandAnswer.truncated(list, t.reason()))
                .orElseGet(() -> ExpandAnswer.of(list));
    }

    private static boolean isDate(String dtstart) {
        return dtstart.indexOf('T') < 0;
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        Optional<String> text = recurrence();
        Optional<String> start = dtstart();
        if (text.isPresent()) {
            checkRecurrence(text.get(), violations);
        } else if (start.isEmpty()) {
            violations.add(new Violation("", "missing \"dtstart\" (a local date-time such as 1997-09-02T09:00:00, "
                    + "or a date such as 1997-09-02), or a \"recurrence\" text instead"));
            checkSource(violations);
        } else {
            checkStart(start.get(), violations);
            checkSource(violations);
        }
        if (limit() < 0 || limit() > MAX_LIMIT) {
            violations.add(new Violation("limit", "must be in 0.." + MAX_LIMIT + ", but was " + limit()));
        }
        checkHolidays(violations);
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
    }

    private void checkRecurrence(String text, List<Violation> violations) {
        String either = "give either \"recurrence\" (whose DTSTART and RRULE lines are the start and rules) or "
                + "\"dtstart\" with \"rrule\" or \"cadence\", not both";
        dtstart().ifPresent(d -> violations.add(new Violation("dtstart", either)));
        rrule().ifPresent(r -> violations.add(new Violation("rrule", either)));
        cadence().ifPresent(c -> violations.add(new Violation("cadence", either)));
        Object first;
        try {
            first = RecurrenceSet.parse(text).start();
        } catch (SecunityParseException e) {
            violations.add(new Violation("recurrence", String.valueOf(e.getMessage())));
            return;
        }
        Optional<ZoneId> zone = zone();
        if (zone.isPresent() && first instanceof LocalDate) {
            violations.add(new Violation("zone", "a DATE DTSTART has no time to place in a zone; leave out \"zone\" "
                    + "or give a floating DTSTART such as DTSTART:19970902T090000"));
        } else if (zone.isPresent() && first instanceof ZonedDateTime z) {
            violations.add(new Violation("zone", "the recurrence's DTSTART has its own zone (" + z.getZone()
                    + "); leave out \"zone\", or give a floating DTSTART to place in it"));
        }
    }

    private void checkStart(String start, List<Violation> violations) {
        try {
            if (isDate(start)) {
                LocalDate.parse(start);
                zone().ifPresent(z -> violations.add(new Violation("zone", "a date dtstart (\"" + start
                        + "\") has no time to place in a zone; give a date-time such as " + start + "T09:00:00")));
            } else {
                LocalDateTime.parse(start);
            }
        } catch (DateTimeParseException e) {
            violations.add(new Violation("dtstart", "\"" + start + "\" is not a local date-time such as "
                    + "1997-09-02T09:00:00 or a date such as 1997-09-02 (" + e.getMessage() + ")"));
        }
    }

    private void checkSource(List<Violation> violations) {
        Optional<String> rule = rrule();
        Optional<String> phrase = cadence();
        if (rule.isPresent() && phrase.isPresent()) {
            violations.add(new Violation("cadence", "give either \"rrule\" or \"cadence\", not both"));
        } else if (rule.isPresent()) {
            try {
                RecurrenceRule.parse(rule.get());
            } catch (SecunityParseException e) {
                violations.add(new Violation("rrule", String.valueOf(e.getMessage())));
            }
        } else if (phrase.isPresent()) {
            @Nullable Cadence cadence = null;
            try {
                cadence = Cadence.parse(phrase.get());
            } catch (SecunityParseException e) {
                violations.add(new Violation("cadence", String.valueOf(e.getMessage())));
            }
            if (cadence != null && !cadence.isFixed()) {
                violations.add(new Violation("cadence", "\"" + phrase.get() + "\" ("
                        + cadence.describe(Locale.ENGLISH) + ") has no fixed dates to compute"));
            }
        } else {
            violations.add(new Violation("", "missing \"rrule\" (or \"cadence\", or a \"recurrence\" text instead "
                    + "of dtstart)"));
        }
    }

    private void checkHolidays(List<Violation> violations) {
        Optional<String> calendar = holidays();
        if (calendar.isEmpty()) {
            if (holidayPolicy().isPresent()) {
                violations.add(new Violation("holidayPolicy", "needs \"holidays\":\"" + JAPAN + "\""));
            }
            if (holidayTrigger().isPresent()) {
                violations.add(new Violation("holidayTrigger", "needs \"holidays\":\"" + JAPAN + "\""));
            }
        } else if (!JAPAN.equals(calendar.get())) {
            violations.add(new Violation("holidays", "unknown holiday calendar \"" + calendar.get()
                    + "\"; the one there is: " + JAPAN));
        }
    }

    /**
     * Returns the request as its JSON object.
     *
     * @return the same as {@link #toJson()}
     */
    @Override
    public String toString() {
        return toJson();
    }

    /**
     * Builds an {@link ExpandRequest}: {@code dtstart} with one of {@code rrule} or {@code cadence},
     * or else a {@code recurrence}.
     */
    public static final class Builder extends ImmutableExpandRequest.Builder {
        Builder() {}
    }
}
