package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Practice;
import org.secunity.matching.internal.SecunityStyle;

/**
 * A practice recommended for a situation, with its rank, its score and why.
 *
 * <p>The score is the sum of the {@link #contributions()}, added in the order of {@link Signal}
 * (so {@code contribution(GOALS) + contribution(CHALLENGES) + contribution(CONTEXT) +
 * contribution(SIMILARITY) == score()} holds exactly); each contribution is the signal's weight
 * times its {@link #matches() match}. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Recommendation r = matcher.explain(situation, 15);
 * r.rank();                                  // 1
 * r.score();                                 // 0.6
 * r.contribution(Signal.CHALLENGES);         // 0.45: weight 0.45 × 1 challenge addressed
 * r.reasons().forEach(System.out::println);  // CHALLENGE LACK_OF_EXPERTISE: Addresses your challenge: …
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Recommendation {

    Recommendation() {}

    /**
     * Returns the recommended practice.
     *
     * @return the practice, not null
     */
    public abstract Practice practice();

    /**
     * Returns the practice's place in the full ranking of the situation's candidates: 1 + the
     * number of candidates that rank strictly before it (a higher score, or an equal score and
     * stronger evidence; see {@link PracticeMatcher}). Practices equal in both share their rank
     * (1, 2, 2, 4, …), and {@link #equalRank()} says so.
     *
     * @return the rank, at least 1
     */
    public abstract int rank();

    /**
     * Returns whether another candidate has the same score and evidence, and so the same rank.
     * Equal practices are listed in catalog order, which says nothing about which is better.
     *
     * @return true when the rank is shared; false unless set
     */
    @Value.Default
    public boolean equalRank() {
        return false;
    }

    /**
     * Returns the score: the sum of the contributions.
     *
     * @return the score, in [0, the total of the weights]
     */
    public abstract double score();

    /**
     * Returns each signal's match: how well the practice does on the signal, before weighting.
     *
     * @return a finite match at least 0 for every signal, in the order of {@link Signal}
     *     (GOALS: the summed weight of the goals met; CHALLENGES: the number of challenges
     *     addressed; CONTEXT and SIMILARITY: in [0, 1]), unmodifiable
     */
    public abstract Map<Signal, Double> matches();

    /**
     * Returns each signal's contribution to the score: its weight times its match.
     *
     * @return a contribution for every signal, in the order of {@link Signal}, unmodifiable
     */
    public abstract Map<Signal, Double> contributions();

    /**
     * Returns the reasons, grouped by signal in the order of {@link Signal}.
     *
     * @return the reasons, unmodifiable
     */
    public abstract List<Reason> reasons();

    /**
     * Returns the recommended practice's number.
     *
     * @return the number, at least 1
     */
    public final int practiceNumber() {
        return practice().number();
    }

    /**
     * Returns a signal's match.
     *
     * @param signal the signal, not null
     * @return the match, at least 0, or 0 when the recommendation has none for the signal
     */
    public final double match(Signal signal) {
        Double m = matches().get(signal);
        return m == null ? 0.0 : m;
    }

    /**
     * Returns a signal's contribution to the score.
     *
     * @param signal the signal, not null
     * @return the contribution, or 0 when the recommendation has none for the signal
     */
    public final double contribution(Signal signal) {
        Double c = contributions().get(signal);
        return c == null ? 0.0 : c;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (rank() < 1) {
            violations.add(new Violation("rank", "must be >= 1, but was " + rank()));
        }
        if (!(score() >= 0.0) || Double.isInfinite(score())) {
            violations.add(new Violation("score", "must be a finite number >= 0, but was " + score()));
        }
        matches().forEach((signal, m) -> {
            if (!(m >= 0.0) || Double.isInfinite(m)) {
                violations.add(new Violation("matches." + signal.id(), "must be a finite number >= 0, but was " + m));
            }
        });
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null,
                    violations.stream().map(v -> v.under("practice " + practice().number())).toList(), null);
        }
    }

    /**
     * Returns the rank, the practice number, the score and the contributions.
     *
     * @return a readable form, such as {@code "#1 practice 15 score 0.74 {GOALS=0.3, …}"}; an
     *     equal rank is marked {@code "#=2"}
     */
    @Override
    public String toString() {
        return "#" + (equalRank() ? "=" : "") + rank() + " practice " + practiceNumber() + " score " + score() + " " + contributions();
    }

    /** Builds a {@link Recommendation}; {@code practice}, {@code rank} and {@code score} are required. */
    public static final class Builder extends ImmutableRecommendation.Builder {
        Builder() {}
    }
}
