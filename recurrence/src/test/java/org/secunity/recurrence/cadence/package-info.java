/**
 * Tests of the cadence phrases: phrase tables in Japanese and English, canonical texts, error
 * positions, and round-trip properties over the phrase grammar.
 */
@NullMarked
package org.secunity.recurrence.cadence;

import org.jspecify.annotations.NullMarked;
