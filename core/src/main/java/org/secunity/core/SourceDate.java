package org.secunity.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * A date as the source gives it: the Gregorian {@link PartialDate} and the source's own wording
 * ("平成26年9月").
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * SourceDate founded = SourceDate.of(PartialDate.parse("2014-09"), "平成26年9月");
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class SourceDate {

    SourceDate() {}

    /**
     * Returns the Gregorian date.
     *
     * @return the date, not null
     */
    @Value.Parameter
    public abstract PartialDate date();

    /**
     * Returns the date as the source words it.
     *
     * @return the source wording, or empty when the date was given in ISO form
     */
    @Value.Parameter
    public abstract Optional<String> sourceText();

    /**
     * Returns the last date of a span such as "2020年8~9月" (August to September 2020).
     *
     * @return the end of the span, after {@link #date()}, or empty for a single date
     */
    public abstract Optional<PartialDate> until();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a date with the source's wording.
     *
     * @param date the Gregorian date, not null
     * @param sourceText the source's wording, not null
     * @return the source date, not null
     */
    public static SourceDate of(PartialDate date, String sourceText) {
        return ImmutableSourceDate.of(date, Optional.of(Objects.requireNonNull(sourceText, "sourceText")));
    }

    /**
     * Creates a date without source wording.
     *
     * @param date the Gregorian date, not null
     * @return the source date, not null
     */
    public static SourceDate of(PartialDate date) {
        return ImmutableSourceDate.of(date, Optional.empty());
    }

    @Value.Check
    void check() {
        sourceText().ifPresent(text -> Checks.notBlank("sourceText", text));
        if (until().isPresent() && until().get().compareTo(date()) <= 0) {
            throw new SecunityDataException("until", "must be after date " + date() + ", but was " + until().get());
        }
    }

    /**
     * Returns the ISO date (a span as {@code date/until}), followed by the source wording in
     * parentheses when there is one.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return date() + until().map(u -> "/" + u).orElse("") + sourceText().map(t -> " (" + t + ")").orElse("");
    }

    /** Builds a {@link SourceDate}; {@code date} is required. */
    public static final class Builder extends ImmutableSourceDate.Builder {
        Builder() {}
    }
}
