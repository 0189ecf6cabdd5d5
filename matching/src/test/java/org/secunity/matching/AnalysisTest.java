package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityId;
import org.secunity.core.EffectTag;
import org.secunity.core.OrganizerType;
import org.secunity.core.Region;

class AnalysisTest {

    private final Catalog catalog = MirrorCatalog.catalog();

    @Test
    void coverage_lists_which_practices_cover_each_tag_and_the_gaps_with_their_fillers() {
        Coverage c = Analysis.coverage(catalog, List.of(14, 13, 13));
        assertThat(c.practices()).containsExactly(13, 14);
        assertThat(c.effectTags()).containsEntry(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, List.of(13))
                .containsEntry(EffectTag.PROMOTE_COMPANY_PARTICIPATION, List.of(14))
                .containsEntry(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS, List.of());
        assertThat(c.uncoveredEffectTags())
                .containsExactly(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS, EffectTag.ENHANCE_ACTIVITY_EFFECT);
        assertThat(c.effectTagCoverage()).isEqualTo(0.6);
        assertThat(c.effectTagFillers()).containsOnlyKeys(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS,
                EffectTag.ENHANCE_ACTIVITY_EFFECT);
        assertThat(c.effectTagFillers().get(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS)).startsWith(1, 2, 4, 5, 6);
        assertThat(c.challenges().get(Challenge.SCHEDULING_CONFLICTS)).containsExactly(13);
        assertThat(c.challengeFillers().get(Challenge.STAFF_ROTATION)).containsExactly(2, 3, 15);
        assertThat(c.challengeCoverage()).isEqualTo(3.0 / Challenge.values().length);
    }

    @Test
    void coverage_lists_cannot_be_changed() {
        Coverage c = Analysis.coverage(catalog, List.of(13));
        assertThatThrownBy(() -> c.effectTags().get(EffectTag.ENABLE_CONTINUOUS_ACTIVITY).add(99))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.challenges().get(Challenge.SCHEDULING_CONFLICTS).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.effectTagFillers().get(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.effectTags().get(EffectTag.ENABLE_CONTINUOUS_ACTIVITY)).containsExactly(13);
    }

    @Test
    void coverage_of_no_practices_leaves_every_value_a_gap() {
        Coverage c = Analysis.coverage(catalog, List.of());
        assertThat(c.uncoveredEffectTags()).containsExactly(EffectTag.values());
        assertThat(c.effectTagCoverage()).isZero();
    }

    @Test
    void similar_practices_rank_by_the_jaccard_index_of_tags_challenges_and_partners() {
        // 13 = {ENABLE, REDUCE; SECRETARIAT_OVERLOAD, SCHEDULING_CONFLICTS}
        // 3 shares ENABLE, REDUCE, SECRETARIAT_OVERLOAD of 6 features: 3/6; 19 shares ENABLE, REDUCE,
        // SCHEDULING_CONFLICTS of 6: 3/6; 7 shares REDUCE, SECRETARIAT_OVERLOAD of 6: 2/6; 15 shares 3 of 9
        List<PracticeSimilarity> similar = Analysis.similarPractices(catalog, 13, 4);
        assertThat(similar).extracting(PracticeSimilarity::practiceNumber).containsExactly(3, 19, 7, 15);
        assertThat(similar).extracting(PracticeSimilarity::similarity).containsExactly(0.5, 0.5, 2.0 / 6, 3.0 / 9);
        assertThat(similar.get(1).sharedChallenges()).containsExactly(Challenge.SCHEDULING_CONFLICTS);
        assertThat(similar.get(1).sharedEffectTags())
                .containsExactly(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, EffectTag.REDUCE_OPERATING_BURDEN);
    }

    @Test
    void the_situation_of_a_community_is_built_from_its_profile_without_the_hidden_practice() {
        Situation s = Analysis.situationOf(catalog, MirrorCatalog.SOKANSAI_LT, List.of(14));
        assertThat(s.organizerType()).contains(OrganizerType.VOLUNTEER_GROUP);
        assertThat(s.region()).contains(Region.KINKI);
        assertThat(s.challenges()).containsExactly(Challenge.SECRETARIAT_OVERLOAD, Challenge.SCHEDULING_CONFLICTS);
        assertThat(s.goals()).containsExactly(java.util.Map.entry(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0),
                java.util.Map.entry(EffectTag.REDUCE_OPERATING_BURDEN, 1.0));
        assertThat(s.adoptedPractices()).containsExactly(13);
        assertThat(s.stage()).isEmpty();
    }

    @Test
    void leave_one_out_ranks_every_community_practice_when_it_is_hidden() {
        PracticeMatcher matcher = PracticeMatcher.of(catalog);
        List<LeaveOneOut> folds = Analysis.leaveOneOut(matcher);
        assertThat(folds).extracting(LeaveOneOut::hiddenPractice)
                .isEqualTo(IntStream.rangeClosed(1, 20).boxed().toList());
        for (LeaveOneOut fold : folds) {
            assertThat(fold.recommendation().practiceNumber()).isEqualTo(fold.hiddenPractice());
            assertThat(fold.situation().adoptedPractices()).doesNotContain(fold.hiddenPractice());
            assertThat(fold.rank()).isBetween(1, fold.candidates());
            assertThat(fold.candidates()).isEqualTo(21);
        }
    }

    @Test
    void leave_one_out_profiles_neither_the_hidden_practice_nor_the_adopted_siblings() {
        LeaveOneOut fold = Analysis.leaveOneOut(PracticeMatcher.of(catalog)).get(13);
        assertThat(fold.hiddenPractice()).isEqualTo(14);
        assertThat(fold.situation().adoptedPractices()).containsExactly(13);
        // without 14, and without the adopted 13, the LT meetup's profile has no challenges, so the
        // situation's challenges (13's) cannot make 14 look similar: issue 16, no sibling lift
        assertThat(fold.situation().challenges()).isNotEmpty();
        assertThat(fold.recommendation().match(Signal.SIMILARITY)).isLessThan(1.0);
        assertThat(fold.recommendation().reasons())
                .noneMatch(r -> r.kind() == ReasonKind.SIMILAR_COMMUNITY && r.value() instanceof Challenge);
    }

    @Test
    void coverage_rejects_a_practice_the_catalog_does_not_have() {
        assertThatThrownBy(() -> Analysis.coverage(catalog, List.of(3, 30)))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("practices: unknown practice 30; the catalog has practices 1..22");
    }

    @Test
    void similar_practices_rejects_k_below_one() {
        assertThatThrownBy(() -> Analysis.similarPractices(catalog, 13, 0))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("k: must be >= 1, but was 0");
    }

    @Test
    void situation_of_rejects_a_community_the_catalog_does_not_have() {
        assertThatThrownBy(() -> Analysis.situationOf(catalog, CommunityId.of("nowhere"), List.of()))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("community: unknown community nowhere; the catalog has [haisl, cyber-donet,");
    }
}
