package org.secunity.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;

/** The metrics on examples computed by hand. */
class MetricsTest {

    private static final double LOG2_3 = Math.log(3) / Math.log(2);   // 1.5849625007211563

    private final List<Integer> ranking = List.of(15, 7, 3, 2, 18);

    @Test
    void hit_at_k_is_one_once_a_relevant_practice_is_in_the_first_k() {
        assertThat(Metrics.hitAt(1, List.of(7, 2, 3), Set.of(3))).isZero();
        assertThat(Metrics.hitAt(2, List.of(7, 2, 3), Set.of(3))).isZero();
        assertThat(Metrics.hitAt(3, List.of(7, 2, 3), Set.of(3))).isEqualTo(1.0);
        assertThat(Metrics.hitAt(1, ranking, Set.of(3, 15))).isEqualTo(1.0);
    }

    @Test
    void recall_at_k_is_the_share_of_relevant_practices_in_the_first_k() {
        assertThat(Metrics.recallAt(1, ranking, Set.of(3, 15))).isEqualTo(0.5);
        assertThat(Metrics.recallAt(2, ranking, Set.of(3, 15))).isEqualTo(0.5);
        assertThat(Metrics.recallAt(3, ranking, Set.of(3, 15))).isEqualTo(1.0);
        assertThat(Metrics.recallAt(3, List.of(1, 9, 2), Set.of(1, 2, 3, 4))).isEqualTo(0.5);
    }

    @Test
    void ndcg_at_k_discounts_by_log2_of_the_position_plus_one_and_normalizes_by_the_ideal_ranking() {
        // relevant at positions 1 and 3: DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG = 1 + 1/log2(3)
        assertThat(Metrics.ndcgAt(3, ranking, Set.of(3, 15))).isCloseTo(1.5 / (1 + 1 / LOG2_3), within(1e-15));
        assertThat(Metrics.ndcgAt(3, ranking, Set.of(3, 15))).isCloseTo(0.9197207891481876, within(1e-15));
        // one relevant practice at position 3: DCG = 1/log2(4) = 0.5; IDCG = 1
        assertThat(Metrics.ndcgAt(3, List.of(7, 2, 3), Set.of(3))).isEqualTo(0.5);
        // four relevant, two found at 1 and 3 of 3: IDCG@3 = 1 + 1/log2(3) + 1/log2(4)
        assertThat(Metrics.ndcgAt(3, List.of(1, 9, 2), Set.of(1, 2, 3, 4)))
                .isCloseTo(1.5 / (1.5 + 1 / LOG2_3), within(1e-15));
        // the ideal ranking scores 1
        assertThat(Metrics.ndcgAt(5, List.of(3, 15, 7), Set.of(3, 15))).isEqualTo(1.0);
    }

    @Test
    void a_ranking_without_relevant_practices_scores_zero_on_every_metric() {
        assertThat(Metrics.hitAt(5, ranking, Set.of(22))).isZero();
        assertThat(Metrics.recallAt(5, ranking, Set.of(22))).isZero();
        assertThat(Metrics.ndcgAt(5, ranking, Set.of(22))).isZero();
    }

    @Test
    void a_cut_off_beyond_the_ranking_uses_the_whole_ranking() {
        assertThat(Metrics.recallAt(100, List.of(3), Set.of(3, 15))).isEqualTo(0.5);
        assertThat(Metrics.ndcgAt(100, List.of(3), Set.of(3, 15))).isCloseTo(1 / (1 + 1 / LOG2_3), within(1e-15));
    }

    @Test
    void a_practice_listed_twice_counts_once() {
        assertThat(Metrics.ndcgAt(2, List.of(3, 3), Set.of(3, 15))).isCloseTo(1 / (1 + 1 / LOG2_3), within(1e-15));
        assertThat(Metrics.recallAt(2, List.of(3, 3), Set.of(3, 15))).isEqualTo(0.5);
    }

    @Test
    void metrics_reject_k_below_one() {
        assertThatThrownBy(() -> Metrics.ndcgAt(0, ranking, Set.of(3)))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("k: must be >= 1, but was 0");
    }

    @Test
    void metrics_reject_an_empty_relevant_set() {
        assertThatThrownBy(() -> Metrics.recallAt(3, ranking, Set.of()))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("relevant: must name at least one practice");
    }
}
