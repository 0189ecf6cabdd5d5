package org.secunity.matching.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Catalog;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;

/**
 * Runs the matcher over evaluation cases and measures how well it ranks the practices a careful
 * reader picked.
 *
 * <pre>{@code
 * EvaluationReport report = Evaluation.run(SeedCatalog.load(), cases, MatchWeights.defaults());
 * System.out.println(report);
 * }</pre>
 */
public final class Evaluation {

    /** The cut-off of {@link #run(Catalog, List, MatchWeights)}: five practices. */
    public static final int DEFAULT_K = 5;

    private Evaluation() {}

    /**
     * Runs the cases over a catalog with given weights, at k = {@value #DEFAULT_K}.
     *
     * @param catalog the catalog, not null
     * @param cases the cases, not null
     * @param weights the weights, not null
     * @return the report, not null
     * @throws SecunityDataException if a case names a practice (relevant or adopted) the catalog
     *     does not have, naming every such case
     */
    public static EvaluationReport run(Catalog catalog, List<EvaluationCase> cases, MatchWeights weights) {
        return run(PracticeMatcher.of(Objects.requireNonNull(catalog, "catalog"))
                .withWeights(Objects.requireNonNull(weights, "weights")), cases, DEFAULT_K);
    }

    /**
     * Runs the cases with a matcher at a cut-off.
     *
     * @param matcher the matcher, with its catalog and weights, not null
     * @param cases the cases, not null
     * @param k the cut-off for the report's means and the cases' tops, at least 1
     * @return the report, not null
     * @throws SecunityDataException if k is less than 1, or a case names a practice (relevant or
     *     adopted) the catalog does not have, naming every such case
     */
    public static EvaluationReport run(PracticeMatcher matcher, List<EvaluationCase> cases, int k) {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(cases, "cases");
        if (k < 1) {
            throw new SecunityDataException("k", "must be >= 1, but was " + k);
        }
        check(matcher.catalog(), cases);
        List<CaseResult> results = new ArrayList<>(cases.size());
        for (EvaluationCase c : cases) {
            Situation s = c.situation();
            Ranking top = matcher.recommend(s, k);
            CaseResult.Builder r = CaseResult.builder()
                    .id(c.id())
                    .top(top.practiceNumbers())
                    .candidates(top.candidates());
            for (int number : c.relevant()) {
                r.putRank(number, matcher.explain(s, number).rank());
            }
            results.add(r.build());
        }
        return EvaluationReport.builder().k(k).weights(matcher.weights()).cases(results).build();
    }

    private static String range(int n) {
        return n == 0 ? "the catalog has no practices" : "the catalog has practices 1.." + n;
    }

    private static void check(Catalog catalog, List<EvaluationCase> cases) {
        int n = catalog.practices().size();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            EvaluationCase c = cases.get(i);
            String path = "cases[" + i + "]";
            for (int number : c.relevant()) {
                if (number > n) {
                    violations.add(new Violation(path + ".relevant", "case " + c.id() + ": unknown practice "
                            + number + "; " + range(n)));
                }
            }
            for (int number : c.situation().adoptedPractices()) {
                if (number > n) {
                    violations.add(new Violation(path + ".situation.adoptedPractices", "case " + c.id()
                            + ": unknown practice " + number + "; " + range(n)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
    }
}
