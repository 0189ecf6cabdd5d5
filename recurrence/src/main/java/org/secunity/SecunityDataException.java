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
 * <p>The list is bounded: it keeps the first {@value #MAX_VIOLATIONS} violations, and
 * {@link #omittedViolations()} counts the rest, so that a document with half a million bad
 * entries gives a message of a few kilobytes rather than of a hundred megabytes. The message
 * ends with {@code "… and N more"} when violations were left out.
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

    /** The most violations an exception keeps; the rest are only counted. */
    public static final int MAX_VIOLATIONS = 100;

    /** The first violations found, in order; not empty, at most {@link #MAX_VIOLATIONS}. */
    private final List<Violation> violations;

    /** How many more violations were found than {@link #violations} keeps. */
    private final long omitted;

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
        this(source, violations, 0, cause);
    }

    /**
     * Creates an exception for violations of which some were only counted, as a reader that
     * stops keeping them after {@value #MAX_VIOLATIONS} does.
     *
     * @param source the file or resource the data came from, or null when built in code
     * @param violations the violations kept, in the order found, not empty; beyond
     *     {@value #MAX_VIOLATIONS} only counted
     * @param omitted how many more violations were found and not kept, at least 0
     * @param cause the underlying exception (for example Jackson's), may be null
     */
    public SecunityDataException(
            @Nullable String source, List<Violation> violations, long omitted, @Nullable Throwable cause) {
        super(format(source, first(violations), omitted + Math.max(0, violations.size() - MAX_VIOLATIONS)), cause);
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted must be at least 0, but was " + omitted);
        }
        this.violations = first(violations);
        this.omitted = omitted + Math.max(0, violations.size() - MAX_VIOLATIONS);
        this.source = source;
    }

    private static List<Violation> first(List<Violation> violations) {
        return List.copyOf(violations.size() > MAX_VIOLATIONS ? violations.subList(0, MAX_VIOLATIONS) : violations);
    }

    private static String format(@Nullable String source, List<Violation> violations, long omitted) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        String prefix = source == null ? "" : source + ": ";
        if (violations.size() == 1 && omitted == 0) {
            return prefix + violations.get(0);
        }
        return prefix + (violations.size() + omitted) + " problems: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "))
                + (omitted == 0 ? "" : "; … and " + omitted + " more");
    }

    /**
     * Returns the violations, in the order found: every one, or the first
     * {@value #MAX_VIOLATIONS} when there were more.
     *
     * @return the violations, not empty, at most {@value #MAX_VIOLATIONS}, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns how many violations were found beyond those {@link #violations()} keeps.
     *
     * @return 0 when every violation is kept, else the number left out
     */
    public long omittedViolations() {
        return omitted;
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
                new SecunityDataException(Objects.requireNonNull(source, "source"), violations, omitted, getCause());
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
