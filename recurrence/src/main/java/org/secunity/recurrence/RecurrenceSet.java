package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5545 recurrence set (§3.8.5): {@code DTSTART}, the occurrences of its {@code RRULE}s,
 * and its {@code RDATE}s, minus its {@code EXDATE}s.
 *
 * <p>Unlike the rule-only expansion of {@link RecurrenceRule#occurrences(LocalDateTime)}, the set
 * always holds {@code DTSTART} as an occurrence (unless an {@code EXDATE} removes it), as RFC 5545
 * says. Each rule's {@code COUNT} counts that rule's occurrences from {@code DTSTART} on, so when
 * {@code DTSTART} matches the rule ("synchronized", as the RFC asks) it is the first counted
 * occurrence; an unsynchronized {@code DTSTART} (a case the RFC leaves undefined) is an extra
 * occurrence on top of the rule's {@code COUNT}. For a zoned start, {@code RDATE} and
 * {@code EXDATE} times are moved to the start's zone (same instant), so exclusion is by instant.
 *
 * <p>{@link #parse(CharSequence)} reads the iCalendar text an app stores for a recurrence (what
 * python-dateutil's {@code rrulestr} and rrule.js read), and {@link #toString()} writes it back:
 *
 * <pre>{@code
 * RecurrenceSet<?> read = RecurrenceSet.parse("""
 *         DTSTART;TZID=Europe/Brussels:19970902T090000
 *         RRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH
 *         EXDATE;TZID=Europe/Brussels:19970904T090000,19970911T090000
 *         """);
 * read.take(3);   // [1997-09-02T09:00+02:00[Europe/Brussels], 1997-09-09T09:00+02:00[...], 1997-09-16T09:00+02:00[...]]
 * read.toString();
 *     // DTSTART;TZID=Europe/Brussels:19970902T090000\nRRULE:FREQ=YEARLY;COUNT=6;BYDAY=TU,TH\nEXDATE;TZID=...
 * }</pre>
 *
 * <p>Immutable and safe to share; iterate as many times as needed.
 *
 * <pre>{@code
 * RecurrenceSet<LocalDateTime> set = RecurrenceSet.builder(LocalDateTime.parse("2021-01-13T19:00"))
 *         .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
 *         .date(LocalDateTime.parse("2021-03-01T19:00"))
 *         .exclude(LocalDateTime.parse("2021-02-10T19:00"))
 *         .build();
 * set.take(3);   // [2021-01-13T19:00, 2021-03-01T19:00, 2021-03-10T19:00]
 * }</pre>
 *
 * @param <T> the occurrence type: {@link LocalDateTime}, {@link ZonedDateTime} or {@link LocalDate}
 */
public final class RecurrenceSet<T extends Comparable<? super T>> implements Recurrence<T> {

    /** The longest text {@link #parse(CharSequence)} reads, in characters: {@value}. */
    public static final int MAX_TEXT_LENGTH = 100_000;

    /** The most content lines (after unfolding) {@link #parse(CharSequence)} reads: {@value}. */
    public static final int MAX_LINES = 1_000;

    /** The most {@code RRULE} lines {@link #parse(CharSequence)} reads: {@value}. */
    public static final int MAX_RULES = 64;

    /** The most {@code RDATE} and {@code EXDATE} values, together, {@link #parse(CharSequence)} reads: {@value}. */
    public static final int MAX_VALUES = 10_000;

    private final T start;
    private final List<RecurrenceRule> rules;
    private final List<T> dates;
    private final List<T> exclusions;
    private final ExpansionOptions options;
    private final Recurrence<T> combined;
    private final BiFunction<RecurrenceRule, ExpansionOptions, Recurrence<T>> expander;
    private final UnaryOperator<T> normalizer;

    private RecurrenceSet(Builder<T> b) {
        this.expander = b.expander;
        this.normalizer = b.normalizer;
        this.start = b.start;
        this.rules = List.copyOf(b.rules);
        this.dates = List.copyOf(b.dates);
        this.exclusions = List.copyOf(b.exclusions);
        this.options = b.options;
        List<T> firstAndDates = new ArrayList<>(dates);
        firstAndDates.add(start);
        List<Recurrence<T>> parts = new ArrayList<>();
        parts.add(Recurrence.ofDates(firstAndDates));
        for (RecurrenceRule r : rules) {
            parts.add(b.expander.apply(r, b.options));
        }
        Recurrence<T> union = parts.size() == 1 ? parts.get(0) : Recurrence.merge(parts);
        this.combined = exclusions.isEmpty() ? union : Recurrence.difference(union, Recurrence.ofDates(exclusions));
    }

    /**
     * Reads the iCalendar content lines that hold a recurrence, as apps store them: one
     * {@code DTSTART}, any number of {@code RRULE}, {@code RDATE} and {@code EXDATE} lines, in any
     * order.
     *
     * <ul>
     *   <li>{@code DTSTART:19970902T090000} (floating), {@code DTSTART;TZID=Asia/Tokyo:19970902T090000}
     *       (zoned, a tzdb ID, quoted or not), {@code DTSTART:19970902T090000Z} (UTC) or
     *       {@code DTSTART;VALUE=DATE:19970902} (whole days); it decides the type of the set:
     *       {@link LocalDateTime}, {@link ZonedDateTime} (in its zone, {@code ZoneOffset.UTC} for
     *       {@code Z}) or {@link LocalDate};
     *   <li>{@code RRULE:…}: a rule read strictly for that start, as
     *       {@link RecurrenceRule#parse(CharSequence, java.time.temporal.Temporal)} reads it;
     *   <li>{@code RDATE} and {@code EXDATE}: comma lists of values of the start's kind (with a zoned
     *       start, each line has its own {@code TZID} or UTC {@code Z} values, moved to the start's
     *       zone); {@code VALUE=DATE} with a DATE start; {@code VALUE=PERIOD} is refused.
     * </ul>
     *
     * <p>Lines end with LF, CRLF or CR; a line starting with a space or tab continues the one before
     * (RFC 5545 folding); blank lines are skipped; property and parameter names and {@code VALUE} are
     * case-insensitive; {@code X-} parameters are ignored. Refused: other properties (the message
     * names them; {@code EXRULE}, deprecated by RFC 5545, too), other parameters, a second
     * {@code DTSTART}, a value of another kind than the start's, an unknown zone, and text beyond the
     * bounds {@link #MAX_TEXT_LENGTH}, {@link #MAX_LINES}, {@link #MAX_RULES} and
     * {@link #MAX_VALUES}. The set is expanded with {@link ExpansionOptions#defaults()}; see
     * {@link #withOptions(ExpansionOptions)}.
     *
     * <pre>{@code
     * RecurrenceSet<?> set = RecurrenceSet.parse("DTSTART:19970902T090000\nRRULE:FREQ=YEARLY;COUNT=2;BYDAY=TU\n"
     *         + "RRULE:FREQ=YEARLY;COUNT=1;BYDAY=TH");
     * set.take(3);   // [1997-09-02T09:00, 1997-09-04T09:00, 1997-09-09T09:00]
     * RecurrenceSet.parse("DTSTART:19970902T090000\nRDATE:19970904T09000");
     *     // throws: line 2: "19970904T09000" is not a DATE-TIME such as 19970902T090000 ... in RDATE at index 6 ...
     * }</pre>
     *
     * @param text the content lines, not null
     * @return the set, of the start's type, not null
     * @throws org.secunity.SecunityParseException if the text is not such a recurrence; the message
     *     starts with the line number ({@code line 3: …}), {@link org.secunity.SecunityParseException#part()}
     *     names the property or, in an {@code RRULE}, the rule part, and the input and index are those of
     *     the (unfolded) line
     */
    public static RecurrenceSet<?> parse(CharSequence text) {
        requireNonNull(text, "text");
        return RecurrenceText.parse(text);
    }

    /**
     * Reads the iCalendar content lines that hold a recurrence, as {@link #parse(CharSequence)}
     * does, for a caller that knows the kind of start it expects.
     *
     * <pre>{@code
     * RecurrenceSet<LocalDate> days = RecurrenceSet.parse("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=DAILY", LocalDate.class);
     * }</pre>
     *
     * @param <T> the occurrence type
     * @param text the content lines, not null
     * @param type {@code LocalDateTime.class} (floating), {@code ZonedDateTime.class} (TZID or UTC)
     *     or {@code LocalDate.class} (DATE), not null
     * @return the set, not null
     * @throws org.secunity.SecunityParseException if the text is not such a recurrence, or its
     *     {@code DTSTART} is of another kind (the message names the line and both types)
     */
    public static <T extends Comparable<? super T>> RecurrenceSet<T> parse(CharSequence text, Class<T> type) {
        requireNonNull(type, "type");
        return RecurrenceText.parse(requireNonNull(text, "text"), type);
    }

    /**
     * Returns a builder for a set with a floating {@code DTSTART}.
     *
     * @param start the {@code DTSTART}, not null
     * @return a new builder, not null
     */
    public static Builder<LocalDateTime> builder(LocalDateTime start) {
        requireNonNull(start, "start");
        return new Builder<>(start, (r, o) -> r.occurrences(start, o), UnaryOperator.identity());
    }

    /**
     * Returns a builder for a set with a zoned (or UTC) {@code DTSTART}.
     *
     * @param start the {@code DTSTART} with its zone, not null
     * @return a new builder, not null
     */
    public static Builder<ZonedDateTime> builder(ZonedDateTime start) {
        requireNonNull(start, "start");
        return new Builder<>(start, (r, o) -> r.occurrences(start, o), t -> t.withZoneSameInstant(start.getZone()));
    }

    /**
     * Returns a builder for a set with a DATE {@code DTSTART}.
     *
     * @param start the {@code DTSTART} date, not null
     * @return a new builder, not null
     */
    public static Builder<LocalDate> builder(LocalDate start) {
        requireNonNull(start, "start");
        return new Builder<>(start, (r, o) -> r.occurrences(start, o), UnaryOperator.identity());
    }

    /**
     * Returns the {@code DTSTART}.
     *
     * @return the start, not null
     */
    public T start() {
        return start;
    }

    /**
     * Returns the {@code RRULE}s.
     *
     * @return the rules in the order added, unmodifiable
     */
    public List<RecurrenceRule> rules() {
        return rules;
    }

    /**
     * Returns the {@code RDATE}s.
     *
     * @return the dates in the order added (zoned ones in the start's zone), unmodifiable
     */
    public List<T> dates() {
        return dates;
    }

    /**
     * Returns the {@code EXDATE}s.
     *
     * @return the excluded times in the order added (zoned ones in the start's zone), unmodifiable
     */
    public List<T> exclusions() {
        return exclusions;
    }

    /**
     * Returns the options the rules are expanded with.
     *
     * @return the options, not null
     */
    public ExpansionOptions options() {
        return options;
    }

    /**
     * Returns the same set expanded with other options, such as a smaller bound of work per rule.
     *
     * @param options the options, not null
     * @return the set with those options, not null
     */
    public RecurrenceSet<T> withOptions(ExpansionOptions options) {
        requireNonNull(options, "options");
        if (options.equals(this.options)) {
            return this;
        }
        Builder<T> b = new Builder<>(start, expander, normalizer).options(options);
        b.rules.addAll(rules);
        b.dates.addAll(dates);
        b.exclusions.addAll(exclusions);
        return b.build();
    }

    @Override
    public RecurrenceIterator<T> iterator() {
        return combined.iterator();
    }

    @Override
    public Optional<T> previous(T before) {
        return combined.previous(before);
    }

    @Override
    public boolean isFinite() {
        return rules.stream().allMatch(RecurrenceRule::isFinite);
    }

    /**
     * Returns whether another object is a set with the same start, rules, dates, exclusions and
     * options.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof RecurrenceSet)) {
            return false;
        }
        RecurrenceSet<?> o = (RecurrenceSet<?>) obj;
        return start.equals(o.start) && rules.equals(o.rules) && dates.equals(o.dates)
                && exclusions.equals(o.exclusions) && options.equals(o.options);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(start, rules, dates, exclusions, options);
    }

    /**
     * Returns the set as iCalendar content lines, separated by LF: the {@code DTSTART} line, one
     * {@code RRULE} line per rule in order, then one {@code RDATE} and one {@code EXDATE} line
     * listing the dates in order (left out when there are none). Zoned times are written with the
     * start's {@code TZID} (UTC as {@code Z}; quoted when it holds a colon, as {@code +05:30}
     * does), DATE values with {@code VALUE=DATE}, every time to the second; a list holding a time
     * in the later of a repeated hour, which {@code TZID} would read as the earlier, is written in
     * UTC. {@link #parse(CharSequence)} reads it back to an equal set when the times are whole
     * seconds in the years 0000 to 9999, the options are the defaults and the text is within the
     * parser's bounds (a {@code DTSTART} in the later of a repeated hour reads back as the earlier).
     *
     * <pre>{@code
     * RecurrenceSet.builder(LocalDate.parse("2026-01-01")).rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"))
     *         .exclude(LocalDate.parse("2026-02-11")).build().toString();
     *     // DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=MONTHLY;BYDAY=2WE\nEXDATE;VALUE=DATE:20260211
     * }</pre>
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return RecurrenceText.format(this);
    }

    /**
     * A mutable builder of {@link RecurrenceSet}. Not thread-safe.
     *
     * @param <T> the occurrence type
     */
    public static final class Builder<T extends Comparable<? super T>> {
        private final T start;
        private final BiFunction<RecurrenceRule, ExpansionOptions, Recurrence<T>> expander;
        private final UnaryOperator<T> normalizer;
        private ExpansionOptions options = ExpansionOptions.defaults();
        private final List<RecurrenceRule> rules = new ArrayList<>();
        private final List<T> dates = new ArrayList<>();
        private final List<T> exclusions = new ArrayList<>();

        private Builder(T start, BiFunction<RecurrenceRule, ExpansionOptions, Recurrence<T>> expander,
                UnaryOperator<T> normalizer) {
            this.start = start;
            this.expander = expander;
            this.normalizer = normalizer;
        }

        /**
         * Adds an {@code RRULE}, checking the rules of RFC 5545 §3.3.10 that tie it to
         * {@code DTSTART}: its {@code UNTIL} must have the start's value type (a DATE with a DATE
         * start, a local time with a floating one, UTC with a zoned one), and a DATE start needs
         * {@code FREQ=DAILY} or coarser ({@code BYHOUR}, {@code BYMINUTE} and {@code BYSECOND} are
         * then ignored). Read a rule with
         * {@link RecurrenceRule#parseLenient(CharSequence, java.time.temporal.Temporal)} to have a
         * mismatched {@code UNTIL} converted instead.
         *
         * @param rule the rule, not null
         * @return this builder
         * @throws org.secunity.SecunityDataException if the rule does not fit the start; each
         *     violation names the part
         */
        public Builder<T> rule(RecurrenceRule rule) {
            requireNonNull(rule, "rule");
            RuleForStart.Check check = RuleForStart.check(rule.parts(), (java.time.temporal.Temporal) start);
            List<org.secunity.SecunityDataException.Violation> violations = check.findings().stream()
                    .filter(f -> f.severity() != RuleForStart.Severity.IGNORED)
                    .map(f -> new org.secunity.SecunityDataException.Violation(f.part(), f.message()))
                    .toList();
            if (!violations.isEmpty()) {
                throw new org.secunity.SecunityDataException(null, violations, null);
            }
            rules.add(rule);
            return this;
        }

        /**
         * Sets the options every rule of the set is expanded with; each rule's expansion has its
         * own budget of {@link ExpansionOptions#maxSteps()}.
         *
         * @param options the options, not null
         * @return this builder
         */
        public Builder<T> options(ExpansionOptions options) {
            this.options = requireNonNull(options, "options");
            return this;
        }

        /**
         * Adds an {@code RDATE}.
         *
         * @param date the time, not null
         * @return this builder
         */
        public Builder<T> date(T date) {
            dates.add(normalizer.apply(requireNonNull(date, "date")));
            return this;
        }

        /**
         * Adds {@code RDATE}s.
         *
         * @param dates the times, not null, no null element
         * @return this builder
         */
        public Builder<T> dates(Collection<? extends T> dates) {
            dates.forEach(this::date);
            return this;
        }

        /**
         * Adds an {@code EXDATE}.
         *
         * @param date the time to exclude, not null
         * @return this builder
         */
        public Builder<T> exclude(T date) {
            exclusions.add(normalizer.apply(requireNonNull(date, "date")));
            return this;
        }

        /**
         * Adds {@code EXDATE}s.
         *
         * @param dates the times to exclude, not null, no null element
         * @return this builder
         */
        public Builder<T> exclude(Collection<? extends T> dates) {
            dates.forEach(this::exclude);
            return this;
        }

        /**
         * Builds the set.
         *
         * @return the set, not null
         */
        public RecurrenceSet<T> build() {
            return new RecurrenceSet<>(this);
        }
    }
}
