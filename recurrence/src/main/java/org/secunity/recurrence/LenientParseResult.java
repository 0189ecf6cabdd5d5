package org.secunity.recurrence;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link RecurrenceRule#parseLenient(CharSequence)}: the rule that could be read
 * and a warning for everything that was dropped to get it.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * LenientParseResult r = RecurrenceRule.parseLenient("FREQ=WEEKLY;BYMONTHDAY=1;BYDAY=MO");
 * r.rule();          // FREQ=WEEKLY;BYDAY=MO
 * r.warnings();      // [dropped: BYMONTHDAY is not allowed with FREQ=WEEKLY in BYMONTHDAY at index 12]
 * r.isClean();       // false
 * }</pre>
 */
public final class LenientParseResult {

    private final RecurrenceRule rule;
    private final List<ParseWarning> warnings;

    private LenientParseResult(RecurrenceRule rule, List<ParseWarning> warnings) {
        this.rule = rule;
        this.warnings = warnings;
    }

    /**
     * Returns a result.
     *
     * @param rule the rule that was read, not null
     * @param warnings what was dropped, in input order, not null, may be empty
     * @return the result, not null
     */
    public static LenientParseResult of(RecurrenceRule rule, List<ParseWarning> warnings) {
        return new LenientParseResult(
                Objects.requireNonNull(rule, "rule"), List.copyOf(Objects.requireNonNull(warnings, "warnings")));
    }

    /**
     * Returns the rule that was read.
     *
     * @return the rule, not null
     */
    public RecurrenceRule rule() {
        return rule;
    }

    /**
     * Returns what was dropped or repaired, in input order.
     *
     * @return the warnings, unmodifiable, empty when the input was valid in strict mode
     */
    public List<ParseWarning> warnings() {
        return warnings;
    }

    /**
     * Returns whether nothing was dropped.
     *
     * @return true when {@link #warnings()} is empty
     */
    public boolean isClean() {
        return warnings.isEmpty();
    }

    /**
     * Returns whether another object is a result with the same rule and warnings.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
        return obj instanceof LenientParseResult
                && rule.equals(((LenientParseResult) obj).rule)
                && warnings.equals(((LenientParseResult) obj).warnings);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return rule.hashCode() * 31 + warnings.hashCode();
    }

    /**
     * Returns the rule text followed by the warnings.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return warnings.isEmpty() ? rule.toString() : rule + " " + warnings;
    }
}
