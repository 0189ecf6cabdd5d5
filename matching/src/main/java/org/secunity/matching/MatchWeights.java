package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.matching.internal.SecunityStyle;

/**
 * The weight of each {@link Signal} in a recommendation's score: score = Σ weight × match
 * (see {@link PracticeMatcher} for each signal's match).
 *
 * <p>Weights are absolute: a weight of 1 is the most a signal can weigh, and the score of a
 * practice does not depend on how the other signals are weighted. The defaults put what a
 * community says troubles it first:
 *
 * <table>
 *   <caption>Default weights</caption>
 *   <tr><th>signal</th><th>weight</th><th>why</th></tr>
 *   <tr><td>{@link Signal#CHALLENGES}</td><td>{@value #DEFAULT_CHALLENGES}</td>
 *       <td>the most specific thing a community says; each challenge is grounded in a practice's 目的</td></tr>
 *   <tr><td>{@link Signal#GOALS}</td><td>{@value #DEFAULT_GOALS}</td>
 *       <td>broad: there are five effect tags and most practices have several</td></tr>
 *   <tr><td>{@link Signal#CONTEXT}</td><td>{@value #DEFAULT_CONTEXT}</td>
 *       <td>the source ties few practices to a stage or secretariat; needed partners matter</td></tr>
 *   <tr><td>{@link Signal#SIMILARITY}</td><td>{@value #DEFAULT_SIMILARITY}</td>
 *       <td>a tie-breaker: "communities like yours did this"</td></tr>
 * </table>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Every weight is a finite number at least 0 (a {@code -0.0} is kept as {@code 0.0}).
 *   <li>At least one weight is positive: with every weight 0 every score would be 0 and the
 *       order meaningless, so such weights are refused.
 *   <li>Weights above 1 are read as relative: when the largest weight exceeds 1, every weight is
 *       divided by the largest, so that it becomes 1 and the others keep their proportions
 *       ({@code of(2, 4, 1, 0)} equals {@code of(0.5, 1, 0.25, 0)}). A weight so small next to
 *       the largest that the division underflows becomes 0. This bounds every score (see
 *       {@link #maxScore()}): no weights, however large, make a score infinite.
 * </ul>
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * MatchWeights w = MatchWeights.defaults().with(Signal.SIMILARITY, 0.0);
 * MatchWeights mine = MatchWeights.builder().goals(0.5).challenges(0.5).context(0).similarity(0).build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class MatchWeights {

    /** The default weight of {@link Signal#GOALS}. */
    public static final double DEFAULT_GOALS = 0.3;

    /** The default weight of {@link Signal#CHALLENGES}. */
    public static final double DEFAULT_CHALLENGES = 0.45;

    /** The default weight of {@link Signal#CONTEXT}. */
    public static final double DEFAULT_CONTEXT = 0.15;

    /** The default weight of {@link Signal#SIMILARITY}. */
    public static final double DEFAULT_SIMILARITY = 0.1;

    private static final MatchWeights DEFAULTS = builder().build();

    MatchWeights() {}

    /**
     * Returns the weight of {@link Signal#GOALS}.
     *
     * @return the weight, in [0, 1]; {@value #DEFAULT_GOALS} unless set
     */
    @Value.Default
    public double goals() {
        return DEFAULT_GOALS;
    }

    /**
     * Returns the weight of {@link Signal#CHALLENGES}.
     *
     * @return the weight, in [0, 1]; {@value #DEFAULT_CHALLENGES} unless set
     */
    @Value.Default
    public double challenges() {
        return DEFAULT_CHALLENGES;
    }

    /**
     * Returns the weight of {@link Signal#CONTEXT}.
     *
     * @return the weight, in [0, 1]; {@value #DEFAULT_CONTEXT} unless set
     */
    @Value.Default
    public double context() {
        return DEFAULT_CONTEXT;
    }

    /**
     * Returns the weight of {@link Signal#SIMILARITY}.
     *
     * @return the weight, in [0, 1]; {@value #DEFAULT_SIMILARITY} unless set
     */
    @Value.Default
    public double similarity() {
        return DEFAULT_SIMILARITY;
    }

    /**
     * Returns the default weights.
     *
     * @return the defaults, not null
     */
    public static MatchWeights defaults() {
        return DEFAULTS;
    }

    /**
     * Returns weights given in the order of {@link Signal}.
     *
     * @param goals the weight of {@link Signal#GOALS}, finite, at least 0
     * @param challenges the weight of {@link Signal#CHALLENGES}, finite, at least 0
     * @param context the weight of {@link Signal#CONTEXT}, finite, at least 0
     * @param similarity the weight of {@link Signal#SIMILARITY}, finite, at least 0
     * @return the weights, not null
     * @throws SecunityDataException if a weight is negative, infinite or NaN, naming each, or if
     *     every weight is 0
     */
    public static MatchWeights of(double goals, double challenges, double context, double similarity) {
        return builder().goals(goals).challenges(challenges).context(context).similarity(similarity).build();
    }

    /**
     * Returns a new builder; a weight not set keeps its default.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the weight of a signal.
     *
     * @param signal the signal, not null
     * @return the weight, in [0, 1]
     */
    public final double weight(Signal signal) {
        return switch (Objects.requireNonNull(signal, "signal")) {
            case GOALS -> goals();
            case CHALLENGES -> challenges();
            case CONTEXT -> context();
            case SIMILARITY -> similarity();
        };
    }

    /**
     * Returns a copy with one signal's weight changed.
     *
     * @param signal the signal, not null
     * @param weight the new weight, finite, at least 0
     * @return the changed weights, not null
     * @throws SecunityDataException if the weight is negative, infinite or NaN, or if it makes
     *     every weight 0
     */
    public final MatchWeights with(Signal signal, double weight) {
        Builder b = builder().from(this);
        switch (Objects.requireNonNull(signal, "signal")) {
            case GOALS -> b.goals(weight);
            case CHALLENGES -> b.challenges(weight);
            case CONTEXT -> b.context(weight);
            case SIMILARITY -> b.similarity(weight);
            default -> throw new AssertionError(signal);
        }
        return b.build();
    }

    /**
     * Returns the sum of the weights, added in the order of {@link Signal}.
     *
     * @return the total, in (0, 4]
     */
    public final double total() {
        double sum = 0.0;
        for (Signal s : Signal.values()) {
            sum += weight(s);
        }
        return sum;
    }

    /**
     * Returns the highest score a practice can get with these weights: every goal met at weight
     * 1, every challenge addressed, and a perfect context and similarity.
     *
     * @return the bound, finite and positive
     */
    public final double maxScore() {
        return goals() * org.secunity.core.EffectTag.values().length
                + challenges() * org.secunity.core.Challenge.values().length + context() + similarity();
    }

    @Value.Check
    MatchWeights check() {
        List<Violation> violations = new ArrayList<>();
        boolean negativeZero = false;
        double largest = 0.0;
        for (Signal s : Signal.values()) {
            double w = weight(s);
            if (!(w >= 0.0) || Double.isInfinite(w)) {
                violations.add(new Violation(s.name().toLowerCase(java.util.Locale.ROOT),
                        "weight must be a finite number >= 0, but was " + w));
            } else {
                largest = Math.max(largest, w);
            }
            negativeZero |= Double.doubleToRawLongBits(w) == Double.doubleToRawLongBits(-0.0);
        }
        if (violations.isEmpty() && largest == 0.0) {
            violations.add(new Violation("weights", "at least one weight must be above 0; with every weight 0"
                    + " every practice would score 0 and the ranking would mean nothing"));
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
        if (largest > 1.0) {
            // relative weights: the largest becomes 1, the others keep their proportions
            return builder().goals(goals() / largest).challenges(challenges() / largest)
                    .context(context() / largest).similarity(similarity() / largest).build();
        }
        if (negativeZero) {
            // -0.0 would make a contribution -0.0; keep every weight a plain, non-negative number
            return builder().goals(goals() + 0.0).challenges(challenges() + 0.0)
                    .context(context() + 0.0).similarity(similarity() + 0.0).build();
        }
        return this;
    }

    /**
     * Returns the weights in the order of {@link Signal}.
     *
     * @return a readable form, such as {@code "MatchWeights{goals=0.3, challenges=0.45, context=0.15, similarity=0.1}"}
     */
    @Override
    public String toString() {
        return "MatchWeights{goals=" + goals() + ", challenges=" + challenges() + ", context=" + context()
                + ", similarity=" + similarity() + "}";
    }

    /** Builds {@link MatchWeights}; a weight not set keeps its default. */
    public static final class Builder extends ImmutableMatchWeights.Builder {
        Builder() {}
    }
}
