package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityParseException;

/**
 * An RFC 5545 §3.3.10 recurrence rule ({@code RRULE} value), such as
 * {@code FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}. Value lists are kept sorted and
 * without duplicates, so two spellings of the same rule ({@code BYDAY=TU,MO} and
 * {@code BYDAY=MO,TU}) are equal. An absent {@code INTERVAL} is 1 and an absent {@code WKST} is
 * Monday; {@link #toString()} prints neither default. Every instance satisfies the rules of RFC
 * 5545 that {@link #parse(CharSequence)} enforces, whether it was parsed or built.
 *
 * <p>Expansion comes in two flavours, documented on the methods:
 * <ul>
 *   <li>{@link #occurrences(LocalDateTime)} and its overloads: the <em>rule-only</em> expansion,
 *       the rule's occurrences from a start on, the start itself included only when it matches
 *       the rule; {@code COUNT} counts only matching occurrences;
 *   <li>{@link RecurrenceSet}: the RFC 5545 recurrence set, where {@code DTSTART} is always the
 *       first occurrence, with {@code RDATE} and {@code EXDATE}.
 * </ul>
 *
 * <p><b>RFC 7529.</b> {@code RSCALE} names the calendar the rule is read in ({@link CalendarScale}:
 * {@code GREGORIAN} and the calendars with the same months and days) and {@code SKIP} what happens
 * to an invalid date, a day a month or year lacks ({@link Skip}): the 31st of a 30-day month, 29
 * February in a common year, {@code BYMONTHDAY=-31} in February, {@code BYYEARDAY=366} in a common
 * year. With {@code SKIP=BACKWARD} or {@code FORWARD} the date moves to the last day before or the
 * first day after it; the other parts that limit the expansion ({@code BYDAY}, and {@code BYMONTH}
 * next to {@code BYYEARDAY}) then apply to the moved date, {@code BYSETPOS}, {@code COUNT} and
 * {@code UNTIL} come after, and a moved date that repeats another occurrence is yielded once.
 * {@code BYWEEKNO=53} in a year of 52 weeks is not a date and is not moved.
 *
 * <p>Two points RFC 5545 leaves open are decided so (and the engine, its tests and reference
 * follow them): {@code FREQ=YEARLY;BYMONTHDAY=n} without {@code BYMONTH} means day n of
 * <em>every</em> month (the "Expand" of the RFC's table), and
 * {@code FREQ=YEARLY;BYWEEKNO=n} without {@code BYDAY} means <em>every day</em> of week n
 * (write {@code BYDAY=MO}, as the RFC's own example {@code FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO}
 * does, for one day). In a {@code YEARLY} rule a {@code BYDAY} ordinal counts within the month
 * when {@code BYMONTH} is given and within the year otherwise.
 *
 * <p><b>Seeking and termination.</b> Expansion walks the rule's periods (years, months, weeks,
 * days, hours, minutes or seconds, {@code INTERVAL} apart) and never materializes more than one
 * period (or, without {@code BYSETPOS}, a few consecutive ones) at a time. Seeking with
 * {@link RecurrenceIterator#skipTo} jumps straight to the period of the target by arithmetic on the
 * period index; only a rule with {@code COUNT} must walk the periods in between to count what it
 * skips (without creating date objects; the walk ends after {@code COUNT} occurrences). Every
 * search for the next occurrence is bounded: the Gregorian calendar repeats after 400 years
 * (146,097 days = 20,871 weeks = 4,800 months), so when {@code cycle / gcd(INTERVAL, cycle) + 1}
 * consecutive periods (cycle = 400 years, 4,800 months, 20,871 weeks, 146,097 days, or that many
 * days in hours, minutes or seconds) yield nothing, every reachable phase of the cycle has been
 * tried and the rule can never match again, and the expansion ends. {@code FREQ=YEARLY;BYMONTH=2;
 * BYMONTHDAY=30} thus ends after 401 empty years, microseconds of work, while the rare legal
 * {@code FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO} still finds 2044-02-29 and 2072-02-29 from
 * 2021. Sub-daily rules skip a day that fails the day-level parts in one jump, jump straight to
 * the next period whose start has an allowed {@code BYHOUR}/{@code BYMINUTE}/{@code BYSECOND} time
 * of day (solved by modular arithmetic on the period index), and end at once when no day of the
 * cycle passes their day-level parts. Expansion also ends after the year 999,999,999, the end of
 * {@link LocalDateTime}.
 *
 * <p><b>Bounded work.</b> Each expansion (one iterator) may do at most
 * {@link ExpansionOptions#maxSteps()} steps of fruitless work in all, across every occurrence it
 * searches for ({@value ExpansionOptions#DEFAULT_MAX_STEPS} by default; pass other options to
 * {@link #occurrences(LocalDateTime, ExpansionOptions)}). When a search needs more, the iterator
 * throws {@link ExpansionLimitException}, and {@link Recurrence#expand(int)} returns what was found
 * with a {@link Truncation}: a rule whose occurrences are rarer than the budget allows is reported
 * as cut short, never answered with a short or empty list.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE");
 * rule.frequency();   // MONTHLY
 * rule.byDay();       // [2WE]
 * rule.occurrences(LocalDateTime.parse("2021-01-01T19:00")).take(2);
 *                     // [2021-02-10T19:00, 2021-04-14T19:00]
 * }</pre>
 */
