/**
 * The RFC 5545 recurrence engine: {@link org.secunity.recurrence.RecurrenceRule} values that
 * parse, validate and print {@code RRULE} text, and {@link org.secunity.recurrence.Recurrence}
 * sequences (rule expansions, date lists, sets and their combinations) that yield occurrences
 * lazily and seek by period arithmetic.
 */
@NullMarked
package org.secunity.recurrence;

import org.jspecify.annotations.NullMarked;
