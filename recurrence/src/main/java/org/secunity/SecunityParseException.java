package org.secunity;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Text that could not be parsed: an RRULE, a cadence phrase, a date.
 *
 * <p>Like {@link java.time.format.DateTimeParseException}, it carries the whole input and the
 * 0-based index of the first character that was wrong, and, where the grammar has named parts
 * (the {@code BYDAY} of an RRULE), the part in which the error occurred.
 *
 * <pre>{@code
 * SecunityParseException e = ...;
 * e.input();     // "FREQ=MONTHLY;BYDAY=2XX"
 * e.index();     // 19
 * e.part();      // Optional[BYDAY]
 * }</pre>
 */
public class SecunityParseException extends SecunityException {

    private static final long serialVersionUID = 1L;

    /** The whole text that was being parsed. */
    private final String input;

    /** The 0-based index of the first offending character, from 0 to the input's length. */
    private final int index;

    /** The named part of the grammar in which the error occurred, or null when it has none. */
    private final @Nullable String part;

    /**
     * Creates a parse exception.
     *
     * @param message what was wrong, not null; the input, part and index are appended
     * @param input the whole text being parsed, not null
     * @param index the 0-based index of the offending character, from 0 to {@code input.length()}
     * @param part the named part of the grammar being parsed (for example {@code "BYDAY"}), or
     *     null when the grammar has no named parts
     */
    public SecunityParseException(String message, CharSequence input, int index, @Nullable String part) {
        this(message, input, index, part, null);
    }

    /**
     * Creates a parse exception with a cause.
     *
     * @param message what was wrong, not null; the input, part and index are appended
     * @param input the whole text being parsed, not null
     * @param index the 0-based index of the offending character, from 0 to {@code input.length()}
     * @param part the named part of the grammar, or null
     * @param cause the underlying exception, may be null
     */
    public SecunityParseException(
            String message, CharSequence input, int index, @Nullable String part, @Nullable Throwable cause) {
        super(format(message, input, index, part), cause);
        this.input = Objects.requireNonNull(input, "input").toString();
        this.index = Math.max(0, Math.min(index, this.input.length()));
        this.part = part;
    }

    private static String format(String message, CharSequence input, int index, @Nullable String part) {
        StringBuilder text = new StringBuilder(Objects.requireNonNull(message, "message"));
        if (part != null) {
            text.append(" in ").append(part);
        }
        text.append(" at index ").append(index).append(" of \"").append(input).append('"');
        return text.toString();
    }

    /**
     * Returns the whole text that was being parsed.
     *
     * @return the input, not null
     */
    public String input() {
        return input;
    }

    /**
     * Returns the 0-based index of the first offending character.
     *
     * @return the index, from 0 to {@code input().length()}
     */
    public int index() {
        return index;
    }

    /**
     * Returns the named part of the grammar in which the error occurred.
     *
     * @return the part, such as {@code "BYDAY"}, or empty when the grammar has no named parts
     */
    public Optional<String> part() {
        return Optional.ofNullable(part);
    }
}
