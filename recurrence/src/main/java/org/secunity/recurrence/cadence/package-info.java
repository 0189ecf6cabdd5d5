/**
 * Cadences in words: {@link org.secunity.recurrence.cadence.Cadence} reads and writes Japanese and
 * English phrases such as 偶数月の第2水曜日の晩 and "every other Wednesday" as recurrence rules with a
 * time of day, and approximate cadences such as 年2回程度.
 */
@NullMarked
package org.secunity.recurrence.cadence;

import org.jspecify.annotations.NullMarked;
