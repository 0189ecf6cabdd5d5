package org.secunity.recurrence;

import java.util.Objects;

/**
 * Something a lenient parse dropped or repaired, with where it was: the rule part and the
 * 0-based character index in the input.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * LenientParseResult r = RecurrenceRule.parseLenient("FREQ=DAILY;COUNT=3;UNTIL=20210101");
 * ParseWarning w = r.warnings().get(0);
 * w.part();      // "UNTIL"
 * w.index();     // 19
 * w.message();   // "dropped: COUNT and UNTIL must not both be given"
 * }</pre>
 */
public final class ParseWarning {

    private final String part;
    private final int index;
    private final String message;

    private ParseWarning(String part, int index, String message) {
        this.part = part;
        this.index = index;
        this.message = message;
    }

    /**
     * Returns a warning.
     *
     * @param part the rule part concerned, such as {@code "BYDAY"}, not null
     * @param index the 0-based index of the offending text, not negative
     * @param message what was dropped or repaired and why, not null
     * @return the warning, not null
     */
    public static ParseWarning of(String part, int index, String message) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(message, "message");
        if (index < 0) {
            throw new org.secunity.SecunityException("index must not be negative, was " + index);
        }
        return new ParseWarning(part, index, message);
    }

    /**
     * Returns the rule part concerned.
     *
     * @return the part name, such as {@code "BYDAY"}, not null
     */
    public String part() {
        return part;
    }

    /**
     * Returns the 0-based index of the offending text in the input.
     *
     * @return the index, not negative
     */
    public int index() {
        return index;
    }

    /**
     * Returns what was dropped or repaired and why.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Returns whether another object is a warning with the same part, index and message.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
        if (!(obj instanceof ParseWarning)) {
            return false;
        }
        ParseWarning other = (ParseWarning) obj;
        return part.equals(other.part) && index == other.index && message.equals(other.message);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(part, index, message);
    }

    /**
     * Returns the warning as {@code "<message> in <part> at index <index>"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return message + " in " + part + " at index " + index;
    }
}
