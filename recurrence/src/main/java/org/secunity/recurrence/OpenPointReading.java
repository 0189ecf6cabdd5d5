package org.secunity.recurrence;

/**
 * How to read the two {@code FREQ=YEARLY} rules RFC 5545 leaves open, where engines differ: a
 * {@code BYMONTHDAY} without {@code BYMONTH} (nor {@code BYWEEKNO}, {@code BYYEARDAY}), and a
 * {@code BYWEEKNO} without {@code BYDAY} (nor {@code BYYEARDAY}, {@code BYMONTHDAY}, which the
 * engines agree pick the days of the week).
 *
 * <p>Choose it with {@link ExpansionOptions#withOpenPointReading}. To write a rule that every engine
 * reads the same way whatever its own choice, make the meant part explicit with
 * {@link RecurrenceRule#portableFor(java.time.temporal.Temporal, OpenPointReading)}.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.parse("FREQ=YEARLY;BYMONTHDAY=15");
 * LocalDate start = LocalDate.parse("2021-03-01");
 * rule.occurrences(start).take(2);                                        // [2021-03-15, 2021-04-15]
 * rule.occurrences(start, ExpansionOptions.defaults()
 *         .withOpenPointReading(OpenPointReading.FROM_START)).take(2);    // [2021-03-15, 2022-03-15]
 * rule.portableFor(start, OpenPointReading.FROM_START);                   // FREQ=YEARLY;BYMONTHDAY=15;BYMONTH=3
 * }</pre>
 */
public enum OpenPointReading {
    /**
     * The table of RFC 5545 §3.3.10 read literally, as python-dateutil does: {@code BYMONTHDAY}
     * expands to that day of <em>every</em> month, {@code BYWEEKNO} to <em>every</em> day of the
     * week. The engine's default.
     */
    EXPAND,
    /**
     * The missing part taken from {@code DTSTART}, as libical, lib-recur and ical4j do: the day of
     * {@code DTSTART}'s month only, the day of week 20 that is {@code DTSTART}'s weekday only.
     */
    FROM_START
}