public final class RecurrenceRule {

    private final Frequency frequency;
    private final int interval;
    private final int count;
    private final @Nullable Temporal until;
    private final DayOfWeek weekStart;
    private final List<Integer> bySecond;
    private final List<Integer> byMinute;
    private final List<Integer> byHour;
    private final List<WeekdayNum> byDay;
    private final List<Integer> byMonthDay;
    private final List<Integer> byYearDay;
    private final List<Integer> byWeekNo;
    private final List<Integer> byMonth;
    private final List<Integer> bySetPos;
    private final @Nullable CalendarScale rscale;
    private final Skip skip;
    private @Nullable RulePlan plan;

    /** Creates a rule of valid parts (see {@link RuleValidator}), sorting and deduplicating the lists. */
    RecurrenceRule(RuleParts p) {
        this.frequency = requireNonNull(p.frequency(), "frequency");
        this.interval = p.interval();
        Integer c = p.count();
        this.count = c == null ? 0 : c;
        this.until = p.until();
        this.weekStart = p.weekStart();
        this.bySecond = sorted(p.bySecond());
        this.byMinute = sorted(p.byMinute());
        this.byHour = sorted(p.byHour());
        this.byDay = List.copyOf(new TreeSet<>(p.byDay()));
        this.byMonthDay = sorted(p.byMonthDay());
        this.byYearDay = sorted(p.byYearDay());
        this.byWeekNo = sorted(p.byWeekNo());
        this.byMonth = sorted(p.byMonth());
        this.bySetPos = sorted(p.bySetPos());
        this.rscale = p.rscale();
        Skip s = p.skip();
        this.skip = s == null ? Skip.OMIT : s;
    }

    /** Returns the parts of this rule. */
    RuleParts parts() {
        return new RuleParts(frequency, interval, count == 0 ? null : count, until, weekStart, bySecond, byMinute,
                byHour, byDay, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, rscale,
                rscale == null ? null : skip);
    }

