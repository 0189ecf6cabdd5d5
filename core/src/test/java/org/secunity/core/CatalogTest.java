package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secunity.core.Fixtures.community;
import static org.secunity.core.Fixtures.practice;
import static org.secunity.core.Fixtures.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;

class CatalogTest {

    private static final CommunityId LT = CommunityId.of("lt");
    private static final CommunityId POLICE = CommunityId.of("police-net");

    private final Catalog catalog = Catalog.builder()
            .addCommunities(community("lt", Region.KINKI), community("police-net", Region.HOKKAIDO),
                    community("kyushu-wg", Region.KYUSHU))
            .addPractices(
                    practice(1).community(POLICE)
                            .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "q")
                            .addEffectTag(EffectTag.REDUCE_OPERATING_BURDEN, "q")
                            .addChallenge(Challenge.STAFF_ROTATION, "q")
                            .addActors(Actor.of(Role.SECRETARIAT, text("事務局")))
                            .build(),
                    practice(2).community(LT)
                            .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "q")
                            .addChallenge(Challenge.SCHEDULING_CONFLICTS, "q")
                            .addActors(Actor.of(Role.EVENT_ORGANIZER, text("開催主体")))
                            .build(),
                    practice(3).community(LT)
                            .addEffectTag(EffectTag.PROMOTE_COMPANY_PARTICIPATION, "q")
                            .addChallenge(Challenge.SALES_PITCH_CONCERN, "q")
                            .addActors(Actor.of(Role.EVENT_ORGANIZER, text("開催主体")))
                            .build(),
                    practice(4)
                            .addEffectTag(EffectTag.PROMOTE_COMPANY_PARTICIPATION, "q")
                            .addEffectTag(EffectTag.REDUCE_OPERATING_BURDEN, "q")
                            .build())
            .build();

    @Test
    void practice_finds_by_number_and_nothing_outside_the_range() {
        assertThat(catalog.practice(3)).hasValueSatisfying(p -> assertThat(p.number()).isEqualTo(3));
        assertThat(catalog.practice(0)).isEmpty();
        assertThat(catalog.practice(5)).isEmpty();
    }

    @Test
    void practices_with_any_tag_and_with_all_tags() {
        assertThat(numbers(catalog.practicesWithAnyTag(EffectTag.REDUCE_OPERATING_BURDEN, EffectTag.PROMOTE_COMPANY_PARTICIPATION)))
                .containsExactly(1, 3, 4);
        assertThat(numbers(catalog.practicesWithAllTags(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, EffectTag.REDUCE_OPERATING_BURDEN)))
                .containsExactly(1);
        assertThat(catalog.practicesWithAnyTag()).isEmpty();
        assertThat(catalog.practicesWithAllTags()).hasSize(4);
    }

    @Test
    void practices_by_challenge_role_and_community() {
        assertThat(numbers(catalog.practicesAddressing(Challenge.SCHEDULING_CONFLICTS))).containsExactly(2);
        assertThat(numbers(catalog.practicesWithRole(Role.EVENT_ORGANIZER))).containsExactly(2, 3);
        assertThat(numbers(catalog.practicesOf(LT))).containsExactly(2, 3);
        assertThat(numbers(catalog.practicesOf(CommunityId.of("nobody")))).isEmpty();
        assertThat(numbers(catalog.practicesWithoutCommunity())).containsExactly(4);
    }

    @Test
    void communities_by_id_and_region() {
        assertThat(catalog.community("lt")).hasValueSatisfying(c -> assertThat(c.region()).isEqualTo(Region.KINKI));
        assertThat(catalog.community("missing")).isEmpty();
        assertThat(catalog.communitiesIn(Region.KYUSHU)).extracting(c -> c.id().value()).containsExactly("kyushu-wg");
        assertThat(catalog.communitiesIn(Region.CHUGOKU)).isEmpty();
    }

    @Test
    void query_results_are_unmodifiable() {
        List<Practice> result = catalog.practicesOf(LT);
        assertThatThrownBy(() -> result.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> catalog.effectTagCounts().put(EffectTag.ENHANCE_ACTIVITY_EFFECT, 9))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void counts_cover_every_value_including_zero() {
        assertThat(catalog.effectTagCounts())
                .containsEntry(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 2)
                .containsEntry(EffectTag.PROMOTE_COMPANY_PARTICIPATION, 2)
                .containsEntry(EffectTag.REDUCE_OPERATING_BURDEN, 2)
                .containsEntry(EffectTag.ENHANCE_ACTIVITY_EFFECT, 0)
                .hasSize(5);
        assertThat(catalog.challengeCounts()).hasSize(Challenge.values().length)
                .containsEntry(Challenge.STAFF_ROTATION, 1).containsEntry(Challenge.LOW_RETENTION, 0);
    }

    @Test
    void effect_tag_matrix_has_a_row_per_practice_and_column_totals() {
        EffectTagMatrix m = catalog.effectTagMatrix();
        assertThat(m.rows()).hasSize(4);
        assertThat(m.has(1, EffectTag.REDUCE_OPERATING_BURDEN)).isTrue();
        assertThat(m.has(2, EffectTag.REDUCE_OPERATING_BURDEN)).isFalse();
        assertThat(m.has(99, EffectTag.REDUCE_OPERATING_BURDEN)).isFalse();
        assertThat(m.columnTotals()).isEqualTo(catalog.effectTagCounts());
        assertThat(m.toString()).contains("       1  police-net          . . x . x").contains("total");
    }

    @Test
    void practices_given_out_of_order_are_kept_in_number_order() {
        Catalog shuffled = Catalog.builder().addPractices(practice(2).build(), practice(1).build()).build();
        assertThat(numbers(shuffled.practices())).containsExactly(1, 2);
        assertThat(shuffled.practice(1)).hasValueSatisfying(p -> assertThat(p.number()).isEqualTo(1));
    }

    @Test
    void rejects_a_duplicate_community_id() {
        assertThatThrownBy(() -> Catalog.builder()
                        .addCommunities(community("lt", Region.KINKI), community("lt", Region.KANTO)).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("communities[1]: duplicate community ID lt");
    }

    @Test
    void rejects_a_practice_number_outside_one_to_n() {
        assertThatThrownBy(() -> Catalog.builder().addPractices(practice(1).build(), practice(3).build()).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("practices[1].number: practice number must be in 1..2 (the number of practices), but was 3");
    }

    @Test
    void rejects_a_duplicate_practice_number() {
        assertThatThrownBy(() -> Catalog.builder().addPractices(practice(1).build(), practice(1).build()).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("practices[1].number: duplicate practice number 1");
    }

    @Test
    void rejects_a_practice_of_an_unknown_community() {
        assertThatThrownBy(() -> Catalog.builder().addCommunities(community("lt", Region.KINKI))
                        .addPractices(practice(1).community(CommunityId.of("ghost")).build()).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("practices[0].community: unknown community ghost; the catalog has [lt]");
    }

    @Test
    void rejects_an_unknown_partner_community() {
        Community withPartner = Community.builder().id(CommunityId.of("a")).name(text("a")).region(Region.KINKI)
                .addPartnerCommunities(CommunityId.of("b")).build();
        assertThatThrownBy(() -> Catalog.builder().addCommunities(withPartner).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("communities[0].partnerCommunities[0]: unknown community b");
    }

    @Test
    void reports_every_violation_at_once() {
        assertThatThrownBy(() -> Catalog.builder()
                        .addCommunities(community("lt", Region.KINKI), community("lt", Region.KINKI))
                        .addPractices(practice(1).community(CommunityId.of("ghost")).build(), practice(1).build())
                        .build())
                .isInstanceOfSatisfying(SecunityDataException.class,
                        e -> assertThat(e.violations()).extracting(SecunityDataException.Violation::path)
                                .containsExactly("communities[1]", "practices[0].community", "practices[1].number"));
    }

    @Test
    void prints_a_summary() {
        assertThat(catalog).hasToString("Catalog[3 communities, 4 practices]");
        assertThat(Catalog.empty().practices()).isEmpty();
    }

    @Test
    void the_summary_counts_one_in_the_singular() { // issue 10: "Catalog[1 communities, …]"
        Catalog one = Catalog.builder().addCommunities(Fixtures.community("a", Region.KINKI))
                .addPractices(Fixtures.practice(1).community(CommunityId.of("a")).build()).build();
        assertThat(one).hasToString("Catalog[1 community, 1 practice]");
        assertThat(Catalog.empty()).hasToString("Catalog[0 communities, 0 practices]");
    }

    private static List<Integer> numbers(List<Practice> practices) {
        return practices.stream().map(Practice::number).toList();
    }
}
