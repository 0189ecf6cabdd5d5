package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;

class MatchWeightsTest {

    @Test
    void defaults_are_the_documented_weights_and_add_up_to_one() {
        MatchWeights w = MatchWeights.defaults();
        assertThat(w.weight(Signal.GOALS)).isEqualTo(0.3);
        assertThat(w.weight(Signal.CHALLENGES)).isEqualTo(0.45);
        assertThat(w.weight(Signal.CONTEXT)).isEqualTo(0.15);
        assertThat(w.weight(Signal.SIMILARITY)).isEqualTo(0.1);
        assertThat(w.total()).isEqualTo(1.0);
        assertThat(MatchWeights.builder().build()).isEqualTo(w);
    }

    @Test
    void with_changes_one_weight_and_keeps_the_others() {
        MatchWeights w = MatchWeights.defaults().with(Signal.SIMILARITY, 0.0);
        assertThat(w).isEqualTo(MatchWeights.of(0.3, 0.45, 0.15, 0.0));
        assertThat(MatchWeights.defaults().weight(Signal.SIMILARITY)).isEqualTo(0.1);
    }

    @Test
    void weights_need_not_add_up_to_one() {
        assertThat(MatchWeights.of(0.2, 0.2, 0.1, 0).total()).isEqualTo(0.5);
    }

    @Test
    void weights_above_one_are_relative_and_scaled_so_that_the_largest_is_one() {
        assertThat(MatchWeights.of(1, 2, 3, 4)).isEqualTo(MatchWeights.of(0.25, 0.5, 0.75, 1));
        MatchWeights w = MatchWeights.defaults().with(Signal.GOALS, 3);
        assertThat(w.goals()).isEqualTo(1.0);
        assertThat(w.challenges()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(w.similarity()).isCloseTo(0.1 / 3, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void issue_11_huge_finite_weights_never_make_a_score_infinite() {
        MatchWeights w = MatchWeights.of(1e308, 1e308, 1e308, 1e308);
        assertThat(w).isEqualTo(MatchWeights.of(1, 1, 1, 1));
        assertThat(w.total()).isEqualTo(4.0);
        assertThat(w.maxScore()).isFinite();
        MatchWeights max = MatchWeights.of(Double.MAX_VALUE, Double.MIN_VALUE, 0, 0);
        assertThat(max.goals()).isEqualTo(1.0);
        assertThat(max.challenges()).as("underflows next to the largest").isZero();
    }

    @Test
    void issue_11_all_zero_weights_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> MatchWeights.of(0, 0, 0, -0.0))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("weights: at least one weight must be above 0; with every weight 0 every practice"
                        + " would score 0 and the ranking would mean nothing");
        assertThatThrownBy(() -> MatchWeights.of(0, 0.5, 0, 0).with(Signal.CHALLENGES, 0))
                .isInstanceOf(SecunityDataException.class).hasMessageStartingWith("weights: at least one weight");
    }

    @Test
    void negative_zero_is_kept_as_plain_zero() {
        MatchWeights w = MatchWeights.of(-0.0, 1, 1, 1);
        assertThat(Double.doubleToRawLongBits(w.goals())).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void of_rejects_a_negative_weight() {
        assertThatThrownBy(() -> MatchWeights.of(0.3, -0.4, 0.2, 0.1))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("challenges: weight must be a finite number >= 0, but was -0.4");
    }

    @Test
    void with_rejects_a_weight_that_is_not_a_number() {
        assertThatThrownBy(() -> MatchWeights.defaults().with(Signal.CONTEXT, Double.NaN))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("context: weight must be a finite number >= 0, but was NaN");
    }

    @Test
    void builder_rejects_an_infinite_weight() {
        assertThatThrownBy(() -> MatchWeights.builder().similarity(Double.POSITIVE_INFINITY).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("similarity: weight must be a finite number >= 0, but was Infinity");
    }
}
