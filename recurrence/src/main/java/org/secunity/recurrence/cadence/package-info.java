/**
 * Cadences in words: {@link org.secunity.recurrence.cadence.Cadence} reads and writes Japanese and
 * English phrases such as 偶数月の第2水曜日の晩 and "every other Wednesday" as recurrence rules with a
 * time of day, and approximate cadences such as 年2回程度.
 *
 * <p>With a holiday policy, this is all an {@code expand} command needs:
 *
 * <pre>{@code
 * Recurrence<LocalDateTime> meetups = Cadence.parse("偶数月の第2水曜日 19:00")
 *         .occurrences(LocalDateTime.parse("2026-01-01T00:00"));    // rule-only, as for an RRULE
 * HolidayPolicy.parse("NEXT_BUSINESS_DAY").apply(meetups, HolidayCalendar.japan()).take(2);
 *         // [2026-02-12T19:00, 2026-04-08T19:00]
 * }</pre>
 */
@NullMarked
package org.secunity.recurrence.cadence;

import org.jspecify.annotations.NullMarked;
