package org.secunity.core;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityParseException;
import org.secunity.core.internal.SecunityStyle;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;

/**
 * How often an event recurs, as the source words it ("偶数月の第2水曜日の晩", "年2回程度"), with an
 * RFC 5545 rule where the source fixes the dates, or an expected frequency where it does not.
 *
 * <p>The cadence is computable: {@link #rule()} is the parsed rule and {@link #cadence()} the
 * {@link Cadence}, read from the Japanese text where the phrase grammar covers it (so that
 * "の晩" gives the time of day, 19:00), else built from the rule or {@link #timesPerYear()}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * EventCadence lt = EventCadence.builder()
 *         .text(BilingualText.of("偶数月の第2水曜日の晩", "The evening of the second Wednesday of even-numbered months"))
 *         .rrule("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE")
 *         .build();
 * lt.cadence().orElseThrow().occurrences(LocalDateTime.parse("2026-01-01T00:00")).take(2);
 *         // [2026-02-11T19:00, 2026-04-08T19:00]
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class EventCadence {

    EventCadence() {}

    /**
     * Returns the cadence as the source words it.
     *
     * @return the text, not null
     */
    public abstract BilingualText text();

    /**
     * Returns the RFC 5545 RRULE value, present only where the source fixes the dates; always a
     * valid rule (checked when the value is built).
     *
     * @return the rule text, such as {@code FREQ=WEEKLY;BYDAY=MO}, or empty
     */
    public abstract Optional<String> rrule();

    /**
     * Returns the parsed {@link #rrule()}.
     *
     * @return the rule, or empty when there is no RRULE
     */
    @Value.Lazy
    public Optional<RecurrenceRule> rule() {
        return rrule().map(RecurrenceRule::parse);
    }

    /**
     * Returns the cadence, so that its dates can be computed. Curated data wins over the wording:
     *
     * <ul>
     *   <li>with an {@link #rrule()}: that rule, with the time of day of the Japanese text when the
     *       text is a phrase for the same rule ("偶数月の第2水曜日の晩" gives 19:00);
     *   <li>else, when the Japanese text is a cadence phrase ("年2回程度", "毎週月曜日", "不定期"):
     *       what it says, unless it counts times per year other than {@link #timesPerYear()};
     *   <li>else, with {@link #timesPerYear()}: that many times a year;
     *   <li>else (a number of sessions such as "全8回"): empty, and {@link #cadenceProblem()}
     *       says why.
     * </ul>
     *
     * @return the cadence, or empty when neither the text nor the data gives one
     */
    @Value.Lazy
    public Optional<Cadence> cadence() {
        Optional<Cadence> fromText = phrase().cadence();
        Optional<RecurrenceRule> rule = rule();
        if (rule.isPresent()) {
            return Optional.of(fromText.filter(c -> c.rule().equals(rule)).orElseGet(() -> Cadence.of(rule.get())));
        }
        OptionalInt perYear = timesPerYear();
        if (fromText.isPresent()) {
            Cadence c = fromText.get();
            boolean agrees = perYear.isEmpty()
                    || (c.period().equals(Optional.of(ChronoUnit.YEARS)) && c.times().equals(perYear));
            if (agrees) {
                return fromText;
            }
        }
        return perYear.isPresent() ? Optional.of(Cadence.timesPer(perYear.getAsInt(), ChronoUnit.YEARS)) : Optional.empty();
    }

    /**
     * Returns why {@link #cadence()} is empty: the Japanese text is not a cadence phrase (the
     * phrase parser's message, with the position where it stopped) and there is neither an
     * {@link #rrule()} nor a {@link #timesPerYear()} to fall back on.
     *
     * <pre>{@code
     * EventCadence.builder().text(BilingualText.of("全8回", "8 sessions")).count(8).build().cadenceProblem();
     *         // Optional["no cadence: the text \"全8回\" is not a cadence phrase (…), and there is no rrule or timesPerYear"]
     * }</pre>
     *
     * @return the reason, or empty whenever {@link #cadence()} is present
     */
    @Value.Lazy
    public Optional<String> cadenceProblem() {
        if (cadence().isPresent()) {
            return Optional.empty();
        }
        // without rrule and timesPerYear, a phrase that parses is always the cadence: so the parse failed
        String why = phrase().problem().map(SecunityParseException::getMessage).orElse("no phrase");
        return Optional.of("no cadence: the text \"" + text().ja() + "\" is not a cadence phrase (" + why
                + "), and there is no rrule or timesPerYear");
    }

    /** The Japanese text read as a cadence phrase: the cadence, or the parse error that says why not. */
    @Value.Lazy
    Reading phrase() {
        try {
            return new Reading(Optional.of(Cadence.parse(text().ja())), Optional.empty());
        } catch (SecunityParseException e) {
            return new Reading(Optional.empty(), Optional.of(e));
        }
    }

    /** What reading the text as a phrase gave: exactly one of the two is present. */
    record Reading(Optional<Cadence> cadence, Optional<SecunityParseException> problem) {}

    /**
     * Returns how many times a year the event is expected, for cadences without fixed dates
     * ("年2回程度" is 2).
     *
     * @return the expected number per year, or empty
     */
    public abstract OptionalInt timesPerYear();

    /**
     * Returns the total number of sessions, where the source states it ("全8回").
     *
     * @return the number of sessions, or empty
     */
    public abstract OptionalInt count();

    /**
     * Returns whether the source fixes the dates, so that they can be computed.
     *
     * @return true when there is a rule
     */
    public boolean isFixed() {
        return rrule().isPresent();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        rrule().ifPresent(r -> {
            Checks.notBlank("rrule", r);
            try {
                RecurrenceRule.parse(r);
            } catch (SecunityParseException e) {
                throw new SecunityDataException(null,
                        java.util.List.of(new SecunityDataException.Violation("rrule", e.getMessage())), e);
            }
        });
        java.util.List<SecunityDataException.Violation> violations = new java.util.ArrayList<>();
        Optional<RecurrenceRule> rule = rule();
        phrase().cadence().ifPresent(said -> contradiction(said, rule).ifPresent(what ->
                violations.add(new SecunityDataException.Violation("text.ja", "\"" + text().ja() + "\" means "
                        + what))));
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
        if (timesPerYear().isPresent() && timesPerYear().getAsInt() < 1) {
            throw new SecunityDataException("timesPerYear", "must be >= 1, but was " + timesPerYear().getAsInt());
        }
        if (count().isPresent() && count().getAsInt() < 1) {
            throw new SecunityDataException("count", "must be >= 1, but was " + count().getAsInt());
        }
    }

    /**
     * Says how a cadence phrase contradicts the curated data, as docs/catalog-format.md has it: a phrase
     * must mean the {@link #rrule()} (see {@code agrees}), or count the {@link #timesPerYear()} a year.
     */
    private Optional<String> contradiction(Cadence said, Optional<RecurrenceRule> rule) {
        if (rule.isPresent()) {
            return said.rule().filter(r -> agrees(r, rule.get())).isPresent() ? Optional.empty()
                    : Optional.of(said.rule().map(RecurrenceRule::toString).orElse("no fixed dates")
                            + ", not the rrule " + rule.get());
        }
        OptionalInt perYear = timesPerYear();
        OptionalInt saidPerYear = said.times().isEmpty() ? OptionalInt.empty()
                : said.period().equals(Optional.of(ChronoUnit.YEARS)) ? said.times()
                : said.period().equals(Optional.of(ChronoUnit.MONTHS)) ? OptionalInt.of(12 * said.times().getAsInt())
                : OptionalInt.empty();
        if (perYear.isPresent() && saidPerYear.isPresent() && !saidPerYear.equals(perYear)) {
            return Optional.of(saidPerYear.getAsInt() + " times a year, not timesPerYear " + perYear.getAsInt());
        }
        return Optional.empty();
    }

    /**
     * Returns whether a curated rule means what a wording says: the same frequency and interval, and every
     * part the wording fixes the same in the rule. The rule may add what the wording leaves open (the
     * weekday of 毎週) and how long the series runs (COUNT, UNTIL), which a cadence wording does not say.
     */
    private static boolean agrees(RecurrenceRule said, RecurrenceRule curated) {
        java.util.Map<String, String> wording = parts(said);
        java.util.Map<String, String> rule = parts(curated);
        rule.remove("COUNT");
        rule.remove("UNTIL");
        return wording.getOrDefault("INTERVAL", "1").equals(rule.getOrDefault("INTERVAL", "1"))
                && wording.entrySet().stream().allMatch(part -> part.getValue().equals(rule.get(part.getKey())));
    }

    /** The NAME=VALUE parts of a rule's canonical text. */
    private static java.util.Map<String, String> parts(RecurrenceRule rule) {
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (String part : rule.toString().split(";")) {
            int eq = part.indexOf('=');
            parts.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return parts;
    }

    /**
     * Returns the Japanese wording, followed by the rule when there is one.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return text().ja() + rrule().map(r -> " [" + r + "]").orElse("");
    }

    /** Builds an {@link EventCadence}; {@code text} is required. */
    public static final class Builder extends ImmutableEventCadence.Builder {
        Builder() {}
    }
}
