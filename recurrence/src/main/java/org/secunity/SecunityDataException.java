package org.secunity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A value or document that breaks one or more rules of the model.
 *
 * <p>Carries every violation found, not only the first, each with the path of the offending
 * field: a JSON path such as {@code $.practices[3].effectTags[0]} when a document was read, or
 * an attribute name such as {@code title.ja} when a value was built in code. When the data
 * came from a file, {@link #source()} names it.
 *
 * <pre>{@code
 * try {
 *     Catalogs.read(path);
 * } catch (SecunityDataException e) {
 *     for (SecunityDataException.Violation v : e.violations()) {
 *         System.err.println(v.path() + ": " + v.message());
 *     }
 * }
 * }</pre>
 */
public class SecunityDataException extends SecunityException {

    private static final long serialVersionUID = 1L;

    /** Every violation, in the order found; not empty. */
    private final List<Violation> violations;

    /** The file or resource the data came from, or null when it was built in code. */
    private final @Nullable String source;

    /**
     * Creates an exception for a single violation.
     *
     * @param path where the violation is, not null (for example {@code "$.practices[3].title"})
     * @param message what is wrong, not null
     */
    public SecunityDataException(String path, String message) {
        this(null, List.of(new Violation(path, message)), null);
    }

    /**
     * Creates an exception for one or more violations.
     *
     * @param source the file or resource the data came from, or null when built in code
     * @param violations every violation found, not empty
     * @param cause the underlying exception (for example Jackson's), may be null
     */
    public SecunityDataException(@Nullable String source, List<Violation> violations, @Nullable Throwable cause) {
        super(format(source, violations), cause);
        this.violations = List.copyOf(violations);
        this.source = source;
    }

    private static String format(@Nullable String source, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        String prefix = source == null ? "" : source + ": ";
        if (violations.size() == 1) {
            return prefix + violations.get(0);
        }
        return prefix + violations.size() + " problems: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns every violation, in the order found.
     *
     * @return the violations, not empty, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the file or resource the data came from.
     *
     * @return the source name, or empty when the data was built in code
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Returns a copy of this exception that names the file or resource the data came from.
     *
     * @param source the file or resource name, not null
     * @return a new exception with the same violations and cause
     */
    public SecunityDataException withSource(String source) {
        SecunityDataException copy =
                new SecunityDataException(Objects.requireNonNull(source, "source"), violations, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /**
     * One broken rule: where and what.
     *
     * @param path where the violation is, such as {@code $.practices[3].title.ja}, not null
     * @param message what is wrong, naming the rule and the offending value, not null
     */
    public record Violation(String path, String message) {

        /**
         * Creates a violation.
         *
         * @param path where the violation is, not null
         * @param message what is wrong, not null
         */
        public Violation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        /**
         * Returns a copy with a prefix put before the path.
         *
         * @param prefix the path of the enclosing value, such as {@code $.practices[3]}, not null
         * @return the violation with the longer path
         */
        public Violation under(String prefix) {
            if (path.isEmpty()) {
                return new Violation(prefix, message);
            }
            boolean bracket = path.startsWith("[");
            return new Violation(prefix + (bracket ? "" : ".") + path, message);
        }

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }
}
