package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.OrganizerType;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;

class SituationTest {

    @Test
    void every_field_is_optional() {
        Situation empty = Situation.empty();
        assertThat(empty.stage()).isEmpty();
        assertThat(empty.organizerType()).isEmpty();
        assertThat(empty.effectiveRegion()).isEmpty();
        assertThat(empty.goals()).isEmpty();
        assertThat(empty.challenges()).isEmpty();
        assertThat(empty.partners()).isEmpty();
        assertThat(empty.adoptedPractices()).isEmpty();
        assertThat(empty).isEqualTo(Situation.builder().build());
    }

    @Test
    void the_design_contract_example_builds_with_the_accessors_named_like_its_json_fields() {
        Situation s = Situation.builder()
                .stage(CommunityStage.FORMING)
                .organizerType(OrganizerType.VOLUNTEER_GROUP)
                .region(Region.KYUSHU)
                .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 0.5)
                .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
                .addChallenges(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN)
                .addAdoptedPractice(13)
                .build();
        assertThat(s.goals().keySet())
                .as("goals iterate in the order of EffectTag, whatever the insertion order")
                .containsExactly(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, EffectTag.REDUCE_OPERATING_BURDEN);
        assertThat(s.challenges()).containsExactly(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN);
        assertThat(s.adoptedPractices()).containsExactly(13);
        assertThat(s.goal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY)).isEqualTo(1.0);
        assertThat(s.goal(EffectTag.PROMOTE_COMPANY_PARTICIPATION)).isZero();
    }

    @Test
    void a_stated_prefecture_gives_the_region_the_matcher_uses() {
        Situation s = Situation.builder().prefecture(Prefecture.KUMAMOTO).build();
        assertThat(s.region()).isEmpty();
        assertThat(s.effectiveRegion()).contains(Region.KYUSHU);
    }

    @Test
    void builder_rejects_a_goal_weight_above_one() {
        assertThatThrownBy(() -> Situation.builder().putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.5).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("goals.ENABLE_CONTINUOUS_ACTIVITY: weight must be in [0, 1], but was 1.5");
    }

    @Test
    void builder_rejects_a_negative_goal_weight() {
        assertThatThrownBy(() -> Situation.builder().putGoal(EffectTag.REDUCE_OPERATING_BURDEN, -0.1).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("goals.REDUCE_OPERATING_BURDEN: weight must be in [0, 1], but was -0.1");
    }

    @Test
    void builder_rejects_a_goal_weight_that_is_not_a_number() {
        assertThatThrownBy(() -> Situation.builder().putGoal(EffectTag.ENHANCE_ACTIVITY_EFFECT, Double.NaN).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("goals.ENHANCE_ACTIVITY_EFFECT: weight must be in [0, 1], but was NaN");
    }

    @Test
    void builder_rejects_a_practice_number_below_one() {
        assertThatThrownBy(() -> Situation.builder().addAdoptedPractice(0).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("adoptedPractices: practice number must be >= 1, but was 0");
    }

    @Test
    void builder_rejects_a_prefecture_outside_the_stated_region() {
        assertThatThrownBy(() -> Situation.builder().region(Region.KINKI).prefecture(Prefecture.KUMAMOTO).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("prefecture: prefecture KUMAMOTO is in region KYUSHU, not in the stated region KINKI");
    }

    @Test
    void builder_reports_every_violation_each_with_its_field() {
        assertThatThrownBy(() -> Situation.builder()
                        .putGoal(EffectTag.PROMOTE_COMPANY_PARTICIPATION, 2.0)
                        .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, -1.0)
                        .addAdoptedPractice(-3)
                        .build())
                .isInstanceOf(SecunityDataException.class)
                .satisfies(e -> assertThat(((SecunityDataException) e).violations())
                        .extracting(SecunityDataException.Violation::path)
                        .containsExactly("goals.PROMOTE_COMPANY_PARTICIPATION", "goals.ENABLE_CONTINUOUS_ACTIVITY",
                                "adoptedPractices"))
                .hasMessageStartingWith("3 problems: ");
    }
}
