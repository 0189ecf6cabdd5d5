package org.secunity.core;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;
import org.secunity.core.internal.SecunityStyle;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;

/**
 * How often an event happens in a year, and how that is known: counted from its rule, as the
 * source states it, approximately, or not at all (see {@link FrequencyBasis}). Nothing is guessed:
 * an event whose frequency the source does not give is {@link FrequencyBasis#UNKNOWN}, without a
 * number.
 *
 * <ul>
 *   <li>An event whose cadence has an {@linkplain EventCadence#rrule() RRULE} is {@code RULE}: its
 *       occurrences in the year are counted (52 or 53 for 毎週月曜日, 6 for 偶数月の第2水曜日), the
 *       rule expanded from 1 January as a {@link Schedule} expands it, without a holiday policy.
 *   <li>Else a cadence phrase that counts times per year, month, week or day: 年2回 is {@code STATED}
 *       2, 月1回 is {@code STATED} 12; 年2回程度 is {@code APPROXIMATE} 2, and so is a number per week
 *       or day (52 a year for 週1回, as a year has 52 or 53 weeks). A curated
 *       {@link EventCadence#timesPerYear()} without a phrase that states it is {@code APPROXIMATE}.
 *   <li>Else (no cadence, a one-off event with dates, "全8回", "不定期") {@code UNKNOWN}.
 * </ul>
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * for (CatalogEvent e : catalog.events()) {
 *     System.out.println(e + ": " + e.frequency(Year.of(2026)));
 * }
 * // … 総関西サイバーセキュリティLT大会 …: 6 a year (counted from the rule for 2026)
 * // … 会員向けセミナー …: about 2 a year (年2回程度)
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class EventFrequency {

    /** The most occurrences a rule may have in one year; a rule with more is not a meeting cadence. */
    public static final int MAX_PER_YEAR = 10_000;

    EventFrequency() {}

    /**
     * Returns where the frequency comes from.
     *
     * @return the basis, not null
     */
    public abstract FrequencyBasis basis();

    /**
     * Returns how many times a year the event happens.
     *
     * @return the number, from 0 to {@link #MAX_PER_YEAR}; empty exactly when the basis is
     *     {@link FrequencyBasis#UNKNOWN}
     */
    public abstract OptionalInt timesPerYear();

    /**
     * Returns the year whose occurrences were counted, for a frequency counted from a rule.
     *
     * @return the year, present exactly when the basis is {@link FrequencyBasis#RULE}
     */
    public abstract Optional<Year> year();

    /**
     * Returns the source's wording of the cadence the frequency was read from.
     *
     * @return the wording, such as 年2回程度, or empty when the event has no cadence
     */
    public abstract Optional<BilingualText> wording();

    /**
     * Returns whether the number is known: the basis is not {@link FrequencyBasis#UNKNOWN}.
     *
     * @return true when {@link #timesPerYear()} is present
     */
    public final boolean isKnown() {
        return basis() != FrequencyBasis.UNKNOWN;
    }

    /**
     * Returns whether the number is approximate.
     *
     * @return true for {@link FrequencyBasis#APPROXIMATE}
     */
    public final boolean isApproximate() {
        return basis() == FrequencyBasis.APPROXIMATE;
    }

    /**
     * Returns the frequency of an event in a year.
     *
     * @param event the event, not null
     * @param year the year to count a rule's occurrences in, not null; used only for a rule
     * @return the frequency, not null
     * @throws SecunityException if the event's rule has more than {@link #MAX_PER_YEAR} occurrences
     *     in the year
     */
    public static EventFrequency of(Event event, Year year) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(year, "year");
        Optional<EventCadence> cadence = event.cadence();
        if (cadence.isEmpty()) {
            return unknown(Optional.empty());
        }
        EventCadence c = cadence.get();
        Optional<RecurrenceRule> rule = c.rule();
        if (rule.isPresent()) {
            return builder().basis(FrequencyBasis.RULE).timesPerYear(count(event, rule.get(), year))
                    .year(year).wording(c.text()).build();
        }
        Optional<Cadence> computed = c.cadence();
        if (computed.isEmpty() || computed.get().kind() != Cadence.Kind.TIMES_PER_PERIOD) {
            return unknown(Optional.of(c.text()));
        }
        Cadence k = computed.get();
        int times = k.times().orElseThrow();
        ChronoUnit period = k.period().orElseThrow();
        int perYear;
        boolean stated = !k.isApproximate() && k.equals(phrase(c.text().ja()).orElse(null));
        switch (period) {
            case YEARS -> perYear = times;
            case MONTHS -> perYear = times * 12;
            case WEEKS -> {
                perYear = times * 52;
                stated = false;
            }
            case DAYS -> {
                perYear = times * 365;
                stated = false;
            }
            default -> {
                return unknown(Optional.of(c.text()));
            }
        }
        if (perYear > MAX_PER_YEAR) {
            return unknown(Optional.of(c.text()));
        }
        return builder().basis(stated ? FrequencyBasis.STATED : FrequencyBasis.APPROXIMATE).timesPerYear(perYear)
                .wording(c.text()).build();
    }

    private static EventFrequency unknown(Optional<BilingualText> wording) {
        return builder().basis(FrequencyBasis.UNKNOWN).wording(wording).build();
    }

    private static Optional<Cadence> phrase(String text) {
        try {
            return Optional.of(Cadence.parse(text));
        } catch (SecunityParseException e) {
            return Optional.empty();
        }
    }

    /** Counts a rule's occurrences in a year, as {@link Schedule} expands them. */
    private static int count(Event event, RecurrenceRule rule, Year year) {
        LocalDate first = year.atDay(1);
        LocalDate end = first.plusYears(1);
        Optional<LocalTime> time = Schedule.timeOfDay(event);
        long n = time.isPresent()
                ? rule.occurrences(first.atTime(time.get())).stream()
                        .takeWhile(t -> t.toLocalDate().isBefore(end)).limit(MAX_PER_YEAR + 1L).count()
                : rule.occurrences(first).stream()
                        .takeWhile(d -> d.isBefore(end)).limit(MAX_PER_YEAR + 1L).count();
        if (n > MAX_PER_YEAR) {
            throw new SecunityException("event " + event.title().ja() + ": its rule " + rule + " has more than "
                    + MAX_PER_YEAR + " occurrences in " + year + "; a meeting cadence has fewer");
        }
        return (int) n;
    }

    static ImmutableEventFrequency.Builder builder() {
        return ImmutableEventFrequency.builder();
    }

    @Value.Check
    void check() {
        if (timesPerYear().isPresent() == (basis() == FrequencyBasis.UNKNOWN)) {
            throw new SecunityDataException("timesPerYear",
                    "must be present exactly when the basis is not UNKNOWN, but the basis is " + basis());
        }
        if (year().isPresent() != (basis() == FrequencyBasis.RULE)) {
            throw new SecunityDataException("year", "must be present exactly when the basis is RULE, but the basis is "
                    + basis());
        }
        int times = timesPerYear().orElse(0);
        if (times < 0 || times > MAX_PER_YEAR) {
            throw new SecunityDataException("timesPerYear", "must be in 0.." + MAX_PER_YEAR + ", but was " + times);
        }
    }

    /**
     * Returns the number and its basis.
     *
     * @return a readable form, such as {@code "6 a year (counted from the rule for 2026)"},
     *     {@code "about 2 a year (年2回程度)"}, {@code "2 a year as stated (年2回)"} or
     *     {@code "unknown (全8回)"}, not null
     */
    @Override
    public String toString() {
        String words = wording().map(w -> " (" + w.ja() + ")").orElse("");
        return switch (basis()) {
            case RULE -> timesPerYear().getAsInt() + " a year (counted from the rule for " + year().orElseThrow() + ")";
            case STATED -> timesPerYear().getAsInt() + " a year as stated" + words;
            case APPROXIMATE -> "about " + timesPerYear().getAsInt() + " a year" + words;
            case UNKNOWN -> "unknown" + words;
        };
    }
}
