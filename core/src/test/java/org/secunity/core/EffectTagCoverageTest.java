package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secunity.core.Fixtures.community;
import static org.secunity.core.Fixtures.practice;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;

/** Which communities cover each effect tag, per community and per region (issue 15). */
class EffectTagCoverageTest {

    private static final CommunityId LT = CommunityId.of("lt");
    private static final CommunityId NET = CommunityId.of("net");
    private static final CommunityId WG = CommunityId.of("wg");

    private final Catalog catalog = Catalog.builder()
            .addCommunities(community("lt", Region.KINKI), community("net", Region.KINKI),
                    community("wg", Region.KYUSHU))
            .addPractices(
                    practice(1).community(LT).addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "q")
                            .addEffectTag(EffectTag.REDUCE_OPERATING_BURDEN, "q").build(),
                    practice(2).community(LT).addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "q").build(),
                    practice(3).community(NET).addEffectTag(EffectTag.PROMOTE_COMPANY_PARTICIPATION, "q").build(),
                    // a practice of no community covers nothing for any community
                    practice(4).addEffectTag(EffectTag.ENHANCE_ACTIVITY_EFFECT, "q").build())
            .build();

    private final EffectTagCoverage coverage = catalog.effectTagCoverage();

    @Test
    void a_community_covers_a_tag_when_one_of_its_practices_has_it() {
        assertThat(coverage.communitiesWith(EffectTag.ENABLE_CONTINUOUS_ACTIVITY)).containsExactly(LT);
        assertThat(coverage.communitiesWith(EffectTag.ENHANCE_ACTIVITY_EFFECT)).isEmpty();
        assertThat(coverage.practiceCounts().get(LT)).containsEntry(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 2);
        assertThat(coverage.communityCounts()).containsExactly(
                Map.entry(EffectTag.PROMOTE_COMPANY_PARTICIPATION, 1),
                Map.entry(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS, 0),
                Map.entry(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1),
                Map.entry(EffectTag.ENHANCE_ACTIVITY_EFFECT, 0),
                Map.entry(EffectTag.REDUCE_OPERATING_BURDEN, 1));
        assertThat(coverage.share(EffectTag.PROMOTE_COMPANY_PARTICIPATION)).isEqualTo(1.0 / 3);
    }

    @Test
    void least_covered_puts_the_tags_of_fewest_communities_first_keeping_the_vocabulary_order_on_ties() {
        assertThat(coverage.leastCovered()).containsExactly(EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS,
                EffectTag.ENHANCE_ACTIVITY_EFFECT, EffectTag.PROMOTE_COMPANY_PARTICIPATION,
                EffectTag.ENABLE_CONTINUOUS_ACTIVITY, EffectTag.REDUCE_OPERATING_BURDEN);
    }

    @Test
    void by_region_counts_the_communities_of_each_region_that_cover_a_tag() {
        assertThat(coverage.communitiesPerRegion()).containsExactly(Map.entry(Region.KINKI, 2), Map.entry(Region.KYUSHU, 1));
        assertThat(coverage.byRegion().get(Region.KINKI))
                .containsEntry(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1)
                .containsEntry(EffectTag.PROMOTE_COMPANY_PARTICIPATION, 1)
                .containsEntry(EffectTag.ENHANCE_ACTIVITY_EFFECT, 0);
        assertThat(coverage.byRegion().get(Region.KYUSHU).values()).containsOnly(0);
        assertThat(coverage.byRegion()).doesNotContainKey(Region.HOKKAIDO);
    }

    @Test
    void region_of_an_unknown_community_is_refused() {
        assertThatThrownBy(() -> coverage.regionOf(CommunityId.of("nobody")))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("unknown community nobody");
    }

    @Test
    void to_string_tabulates_practices_per_tag_and_communities_covering() {
        assertThat(coverage.toString())
                .contains("lt                 KINKI       0   0   2   0   1")
                .contains("communities covering           1   0   1   0   1")
                .contains("1 PROMOTE_COMPANY_PARTICIPATION 企業の参加を促進する");
        assertThat(coverage.communities()).containsExactly(LT, NET, WG);
    }
}
