package org.secunity.matching.evaluation;

import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.secunity.matching.internal.SecunityStyle;

/**
 * The outcome of one {@link EvaluationCase}: where each relevant practice ranked and what the top
 * of the ranking was.
 *
 * <p>The ranks are places in the full ranking, so the binary-relevance metrics can be computed
 * for any cut-off k without ranking again; they equal {@link Metrics} applied to the full ranking
 * when no relevant practice shares its rank with another practice. A practice sharing a rank k
 * counts as ranked k or better (practices sharing a rank are equal), so with ties these figures
 * can exceed those of the listed order, which puts equal practices in catalog order; for nDCG,
 * relevant practices sharing a rank take consecutive places from it.
 * Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * CaseResult r = report.cases().get(0);
 * r.ranks();       // {3=2, 15=1}
 * r.ndcgAt(5);     // 1.0
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class CaseResult {

    CaseResult() {}

    /**
     * Returns the case's ID.
     *
     * @return the ID, not blank
     */
    public abstract String id();

    /**
     * Returns, for each relevant practice, its place in the full ranking.
     *
     * @return practice number → rank (at least 1), by practice number, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Integer> ranks();

    /**
     * Returns the top of the ranking.
     *
     * @return the first practice numbers, best first, unmodifiable
     */
    public abstract List<Integer> top();

    /**
     * Returns how many practices were ranked.
     *
     * @return the number of candidates
     */
    public abstract int candidates();

    /**
     * Returns hit@k: 1 when a relevant practice ranked k or better, else 0.
     *
     * @param k the cut-off, at least 1
     * @return 1 or 0
     */
    public final double hitAt(int k) {
        return ranks().values().stream().anyMatch(r -> r <= k) ? 1.0 : 0.0;
    }

    /**
     * Returns recall@k: the share of relevant practices that ranked k or better.
     *
     * @param k the cut-off, at least 1
     * @return the recall, in [0, 1]
     */
    public final double recallAt(int k) {
        return ranks().isEmpty() ? 0.0 : (double) ranks().values().stream().filter(r -> r <= k).count() / ranks().size();
    }

    /**
     * Returns nDCG@k with binary relevance (see {@link Metrics}).
     *
     * @param k the cut-off, at least 1
     * @return the nDCG, in [0, 1]
     */
    public final double ndcgAt(int k) {
        if (ranks().isEmpty()) {
            return 0.0;
        }
        double dcg = 0.0;
        int position = 0;
        for (int rank : ranks().values().stream().sorted().toList()) {
            // practices sharing a rank take consecutive places from it, so a tie never beats the ideal order
            position = Math.max(rank, position + 1);
            if (position <= k) {
                dcg += Metrics.discount(position);
            }
        }
        return dcg / Metrics.idealDcg(k, ranks().size());
    }

    /**
     * Returns the best rank of a relevant practice.
     *
     * @return the lowest rank, or 0 when the case has no relevant practice
     */
    public final int bestRank() {
        return ranks().values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CaseResult}; {@code id} and {@code candidates} are required. */
    public static final class Builder extends ImmutableCaseResult.Builder {
        Builder() {}
    }
}
