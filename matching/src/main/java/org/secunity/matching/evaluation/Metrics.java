package org.secunity.matching.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.secunity.SecunityDataException;

/**
 * Ranking metrics with binary relevance: a practice is relevant or not.
 *
 * <ul>
 *   <li><b>hit@k</b> — 1 when at least one relevant practice is among the first k, else 0;
 *   <li><b>recall@k</b> — the share of the relevant practices that are among the first k;
 *   <li><b>nDCG@k</b> — DCG@k / IDCG@k, where DCG@k = Σ_{i=1..k} rel(i) / log2(i + 1) over the
 *       ranking's positions i (rel(i) is 1 for a relevant practice, else 0) and IDCG@k is the DCG
 *       of an ideal ranking, Σ_{i=1..min(k, |relevant|)} 1 / log2(i + 1) (Järvelin and Kekäläinen
 *       2002; with binary relevance the 2^rel − 1 gain variant is the same).
 * </ul>
 *
 * <p>Sums are taken by ascending position, with {@link StrictMath} logarithms, so the same input
 * always gives the same result.
 *
 * <pre>{@code
 * Metrics.ndcgAt(3, List.of(15, 7, 3), Set.of(3, 15));   // (1 + 1/log2(4)) / (1 + 1/log2(3)) ≈ 0.9197
 * }</pre>
 */
public final class Metrics {

    private static final double LN2 = StrictMath.log(2.0);

    private Metrics() {}

    /**
     * Returns hit@k of a ranking.
     *
     * @param k the cut-off, at least 1
     * @param ranking the practice numbers, best first, not null
     * @param relevant the relevant practice numbers, not null, not empty
     * @return 1 when a relevant practice is among the first k, else 0
     * @throws SecunityDataException if k is less than 1 or no practice is relevant
     */
    public static double hitAt(int k, List<Integer> ranking, Collection<Integer> relevant) {
        Set<Integer> wanted = check(k, ranking, relevant);
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (wanted.contains(ranking.get(i))) {
                return 1.0;
            }
        }
        return 0.0;
    }

    /**
     * Returns recall@k of a ranking.
     *
     * @param k the cut-off, at least 1
     * @param ranking the practice numbers, best first, not null
     * @param relevant the relevant practice numbers, not null, not empty
     * @return the share of the relevant practices among the first k, in [0, 1]
     * @throws SecunityDataException if k is less than 1 or no practice is relevant
     */
    public static double recallAt(int k, List<Integer> ranking, Collection<Integer> relevant) {
        Set<Integer> wanted = check(k, ranking, relevant);
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (wanted.contains(ranking.get(i))) {
                found.add(ranking.get(i));
            }
        }
        return (double) found.size() / wanted.size();
    }

    /**
     * Returns nDCG@k of a ranking with binary relevance.
     *
     * @param k the cut-off, at least 1
     * @param ranking the practice numbers, best first, not null; a number listed twice counts once
     * @param relevant the relevant practice numbers, not null, not empty
     * @return DCG@k / IDCG@k, in [0, 1]
     * @throws SecunityDataException if k is less than 1 or no practice is relevant
     */
    public static double ndcgAt(int k, List<Integer> ranking, Collection<Integer> relevant) {
        Set<Integer> wanted = check(k, ranking, relevant);
        Set<Integer> seen = new HashSet<>();
        double dcg = 0.0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            Integer number = ranking.get(i);
            if (wanted.contains(number) && seen.add(number)) {
                dcg += discount(i + 1);
            }
        }
        return dcg / idealDcg(k, wanted.size());
    }

    /** The discount of position {@code position} (1-based): 1 / log2(position + 1). */
    static double discount(int position) {
        return LN2 / StrictMath.log(position + 1.0);
    }

    /** IDCG@k for {@code relevant} relevant practices: Σ_{i=1..min(k, relevant)} 1 / log2(i + 1). */
    static double idealDcg(int k, int relevant) {
        double idcg = 0.0;
        for (int i = 1; i <= Math.min(k, relevant); i++) {
            idcg += discount(i);
        }
        return idcg;
    }

    private static Set<Integer> check(int k, List<Integer> ranking, Collection<Integer> relevant) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(relevant, "relevant");
        if (k < 1) {
            throw new SecunityDataException("k", "must be >= 1, but was " + k);
        }
        if (relevant.isEmpty()) {
            throw new SecunityDataException("relevant", "must name at least one practice");
        }
        return new HashSet<>(relevant);
    }
}
