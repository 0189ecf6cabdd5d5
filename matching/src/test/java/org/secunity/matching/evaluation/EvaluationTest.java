package org.secunity.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.OrganizerType;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;

class EvaluationTest {

    private final Catalog catalog = MirrorCatalogAccess.catalog();

    private final EvaluationCase rotation = EvaluationCase.builder()
            .id("rotation")
            .situation(Situation.builder()
                    .organizerType(OrganizerType.PUBLIC_AGENCY)
                    .addChallenges(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE)
                    .build())
            .addRelevant(3, 15)
            .why("3 and 15")
            .build();

    private final EvaluationCase digest = EvaluationCase.builder()
            .id("digest")
            .situation(Situation.builder().addChallenge(Challenge.HARD_TO_DIGEST_INFORMATION).build())
            .addRelevant(8, 21)
            .build();

    @Test
    void run_reports_the_rank_of_every_relevant_practice_and_the_top_k() {
        EvaluationReport report = Evaluation.run(catalog, List.of(rotation, digest), MatchWeights.defaults());
        PracticeMatcher matcher = PracticeMatcher.of(catalog);
        assertThat(report.k()).isEqualTo(Evaluation.DEFAULT_K);
        assertThat(report.weights()).isEqualTo(MatchWeights.defaults());
        assertThat(report.cases()).extracting(CaseResult::id).containsExactly("rotation", "digest");
        CaseResult first = report.cases().get(0);
        assertThat(first.ranks()).containsEntry(15, 1).containsEntry(3, 2);
        assertThat(first.top()).isEqualTo(matcher.recommend(rotation.situation(), 5).practiceNumbers());
        assertThat(first.candidates()).isEqualTo(22);
        CaseResult second = report.cases().get(1);
        assertThat(second.ranks().get(8)).isEqualTo(1);
        assertThat(second.ranks().get(21)).isEqualTo(matcher.explain(digest.situation(), 21).rank())
                .isEqualTo(matcher.rankAll(digest.situation()).find(21).orElseThrow().rank());
    }

    @Test
    void case_metrics_from_ranks_equal_the_metrics_of_the_full_ranking_at_every_cut_off() {
        PracticeMatcher matcher = PracticeMatcher.of(catalog);
        List<EvaluationCase> cases = List.of(rotation, digest);
        EvaluationReport report = Evaluation.run(matcher, cases, 3);
        for (int i = 0; i < cases.size(); i++) {
            Ranking all = matcher.rankAll(cases.get(i).situation());
            CaseResult result = report.cases().get(i);
            for (int k = 1; k <= all.candidates(); k++) {
                List<Integer> ranking = all.practiceNumbers();
                // equal ranks count as reached: never below the metrics of the listed order
                assertThat(result.hitAt(k)).isGreaterThanOrEqualTo(Metrics.hitAt(k, ranking, cases.get(i).relevant()));
                assertThat(result.recallAt(k))
                        .isGreaterThanOrEqualTo(Metrics.recallAt(k, ranking, cases.get(i).relevant()));
                assertThat(result.ndcgAt(k)).isBetween(Metrics.ndcgAt(k, ranking, cases.get(i).relevant()), 1.0);
            }
        }
    }

    @Test
    void report_means_are_taken_over_cases_in_order() {
        CaseResult perfect = CaseResult.builder().id("a").putRank(3, 2).putRank(15, 1).top(List.of(15, 3)).candidates(22)
                .build();
        CaseResult fourth = CaseResult.builder().id("b").putRank(8, 4).top(List.of(1, 2)).candidates(22).build();
        EvaluationReport report = EvaluationReport.builder().k(3).weights(MatchWeights.defaults())
                .addCases(perfect, fourth).build();
        assertThat(report.hit()).isEqualTo(0.5);
        assertThat(report.hitAt(5)).isEqualTo(1.0);
        assertThat(report.recall()).isEqualTo(0.5);
        assertThat(report.ndcg()).isEqualTo(0.5);
        // 8 at rank 4: 1/log2(5) = 0.43067655807339306
        assertThat(report.ndcgAt(5)).isCloseTo((1 + 0.43067655807339306) / 2, within(1e-15));
        assertThat(fourth.bestRank()).isEqualTo(4);
        assertThat(report.toString()).startsWith("EvaluationReport[2 cases, k=3, hit@3=0.500, recall@3=0.500, nDCG@3=0.500");
    }

    @Test
    void a_report_without_cases_has_zero_means() {
        EvaluationReport report = Evaluation.run(catalog, List.of(), MatchWeights.defaults());
        assertThat(report.ndcg()).isZero();
        assertThat(report.cases()).isEmpty();
    }

    @Test
    void run_rejects_cases_naming_practices_the_catalog_does_not_have() {
        EvaluationCase unknown = EvaluationCase.builder().id("unknown")
                .situation(Situation.builder().addAdoptedPractice(40).build()).addRelevant(30).build();
        assertThatThrownBy(() -> Evaluation.run(catalog, List.of(rotation, unknown), MatchWeights.defaults()))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("2 problems: cases[1].relevant: case unknown: unknown practice 30; the catalog has practices "
                        + "1..22; cases[1].situation.adoptedPractices: case unknown: unknown practice 40; the catalog "
                        + "has practices 1..22");
    }

    @Test
    void run_rejects_k_below_one() {
        assertThatThrownBy(() -> Evaluation.run(PracticeMatcher.of(catalog), List.of(rotation), 0))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("k: must be >= 1, but was 0");
    }

    @Test
    void a_case_rejects_a_relevant_practice_the_situation_has_adopted() {
        assertThatThrownBy(() -> EvaluationCase.builder().id("x")
                        .situation(Situation.builder().addAdoptedPractice(13).build()).addRelevant(13).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("case x.relevant: practice 13 is also in the situation's adoptedPractices, so it can never "
                        + "be recommended");
    }

    @Test
    void a_case_rejects_an_empty_relevant_set() {
        assertThatThrownBy(() -> EvaluationCase.builder().id("x").situation(Situation.empty()).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("case x.relevant: must name at least one practice");
    }

    @Test
    void a_case_rejects_a_blank_id() {
        assertThatThrownBy(() -> EvaluationCase.builder().id(" ").situation(Situation.empty()).addRelevant(1).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("case  .id: must not be blank");
    }
}
