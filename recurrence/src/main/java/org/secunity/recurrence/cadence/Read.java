package org.secunity.recurrence.cadence;

/**
 * What a grammar part of a parser returns: the value it read, and where the text after it starts
 * (an index into the input for the Japanese parser, a token index for the English one).
 *
 * @param <T> the type of the value
 * @param value the value read, not null
 * @param end the index just after what was read
 */
record Read<T>(T value, int end) {
}
