package org.secunity;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the Secunity SDK throws on bad input or bad data.
 *
 * <p>Unchecked, like {@link java.time.DateTimeException}: bad input is a programming or data
 * error that callers usually report rather than recover from. Each message says what was wrong
 * and where (a rule part and character position, a JSON path, a field name). Subclasses add the
 * location as structured data:
 *
 * <ul>
 *   <li>{@link SecunityParseException} — text that could not be parsed, with the input and a
 *       0-based index;
 *   <li>{@link SecunityDataException} — a document or value that breaks a rule, with the
 *       path of every violation;
 *   <li>{@link SecunityIOException} — a file, stream or resource that could not be read or
 *       written, with the JDK's {@link java.io.IOException} as its cause.
 * </ul>
 *
 * <p>The rule for every public method of the library modules: bad input (text, documents,
 * values out of range, files that cannot be read) throws a {@code SecunityException}, never an
 * {@link IllegalArgumentException}, {@link java.io.UncheckedIOException} or
 * {@link java.time.DateTimeException}. A {@code null} argument is a programming error, not
 * input, and throws {@link NullPointerException} naming the parameter
 * ({@code Objects.requireNonNull(arg, "arg")}).
 *
 * <pre>{@code
 * try {
 *     RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2XX");
 * } catch (SecunityException e) {
 *     System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public class SecunityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what was wrong and where, not null
     */
    public SecunityException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the exception that caused it.
     *
     * @param message what was wrong and where, not null
     * @param cause the underlying exception, kept for diagnosis, may be null
     */
    public SecunityException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
