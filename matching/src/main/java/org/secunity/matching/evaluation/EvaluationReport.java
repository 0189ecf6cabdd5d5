package org.secunity.matching.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.immutables.value.Value;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.internal.SecunityStyle;

/**
 * The result of an evaluation run: per case, where the relevant practices ranked, and the mean
 * hit@k, recall@k and nDCG@k over the cases (each case counts equally; means are summed in case
 * order).
 *
 * <p>Immutable and safe to share; compare with {@code equals}. {@link #toString()} prints a table.
 *
 * <pre>{@code
 * EvaluationReport report = Evaluation.run(catalog, cases, MatchWeights.defaults());
 * report.ndcg();        // the mean nDCG@k at the run's k
 * report.recallAt(10);  // the mean recall at another cut-off
 * System.out.println(report);
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class EvaluationReport {

    EvaluationReport() {}

    /**
     * Returns the cut-off the run used for {@link #hit()}, {@link #recall()}, {@link #ndcg()} and
     * the cases' {@link CaseResult#top() tops}.
     *
     * @return k, at least 1
     */
    public abstract int k();

    /**
     * Returns the weights the matcher ranked with.
     *
     * @return the weights, not null
     */
    public abstract MatchWeights weights();

    /**
     * Returns the outcome of each case, in the order the cases were given.
     *
     * @return the case results, unmodifiable
     */
    public abstract List<CaseResult> cases();

    /**
     * Returns the mean hit@k at the run's k.
     *
     * @return the mean, in [0, 1]; 0 for no cases
     */
    public final double hit() {
        return hitAt(k());
    }

    /**
     * Returns the mean recall@k at the run's k.
     *
     * @return the mean, in [0, 1]; 0 for no cases
     */
    public final double recall() {
        return recallAt(k());
    }

    /**
     * Returns the mean nDCG@k at the run's k.
     *
     * @return the mean, in [0, 1]; 0 for no cases
     */
    public final double ndcg() {
        return ndcgAt(k());
    }

    /**
     * Returns the mean hit@k at any cut-off.
     *
     * @param k the cut-off, at least 1
     * @return the mean, in [0, 1]; 0 for no cases
     */
    public final double hitAt(int k) {
        return mean(c -> c.hitAt(k));
    }

    /**
     * Returns the mean recall@k at any cut-off.
     *
     * @param k the cut-off, at least 1
     * @return the mean, in [0, 1]; 0 for no cases
     */
    public final double recallAt(int k) {
        return mean(c -> c.recallAt(k));
    }

    /**
     * Returns the mean nDCG@k at any cut-off.
     *
     * @param k the cut-off, at least 1
     * @return the mean, in [0, 1]; 0 for no cases
     */
    public final double ndcgAt(int k) {
        return mean(c -> c.ndcgAt(k));
    }

    private double mean(ToDoubleFunction<CaseResult> metric) {
        if (cases().isEmpty()) {
            return 0.0;
        }
        double sum = 0.0;
        for (CaseResult c : cases()) {
            sum += metric.applyAsDouble(c);
        }
        return sum / cases().size();
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
     * Returns a table: the means at the run's k, then one line per case with the relevant
     * practices' ranks and the top of the ranking.
     *
     * @return a readable, multi-line form, not null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "EvaluationReport[%d cases, k=%d, hit@%d=%.3f, recall@%d=%.3f, nDCG@%d=%.3f, %s]",
                cases().size(), k(), k(), hit(), k(), recall(), k(), ndcg(), weights()));
        for (CaseResult c : cases()) {
            out.append(String.format(Locale.ROOT, "%n  %-36s ranks %-24s top %s", c.id(), c.ranks(), c.top()));
        }
        return out.toString();
    }

    /** Builds an {@link EvaluationReport}; {@code k} and {@code weights} are required. */
    public static final class Builder extends ImmutableEvaluationReport.Builder {
        Builder() {}
    }
}
