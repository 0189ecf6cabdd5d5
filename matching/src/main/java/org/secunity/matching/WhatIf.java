package org.secunity.matching;

import java.util.List;
import org.immutables.value.Value;
import org.secunity.matching.internal.SecunityStyle;

/**
 * The answer to "what would the ranking be with one weight changed?": the top k before and after,
 * and the rank change of every practice in either.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * WhatIf w = matcher.whatIf(situation, 5, Signal.CHALLENGES, 0.0);
 * w.after().practiceNumbers();   // the top 5 if challenges did not count
 * w.changes();                   // [practice 3: 2 -> 1 (+1), …]
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class WhatIf {

    WhatIf() {}

    /**
     * Returns the signal whose weight was changed.
     *
     * @return the signal, not null
     */
    public abstract Signal signal();

    /**
     * Returns the ranking with the matcher's weights.
     *
     * @return the ranking before the change, not null
     */
    public abstract Ranking before();

    /**
     * Returns the ranking with the changed weight.
     *
     * @return the ranking after the change, not null
     */
    public abstract Ranking after();

    /**
     * Returns the rank changes of the practices in either ranking: those of {@link #after()} in
     * its order, then those only in {@link #before()} in its order.
     *
     * @return the changes, unmodifiable
     */
    public abstract List<RankChange> changes();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the signal, the two weights and the changes.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "WhatIf[" + signal() + " " + before().weights().weight(signal()) + " -> "
                + after().weights().weight(signal()) + ": " + changes() + "]";
    }

    /** Builds a {@link WhatIf}; {@code signal}, {@code before} and {@code after} are required. */
    public static final class Builder extends ImmutableWhatIf.Builder {
        Builder() {}
    }
}
