package org.secunity.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.matching.internal.SecunityStyle;

/**
 * The best practices for a situation, best first: the answer of
 * {@link PracticeMatcher#recommend(Situation, int)}.
 *
 * <p>Recommendations are sorted by score, highest first, and equal scores by evidence (see
 * {@link PracticeMatcher}); practices equal in both share their rank and are listed in catalog
 * order. Practices the situation has adopted are left out. Immutable and safe to share;
 * compare with {@code equals}.
 *
 * <pre>{@code
 * Ranking top = matcher.recommend(situation, 5);
 * top.practiceNumbers();   // [15, 3, 2, 18, 5]
 * System.out.println(top); // a table with scores and contributions
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Ranking {

    Ranking() {}

    /**
     * Returns the situation the ranking is for.
     *
     * @return the situation, not null
     */
    public abstract Situation situation();

    /**
     * Returns the weights the scores were computed with.
     *
     * @return the weights, not null
     */
    public abstract MatchWeights weights();

    /**
     * Returns the recommendations, best first.
     *
     * @return the recommendations, best first, unmodifiable; ranks ascend and equal practices
     *     share one (1, 2, 2, 4, …)
     */
    public abstract List<Recommendation> recommendations();

    /**
     * Returns how many practices were ranked: the catalog's practices less the adopted ones.
     *
     * @return the number of candidates, at least the number of recommendations
     */
    public abstract int candidates();

    /**
     * Returns the recommended practices' numbers, best first.
     *
     * @return the numbers, unmodifiable
     */
    public final List<Integer> practiceNumbers() {
        return recommendations().stream().map(Recommendation::practiceNumber).toList();
    }

    /**
     * Returns the recommendation of a practice, if it is in this ranking.
     *
     * @param practiceNumber the practice number
     * @return the recommendation, or empty when the practice is not among the recommendations
     */
    public final Optional<Recommendation> find(int practiceNumber) {
        return recommendations().stream().filter(r -> r.practiceNumber() == practiceNumber).findFirst();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a table: one line per recommendation with its rank, practice, score, contributions
     * and Japanese title.
     *
     * @return a readable, multi-line form, not null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Ranking[" + recommendations().size() + " of " + candidates()
                + " candidates, " + weights() + "]");
        for (Recommendation r : recommendations()) {
            out.append(String.format(Locale.ROOT, "%n%s%3d. %3d  %.4f  G %.3f  C %.3f  X %.3f  S %.3f  %s",
                    r.equalRank() ? "=" : " ", r.rank(), r.practiceNumber(), r.score(), r.contribution(Signal.GOALS),
                    r.contribution(Signal.CHALLENGES), r.contribution(Signal.CONTEXT),
                    r.contribution(Signal.SIMILARITY), r.practice().title().ja()));
        }
        return out.toString();
    }

    /** Builds a {@link Ranking}; {@code situation}, {@code weights} and {@code candidates} are required. */
    public static final class Builder extends ImmutableRanking.Builder {
        Builder() {}
    }
}
