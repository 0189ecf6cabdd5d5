package org.secunity.examples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Signal;
import org.secunity.matching.Situation;
import org.secunity.serialization.SeedCatalog;

/**
 * Golden rankings of issue 16 on the shipped seed catalog: expected practices come from reading
 * the source, never from the matcher's output.
 */
class SeedCatalogGoldenTest {

    private final Catalog catalog = SeedCatalog.load();
    private final PracticeMatcher matcher = PracticeMatcher.of(catalog);

    private final Situation example = Situation.builder()
            .organizerType(OrganizerType.VOLUNTEER_GROUP)
            .addChallenges(Challenge.MEMBERSHIP_BARRIERS, Challenge.NO_CONSULTATION_CHANNEL)
            .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 0.5)
            .build();

    @Test
    void issue_16_what_addresses_a_stated_challenge_outranks_what_only_meets_a_half_weight_goal() {
        Ranking top = matcher.recommend(example, 4);
        assertThat(top.practiceNumbers()).contains(21, 9, 17);
        for (int onlyTheGoal : List.of(2, 5, 11, 15)) {
            assertThat(matcher.explain(example, onlyTheGoal).rank()).as("practice %d", onlyTheGoal).isGreaterThan(3);
        }
    }

    @Test
    void issue_16_reasons_sum_to_the_score_and_quote_the_source() {
        for (Recommendation r : matcher.recommend(example, 5).recommendations()) {
            double sum = 0.0;
            for (Signal s : Signal.values()) {
                sum += r.contribution(s);
            }
            assertThat(sum).isEqualTo(r.score());
            assertThat(r.reasons()).filteredOn(x -> x.direction() == Reason.Direction.FOR)
                    .filteredOn(x -> x.community().isEmpty())
                    .allSatisfy(x -> assertThat(x.quote()).as("%s", x).isPresent());
        }
    }

    @Test
    void issue_16_a_half_weight_goal_counts_half_a_full_one() {
        Situation half = Situation.builder().putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 0.5).build();
        Situation both = Situation.builder().putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 0.5)
                .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 1.0).build();
        // 22 serves continuity only: its goal contribution is the same whatever the other goals
        assertThat(matcher.explain(half, 22).contribution(Signal.GOALS))
                .isEqualTo(matcher.explain(both, 22).contribution(Signal.GOALS))
                .isEqualTo(MatchWeights.DEFAULT_GOALS * 0.5);
    }

    @Test
    void issue_16_no_venue_penalty_when_the_situation_names_other_partners() {
        Situation s = Situation.builder().addChallenge(Challenge.NO_VENUE_OR_EQUIPMENT)
                .addPartner(PartnerKind.UNIVERSITY).build();
        Recommendation r = matcher.explain(s, 16);
        assertThat(r.rank()).isEqualTo(1);
        assertThat(r.reasons()).noneMatch(x -> x.direction() == Reason.Direction.AGAINST);
    }

    @Test
    void issue_16_equal_practices_share_a_rank_and_say_so() {
        Ranking all = matcher.rankAll(Situation.builder().addChallenge(Challenge.LOW_RETENTION).build());
        List<Recommendation> tied = all.recommendations().stream().filter(Recommendation::equalRank).toList();
        for (Recommendation r : tied) {
            assertThat(all.recommendations()).filteredOn(o -> o.rank() == r.rank()).hasSizeGreaterThan(1)
                    .allSatisfy(o -> assertThat(o.score()).isEqualTo(r.score()));
        }
        assertThat(all.recommendations()).filteredOn(r -> !r.equalRank())
                .allSatisfy(r -> assertThat(all.recommendations()).filteredOn(o -> o.rank() == r.rank()).hasSize(1));
    }

    @Test
    void issue_11_huge_weights_are_scaled_and_all_zero_weights_refused() {
        Ranking huge = matcher.withWeights(MatchWeights.of(1e308, 1e308, 1e308, 1e308)).recommend(example, 3);
        assertThat(huge.recommendations()).allSatisfy(r -> assertThat(r.score()).isFinite());
        assertThatThrownBy(() -> MatchWeights.of(0, 0, 0, 0)).isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("at least one weight must be above 0");
    }
}