    private static List<Integer> sorted(Collection<Integer> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    /**
     * Returns the simplest rule of a frequency: every period, forever, on the start's fields.
     *
     * @param frequency the {@code FREQ}, not null
     * @return the rule, not null
     */
    public static RecurrenceRule of(Frequency frequency) {
        return new RecurrenceRule(RuleParts.of(requireNonNull(frequency, "frequency")));
    }

    /**
     * Parses an {@code RRULE} value strictly, as RFC 5545 §3.3.10 defines it.
     *
     * <p>Part names and values are read ignoring case, in any order, optionally after an
     * {@code RRULE:} prefix. Rejected, each with the rule part and the character index: a missing
     * or repeated part, an unknown part, a value out of range, {@code COUNT} with {@code UNTIL},
     * {@code BYSETPOS} without another {@code BYxxx} part, {@code BYWEEKNO} outside
     * {@code YEARLY}, {@code BYYEARDAY} with {@code DAILY}, {@code WEEKLY} or {@code MONTHLY},
     * {@code BYMONTHDAY} with {@code WEEKLY}, and a {@code BYDAY} ordinal outside {@code MONTHLY}
     * and {@code YEARLY} or with {@code YEARLY;BYWEEKNO}; from RFC 7529, {@code SKIP} without
     * {@code RSCALE}, an {@code RSCALE} naming a calendar no JDK chronology computes (the message
     * names it), and a leap month such as {@code BYMONTH=5L} (none of the supported calendars has
     * leap months). Numbers are read up to {@link Integer#MAX_VALUE}.
     *
     * @param text the rule, such as {@code "FREQ=WEEKLY;BYDAY=MO"}, not null
     * @return the rule, not null
     * @throws SecunityParseException if the text is not a valid rule; the exception names the
     *     part and the index
     */
    public static RecurrenceRule parse(CharSequence text) {
        requireNonNull(text, "text");
        return RuleParser.parse(text, false).rule();
    }

    /**
     * Parses an {@code RRULE} value leniently: what strict parsing would reject is dropped and
     * reported as a warning, so long as a rule with a valid {@code FREQ} remains.
     *
     * <p>Dropped: unknown or repeated parts (the first one is kept), values out of range,
     * {@code UNTIL} when {@code COUNT} is given too, parts not allowed with the frequency,
     * {@code BYDAY} entries with a disallowed ordinal, and {@code BYSETPOS} when no other
     * {@code BYxxx} part is left.
     *
     * @param text the rule, not null
     * @return the rule and a warning for each thing dropped, not null
     * @throws SecunityParseException if not even a rule with a valid {@code FREQ} can be read
     */
    public static LenientParseResult parseLenient(CharSequence text) {
        requireNonNull(text, "text");
        return RuleParser.parse(text, true);
    }

    /**
     * Parses an {@code RRULE} value strictly for the {@code DTSTART} it goes with, as a reader of
     * iCalendar data does: everything {@link #parse(CharSequence)} rejects, and also what RFC 5545
     * §3.3.10 forbids between a rule and its start, which the rule alone cannot know. The
     * {@code UNTIL} must have the start's value type: a DATE ({@code 20261231}) with a DATE start, a
     * local time ({@code 20261231T190000}) with a floating start, a UTC time
     * ({@code 20261231T100000Z}) with a zoned start; a DATE start needs {@code FREQ=DAILY} or
     * coarser. {@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND} with a DATE start are accepted
     * and ignored, as RFC 5545 says.
     *
     * <pre>{@code
     * RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231T100000Z", ZonedDateTime.parse("2026-01-01T19:00+09:00[Asia/Tokyo]"));
     * RecurrenceRule.parse("FREQ=DAILY;UNTIL=20261231", LocalDateTime.parse("2026-01-01T19:00"));
     *     // throws: UNTIL must be a local DATE-TIME (YYYYMMDDTHHMMSS) when DTSTART is a floating DATE-TIME ...
     * }</pre>
     *
     * @param text the rule, not null
     * @param start the {@code DTSTART}: a {@link LocalDate}, {@link LocalDateTime} or
     *     {@link ZonedDateTime}, not null
     * @return the rule, not null
     * @throws SecunityParseException if the text is not a valid rule or does not fit the start;
     *     the exception names the part and the index
     * @throws org.secunity.SecunityException if the start is of another type
     */
    public static RecurrenceRule parse(CharSequence text, Temporal start) {
        requireNonNull(text, "text");
        requireNonNull(start, "start");
        return RuleParser.parse(text, false, start).rule();
    }

    /**
     * Parses an {@code RRULE} value leniently for the {@code DTSTART} it goes with: what
     * {@link #parseLenient(CharSequence)} drops is dropped, an {@code UNTIL} of another value type
     * than the start's is converted to the start's type (read as {@link #occurrences} reads it: a
     * DATE as its last second, a UTC time on a floating start's wall clock, a local time in a zoned
     * start's zone) and {@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND} are dropped for a DATE
     * start, each with a warning. The rule returned fits the start, so
     * {@link #parse(CharSequence, Temporal)} reads its text back.
     *
     * <pre>{@code
     * LenientParseResult r = RecurrenceRule.parseLenient("FREQ=DAILY;UNTIL=20261231", LocalDateTime.parse("2026-01-01T19:00"));
     * r.rule();        // FREQ=DAILY;UNTIL=20261231T235959
     * r.warnings();    // [repaired: UNTIL must be a local DATE-TIME ... read as 20261231T235959 in UNTIL at index 11]
     * }</pre>
     *
     * @param text the rule, not null
     * @param start the {@code DTSTART}: a {@link LocalDate}, {@link LocalDateTime} or
     *     {@link ZonedDateTime}, not null
     * @return the rule and a warning for each thing dropped, repaired or ignored, not null
     * @throws SecunityParseException if not even a rule with a valid {@code FREQ} can be read, or a
     *     DATE start meets a {@code FREQ} finer than {@code DAILY}
     * @throws org.secunity.SecunityException if the start is of another type
     */
    public static LenientParseResult parseLenient(CharSequence text, Temporal start) {
        requireNonNull(text, "text");
        requireNonNull(start, "start");
        return RuleParser.parse(text, true, start);
    }

    /**
     * Returns a builder for a rule of a frequency.
     *
     * @param frequency the {@code FREQ}, not null
     * @return a new builder, not null
     */
    public static RecurrenceRuleBuilder builder(Frequency frequency) {
        return new RecurrenceRuleBuilder(requireNonNull(frequency, "frequency"));
    }

    /**
     * Returns a builder holding this rule's parts.
     *
     * @return a new builder, not null
     */
    public RecurrenceRuleBuilder toBuilder() {
        return new RecurrenceRuleBuilder(parts());
    }

    /**
     * Returns the {@code FREQ} part.
     *
     * @return the frequency, not null
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * Returns the {@code INTERVAL} part: how many periods from one used period to the next.
     *
     * @return the interval, at least 1 (1 when the part is absent)
     */
    public int interval() {
        return interval;
    }

    /**
     * Returns the {@code COUNT} part: how many occurrences the rule has at most.
     *
     * @return the count, at least 1, or empty when absent
     */
    public OptionalInt count() {
        return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /**
     * Returns the {@code UNTIL} part, the inclusive last time an occurrence may have: a
     * {@link LocalDate} for the DATE form ({@code 19971224}), a {@link LocalDateTime} for a
     * floating DATE-TIME ({@code 19971224T000000}), or an {@link Instant} for UTC
     * ({@code 19971224T000000Z}).
     *
     * @return the limit, or empty when absent
     */
    public Optional<Temporal> until() {
        return Optional.ofNullable(until);
    }

    /**
     * Returns whether the rule has a {@code COUNT} or {@code UNTIL} part and so finitely many
     * occurrences.
     *
     * @return true when {@code COUNT} or {@code UNTIL} is given
     */
    public boolean isFinite() {
        return count != 0 || until != null;
    }

    /**
     * Returns the {@code WKST} part, the first day of the week.
     *
     * @return the day, Monday when the part is absent, not null
     */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    /**
     * Returns the {@code BYSECOND} part.
     *
     * @return the seconds, 0 to 60, sorted, unmodifiable, empty when absent
     */
    public List<Integer> bySecond() {
        return bySecond;
    }

    /**
     * Returns the {@code BYMINUTE} part.
     *
     * @return the minutes, 0 to 59, sorted, unmodifiable, empty when absent
     */
    public List<Integer> byMinute() {
        return byMinute;
    }

    /**
     * Returns the {@code BYHOUR} part.
     *
     * @return the hours, 0 to 23, sorted, unmodifiable, empty when absent
     */
    public List<Integer> byHour() {
        return byHour;
    }

    /**
     * Returns the {@code BYDAY} part.
     *
     * @return the entries, sorted by day of week then ordinal, unmodifiable, empty when absent
     */
    public List<WeekdayNum> byDay() {
        return byDay;
    }

    /**
     * Returns the {@code BYMONTHDAY} part.
     *
     * @return the days of the month, 1 to 31 or -31 to -1 (from the end), sorted, unmodifiable,
     *     empty when absent
     */
    public List<Integer> byMonthDay() {
        return byMonthDay;
    }

    /**
     * Returns the {@code BYYEARDAY} part.
     *
     * @return the days of the year, 1 to 366 or -366 to -1, sorted, unmodifiable, empty when absent
     */
    public List<Integer> byYearDay() {
        return byYearDay;
    }

    /**
     * Returns the {@code BYWEEKNO} part.
     *
     * @return the week numbers, 1 to 53 or -53 to -1, sorted, unmodifiable, empty when absent
     */
    public List<Integer> byWeekNo() {
        return byWeekNo;
    }

    /**
     * Returns the {@code BYMONTH} part.
     *
     * @return the months, 1 to 12, sorted, unmodifiable, empty when absent
     */
    public List<Integer> byMonth() {
        return byMonth;
    }

    /**
     * Returns the {@code BYSETPOS} part.
     *
     * @return the positions, 1 to 366 or -366 to -1, sorted, unmodifiable, empty when absent
     */
    public List<Integer> bySetPos() {
        return bySetPos;
    }

    /**
     * Returns the RFC 7529 {@code RSCALE} part, the calendar the rule is read in.
     *
     * @return the calendar, or empty when absent (the Gregorian calendar of RFC 5545)
     */
    public Optional<CalendarScale> rscale() {
        return Optional.ofNullable(rscale);
    }

    /**
     * Returns the RFC 7529 {@code SKIP} part: what happens to a date the rule names that the month
     * or year lacks.
     *
     * @return the choice, {@link Skip#OMIT} when the part is absent (and always without
     *     {@code RSCALE}), not null
     */
    public Skip skip() {
        return skip;
    }

    /**
     * Returns a copy with another {@code INTERVAL}.
     *
     * @param interval at least 1
     * @return the rule, not null
     * @throws SecunityDataException if the interval is less than 1
     */
    public RecurrenceRule withInterval(int interval) {
        return toBuilder().interval(interval).build();
    }

    /**
     * Returns a copy limited to a number of occurrences; any {@code UNTIL} is removed.
     *
     * @param count at least 1
     * @return the rule, not null
     * @throws SecunityDataException if the count is less than 1
     */
    public RecurrenceRule withCount(int count) {
        return toBuilder().noEnd().count(count).build();
    }

    /**
     * Returns a copy limited by a DATE {@code UNTIL}; any {@code COUNT} is removed.
     *
     * @param until the last date an occurrence may fall on, year 0 to 9999, not null
     * @return the rule, not null
     * @throws SecunityDataException if the year is out of range
     */
    public RecurrenceRule withUntil(LocalDate until) {
        return toBuilder().noEnd().until(until).build();
    }

    /**
     * Returns a copy limited by a floating DATE-TIME {@code UNTIL}; any {@code COUNT} is removed.
     *
     * @param until the last time an occurrence may have (inclusive), year 0 to 9999, not null
     * @return the rule, not null
     * @throws SecunityDataException if the year is out of range
     */
    public RecurrenceRule withUntil(LocalDateTime until) {
        return toBuilder().noEnd().until(until).build();
    }

    /**
     * Returns a copy limited by a UTC DATE-TIME {@code UNTIL}; any {@code COUNT} is removed.
     *
     * @param until the last instant an occurrence may have (inclusive), year 0 to 9999 in UTC,
     *     not null
     * @return the rule, not null
     * @throws SecunityDataException if the year is out of range
     */
    public RecurrenceRule withUntil(Instant until) {
        return toBuilder().noEnd().until(until).build();
    }

    /**
     * Returns a copy without {@code COUNT} and {@code UNTIL}.
     *
     * @return the rule, not null
     */
    public RecurrenceRule withoutEnd() {
        return toBuilder().noEnd().build();
    }

    /**
     * Returns a copy with another {@code WKST}.
     *
     * @param weekStart the first day of the week, not null
     * @return the rule, not null
     */
    public RecurrenceRule withWeekStart(DayOfWeek weekStart) {
        return toBuilder().weekStart(weekStart).build();
    }

    /**
     * Returns this rule written so that every RFC 5545 engine reads the same dates from a start as
     * this engine does with the {@link OpenPointReading#EXPAND} reading; see
     * {@link #portableFor(Temporal, OpenPointReading)}.
     *
     * @param start the {@code DTSTART}: a {@link LocalDate}, {@link LocalDateTime} or
     *     {@link ZonedDateTime}, not null
     * @return the rule, not null
     * @throws org.secunity.SecunityException if the rule cannot be expanded from the start (a
     *     {@code FREQ} finer than {@code DAILY} from a DATE) or the start is of another type
     */
    public RecurrenceRule portableFor(Temporal start) {
        return portableFor(start, OpenPointReading.EXPAND);
    }

    /**
     * Returns this rule written so that every RFC 5545 engine (libical, lib-recur, ical4j,
     * python-dateutil, this one) reads the same dates from a start as this engine does with a
     * reading of the open points: what an exporter writes into an {@code .ics} file. It has the
     * same occurrences from {@code start} as this rule expanded with that reading, and:
     * <ul>
     *   <li>the open points are explicit: a {@code YEARLY;BYMONTHDAY} without {@code BYMONTH} gets
     *       {@code BYMONTH=1,...,12} ({@code EXPAND}) or the start's month ({@code FROM_START}); a
     *       {@code YEARLY;BYWEEKNO} without {@code BYDAY} gets every weekday or the start's;
     *   <li>the {@code UNTIL} has the start's value type, as RFC 5545 requires (converted as
     *       {@link #parseLenient(CharSequence, Temporal)} converts it);
     *   <li>{@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND}, which a DATE start ignores, are
     *       left out;
     *   <li>an {@code RSCALE} that changes nothing ({@code SKIP=OMIT}) is left out, and the
     *       calendars with Gregorian months are written {@code RSCALE=GREGORIAN}.
     * </ul>
     *
     * <pre>{@code
     * RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=15;UNTIL=20301231");
     * rule.portableFor(LocalDateTime.parse("2026-03-01T19:00"));
     *     // FREQ=YEARLY;UNTIL=20301231T235959;BYMONTHDAY=15;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12
     * rule.portableFor(LocalDate.parse("2026-03-01"), OpenPointReading.FROM_START);
     *     // FREQ=YEARLY;UNTIL=20301231;BYMONTHDAY=15;BYMONTH=3
     * }</pre>
     *
     * <p>One rule has no such spelling: a {@code YEARLY;BYMONTHDAY} without {@code BYMONTH} whose
     * {@code BYDAY} has ordinals, which count in the year; a {@code BYMONTH} would make them count
     * in the month, so this method refuses it rather than write a rule that means other dates.
     *
     * @param start the {@code DTSTART}: a {@link LocalDate}, {@link LocalDateTime} or
     *     {@link ZonedDateTime}, not null
     * @param reading the reading of the open points whose dates to keep, not null
     * @return the rule, not null (this rule when nothing needs writing out)
     * @throws org.secunity.SecunityException if the rule cannot be expanded from the start (a
     *     {@code FREQ} finer than {@code DAILY} from a DATE), if its open point cannot be written
     *     out (ordinals in {@code BYDAY}, as above), or if the start is of another type
     */
    public RecurrenceRule portableFor(Temporal start, OpenPointReading reading) {
        requireNonNull(start, "start");
        requireNonNull(reading, "reading");
        RuleParts p = RuleForStart.plainScale(RuleForStart.explicitOpenPoints(readFor(start).parts(), start, reading));
        RecurrenceRule portable = new RecurrenceRule(p);
        return portable.equals(this) ? this : portable;
    }

    /**
     * Returns the rule the expansion from a start reads: with an {@code UNTIL} of another value
     * type converted to the start's, and for a DATE start without {@code BYHOUR}, {@code BYMINUTE}
     * and {@code BYSECOND}.
     *
     * @throws org.secunity.SecunityException for a DATE start with a {@code FREQ} finer than DAILY
     */
    private RecurrenceRule readFor(Temporal start) {
        if (RuleForStart.fits(this, start)) {
            return this;
        }
        RuleForStart.Check check = RuleForStart.check(parts(), start);
        for (RuleForStart.Finding f : check.findings()) {
            if (f.severity() == RuleForStart.Severity.FATAL) {
                throw new org.secunity.SecunityException(f.message() + ", but the rule is " + this);
            }
        }
        return check.findings().isEmpty() ? this : new RecurrenceRule(check.parts());
    }

    /**
     * Expands the rule from a floating start: the rule-only expansion.
     *
     * <p>Yields the rule's occurrences at or after {@code start}, in order and without duplicates;
     * the start itself is included only when it matches the rule, and {@code COUNT} counts only
     * the occurrences yielded. Parts the rule does not give take the start's values (RFC 5545).
     * A {@code UNTIL} in UTC is read as a floating time. Occurrences keep the start's nanosecond.
     *
     * @param start the {@code DTSTART}, not null
     * @return the lazy occurrences, not null
     */
    public Recurrence<LocalDateTime> occurrences(LocalDateTime start) {
        return occurrences(start, ExpansionOptions.defaults());
    }

    /**
     * Expands the rule from a floating start with options, as {@link #occurrences(LocalDateTime)}.
     *
     * @param start the {@code DTSTART}, not null
     * @param options the bound on work and the other choices, not null
     * @return the lazy occurrences, not null
     */
    public Recurrence<LocalDateTime> occurrences(LocalDateTime start, ExpansionOptions options) {
        requireNonNull(start, "start");
        requireNonNull(options, "options");
        return new OfRule(readFor(start), start, options);
    }

    /**
     * Expands the rule from a DATE start: the rule-only expansion, in whole days.
     *
     * <p>{@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND} are ignored, as RFC 5545 says for a
     * DATE start; an {@code UNTIL} date-time counts by its date.
     *
     * @param start the {@code DTSTART} date, not null
     * @return the lazy occurrences, not null
     * @throws org.secunity.SecunityException if the rule has a frequency finer than {@code DAILY}
     */
    public Recurrence<LocalDate> occurrences(LocalDate start) {
        return occurrences(start, ExpansionOptions.defaults());
    }

    /**
     * Expands the rule from a DATE start with options, as {@link #occurrences(LocalDate)}.
     *
     * @param start the {@code DTSTART} date, not null
     * @param options the bound on work and the other choices, not null
     * @return the lazy occurrences, not null
     * @throws org.secunity.SecunityException if the rule has a frequency finer than {@code DAILY}
     */
    public Recurrence<LocalDate> occurrences(LocalDate start, ExpansionOptions options) {
        requireNonNull(start, "start");
        requireNonNull(options, "options");
        return new OfDateRule(new OfRule(readFor(start), start.atStartOfDay(), options));
    }

    /**
     * Expands the rule from a zoned start: the rule-only expansion in the start's local time,
     * mapped to its zone.
     *
     * <p>The rule is expanded on the wall clock of the zone and each local time is then placed in
     * the zone as RFC 5545 §3.3.5 says: a time in a gap (spring forward) is moved later by the
     * length of the gap, and a time in an overlap (fall back) takes the earlier offset. Moved
     * times that collide or overtake are merged so the result stays ordered and unique; as
     * {@code COUNT} counts the rule's wall-clock occurrences, a count-limited rule that crosses a
     * gap can yield fewer times than its {@code COUNT} when moved times collide. A {@code UNTIL}
     * in UTC is compared as an instant, a floating or DATE one on the wall clock.
     *
     * @param start the {@code DTSTART} with its zone, not null; use {@code ZoneOffset.UTC} for UTC
     * @return the lazy occurrences, not null
     */
    public Recurrence<ZonedDateTime> occurrences(ZonedDateTime start) {
        return occurrences(start, ExpansionOptions.defaults());
    }

    /**
     * Expands the rule from a zoned start with options, as {@link #occurrences(ZonedDateTime)}.
     *
     * @param start the {@code DTSTART} with its zone, not null
     * @param options the bound on work and the other choices, not null
     * @return the lazy occurrences, not null
     */
    public Recurrence<ZonedDateTime> occurrences(ZonedDateTime start, ExpansionOptions options) {
        requireNonNull(start, "start");
        requireNonNull(options, "options");
        return new OfZonedRule(readFor(start), start, options);
    }

    /** Returns the compiled expansion plan, built once on first use. */
    RulePlan plan() {
        RulePlan p = plan;
        if (p == null) {
            p = new RulePlan(this);
            plan = p;
        }
        return p;
    }

    /**
     * Returns whether another object is a rule with the same parts.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof RecurrenceRule)) {
            return false;
        }
        RecurrenceRule o = (RecurrenceRule) obj;
        return frequency == o.frequency && interval == o.interval && count == o.count
                && Objects.equals(until, o.until) && weekStart == o.weekStart
                && bySecond.equals(o.bySecond) && byMinute.equals(o.byMinute)
                && byHour.equals(o.byHour) && byDay.equals(o.byDay)
                && byMonthDay.equals(o.byMonthDay) && byYearDay.equals(o.byYearDay)
                && byWeekNo.equals(o.byWeekNo) && byMonth.equals(o.byMonth)
                && bySetPos.equals(o.bySetPos) && rscale == o.rscale && skip == o.skip;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(frequency, interval, count, until, weekStart, bySecond, byMinute,
                byHour, byDay, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos, rscale, skip);
    }

    /**
     * Returns the canonical {@code RRULE} text, which {@link #parse(CharSequence)} reads back to
     * an equal rule: parts in the order of the RFC 5545 grammar, defaults left out.
     *
     * @return the text, such as {@code "FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12"}
     */
    @Override
    public String toString() {
        return RulePrinter.format(this);
    }
}
