package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Region;
import org.secunity.matching.Reason.Direction;

class PracticeMatcherTest {

    private final PracticeMatcher matcher = PracticeMatcher.of(MirrorCatalog.catalog());

    /** Issue 5: "our staff rotate every two years and we have no security experts". */
    private final Situation rotatingStaffNoExperts = Situation.builder()
            .organizerType(OrganizerType.PUBLIC_AGENCY)
            .addChallenges(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE)
            .build();

    @Test
    void issue_5_a_secretariat_with_rotating_staff_and_no_experts_is_told_to_set_up_a_working_group_and_a_manual() {
        Ranking top = matcher.recommend(rotatingStaffNoExperts, 3);
        assertThat(top.practiceNumbers()).containsExactly(15, 3, 2);

        Recommendation wg = top.recommendations().get(0);
        assertThat(wg.reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReasonKind.CHALLENGE);
            assertThat(r.value()).isEqualTo(Challenge.LACK_OF_EXPERTISE);
            assertThat(r.text().ja()).isEqualTo("課題「事務局に専門知識がない」に対応する");
            assertThat(r.text().en()).isEqualTo("Addresses your challenge: The secretariat lacks security expertise");
            assertThat(r.quote()).contains("コミュニティ事務局がサイバーセキュリティの専門知識を有しないことから");
        });
        Recommendation manual = top.recommendations().get(1);
        assertThat(manual.reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReasonKind.CHALLENGE);
            assertThat(r.value()).isEqualTo(Challenge.STAFF_ROTATION);
            assertThat(r.quote()).contains("人事異動を通じて定期的な担当者の異動が避けられない");
        });
        assertThat(manual.reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReasonKind.ORGANIZER_TYPE);
            assertThat(r.direction()).isEqualTo(Direction.FOR);
            assertThat(r.value()).isEqualTo(OrganizerType.PUBLIC_AGENCY);
            assertThat(r.quote()).contains("公的機関が地域セキュリティコミュニティ活動の事務局を行う場合");
        });
    }

    @Test
    void every_reason_about_the_practice_quotes_the_catalogs_grounding_of_its_value() {
        Situation s = Situation.builder()
                .stage(CommunityStage.FORMING)
                .organizerType(OrganizerType.VOLUNTEER_GROUP)
                .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
                .putGoal(EffectTag.PROMOTE_COMPANY_PARTICIPATION, 0.5)
                .addChallenges(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN)
                .addPartner(PartnerKind.UNIVERSITY)
                .build();
        for (Recommendation r : matcher.rankAll(s).recommendations()) {
            for (Reason reason : r.reasons()) {
                assertThat(reason.text().ja()).isNotBlank();
                assertThat(reason.text().en()).isNotBlank();
                if (reason.kind() != ReasonKind.SIMILAR_COMMUNITY) {
                    assertThat(reason.quote()).isEqualTo(r.practice().groundingOf(reason.value()));
                    assertThat(reason.community()).isEmpty();
                } else {
                    assertThat(reason.community()).isEqualTo(r.practice().community());
                }
            }
        }
    }

    @Test
    void every_reason_belongs_to_a_signal_that_contributed_or_is_a_caveat() {
        for (Recommendation r : matcher.rankAll(rotatingStaffNoExperts).recommendations()) {
            for (Reason reason : r.reasons()) {
                if (reason.direction() == Direction.FOR) {
                    assertThat(r.contribution(reason.kind().signal())).as("%s", reason).isPositive();
                }
            }
        }
    }

    @Test
    void a_practice_needing_a_partner_the_community_names_fits_better_and_an_unnamed_one_is_not_held_against_it() {
        Situation with = Situation.builder().addPartner(PartnerKind.PRIVACY_MARK_BODY).build();
        Situation without = Situation.builder().addPartner(PartnerKind.UNIVERSITY).build();
        Recommendation fits = matcher.explain(with, 10);
        Recommendation unnamed = matcher.explain(without, 10);
        assertThat(fits.match(Signal.CONTEXT)).isEqualTo(1.0);
        assertThat(fits.reasons()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReasonKind.PARTNER);
            assertThat(r.direction()).isEqualTo(Direction.FOR);
            assertThat(r.value()).isEqualTo(PartnerKind.PRIVACY_MARK_BODY);
            assertThat(r.quote()).contains("同じNPO内で運営しているプライバシーマーク審査センターと連携し");
        });
        // issue 16: the situation says nothing about a Privacy Mark body, so 10 is neither lifted nor lowered
        assertThat(unnamed.match(Signal.CONTEXT)).isEqualTo(0.5)
                .isEqualTo(matcher.explain(without, 14).match(Signal.CONTEXT));
        assertThat(unnamed.reasons()).noneMatch(r -> r.direction() == Direction.AGAINST);
    }

    @Test
    void no_venue_penalty_when_the_situation_says_nothing_about_venues() {
        // 16 needs a venue (「会場や機材等の支援を実施」); a situation naming only an IT vendor says nothing of venues
        Situation s = Situation.builder().addPartner(PartnerKind.IT_VENDOR).build();
        Recommendation needsVenue = matcher.explain(s, 16);
        Recommendation needsNothing = matcher.explain(s, 14);
        assertThat(needsVenue.practice().partners()).contains(PartnerKind.VENUE).doesNotContain(PartnerKind.IT_VENDOR);
        assertThat(needsVenue.contribution(Signal.CONTEXT)).isEqualTo(needsNothing.contribution(Signal.CONTEXT));
        assertThat(needsVenue.reasons()).noneMatch(r -> r.value() == PartnerKind.VENUE);
    }

    @Test
    void a_practice_needing_no_partner_fits_any_community_that_names_its_partners_neutrally() {
        assertThat(matcher.explain(Situation.builder().addPartner(PartnerKind.POLICE).build(), 14)
                .match(Signal.CONTEXT)).isEqualTo(0.5);
    }

    @Test
    void a_practice_the_source_ties_to_public_agency_and_police_secretariats_fits_those_better() {
        double police = contextOf3(OrganizerType.POLICE);
        double untied = matcher.explain(Situation.builder().organizerType(OrganizerType.POLICE).build(), 2)
                .match(Signal.CONTEXT);
        double volunteers = contextOf3(OrganizerType.VOLUNTEER_GROUP);
        assertThat(police).isEqualTo(1.0);
        assertThat(untied).as("a practice the source ties to no secretariat").isEqualTo(0.5);
        assertThat(volunteers).isEqualTo(0.0);
        Recommendation r = matcher.explain(Situation.builder().organizerType(OrganizerType.VOLUNTEER_GROUP).build(), 3);
        assertThat(r.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.kind()).isEqualTo(ReasonKind.ORGANIZER_TYPE);
            assertThat(reason.direction()).isEqualTo(Direction.AGAINST);
            assertThat(reason.text().en()).isEqualTo(
                    "The source ties it to secretariats run by: Public agency or Police; yours: Volunteer group");
        });
    }

    private double contextOf3(OrganizerType type) {
        return matcher.explain(Situation.builder().organizerType(type).build(), 3).match(Signal.CONTEXT);
    }

    @Test
    void communities_like_yours_raise_their_practices_and_say_so_with_the_communitys_grounding() {
        Situation s = Situation.builder().organizerType(OrganizerType.VOLUNTEER_GROUP).region(Region.KINKI).build();
        Recommendation r = matcher.explain(s, 14);
        assertThat(r.match(Signal.SIMILARITY)).isEqualTo(1.0);
        assertThat(r.reasons()).filteredOn(x -> x.kind() == ReasonKind.SIMILAR_COMMUNITY)
                .extracting(Reason::value)
                .containsExactly(OrganizerType.VOLUNTEER_GROUP, Region.KINKI);
        assertThat(r.reasons()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(ReasonKind.SIMILAR_COMMUNITY);
            assertThat(x.community()).contains(MirrorCatalog.SOKANSAI_LT);
            assertThat(x.quote()).contains("「総サイLT実行委員会」のボランタリーな活動を中心に運営されている。");
        });
        assertThat(matcher.explain(s, 21).match(Signal.SIMILARITY))
                .as("a practice of no single community").isZero();
    }

    @Test
    void parts_of_the_situation_that_are_not_stated_count_for_nothing() {
        Ranking all = matcher.rankAll(Situation.empty());
        assertThat(all.practiceNumbers()).isEqualTo(IntStream.rangeClosed(1, 22).boxed().toList());
        assertThat(all.recommendations()).allSatisfy(r -> {
            assertThat(r.score()).isZero();
            assertThat(r.reasons()).isEmpty();
        });
    }

    @Test
    void a_signal_with_zero_weight_gives_no_reasons() {
        Recommendation r = matcher.withWeights(MatchWeights.defaults().with(Signal.CHALLENGES, 0))
                .explain(rotatingStaffNoExperts, 15);
        assertThat(r.contribution(Signal.CHALLENGES)).isZero();
        assertThat(r.match(Signal.CHALLENGES)).as("15 addresses both challenges").isEqualTo(2.0);
        assertThat(r.reasons()).noneMatch(x -> x.kind() == ReasonKind.CHALLENGE);
    }

    @Test
    void adopted_practices_are_left_out() {
        Situation s = Situation.builder().from(rotatingStaffNoExperts).addAdoptedPractice(15).build();
        Ranking top = matcher.recommend(s, 3);
        assertThat(top.practiceNumbers()).containsExactly(3, 2, 18);
        assertThat(top.candidates()).isEqualTo(21);
    }

    @Test
    void explain_tells_the_rank_of_a_practice_outside_the_top_k() {
        Recommendation r = matcher.explain(rotatingStaffNoExperts, 10);
        List<Integer> all = matcher.rankAll(rotatingStaffNoExperts).practiceNumbers();
        assertThat(r.rank()).isGreaterThan(3)
                .isEqualTo(matcher.rankAll(rotatingStaffNoExperts).find(10).orElseThrow().rank())
                .isLessThanOrEqualTo(all.indexOf(10) + 1);
        assertThat(matcher.recommend(rotatingStaffNoExperts, 3).find(10)).isEmpty();
    }

    @Test
    void what_if_returns_both_rankings_and_how_practices_moved() {
        WhatIf w = matcher.whatIf(rotatingStaffNoExperts, 3, Signal.CHALLENGES, 0.0);
        assertThat(w.signal()).isEqualTo(Signal.CHALLENGES);
        assertThat(w.before().practiceNumbers()).containsExactly(15, 3, 2);
        assertThat(w.after().weights().challenges()).isZero();
        assertThat(w.after().practiceNumbers()).isNotEqualTo(w.before().practiceNumbers());
        assertThat(w.changes()).extracting(RankChange::practiceNumber)
                .startsWith(w.after().practiceNumbers().toArray(Integer[]::new))
                .containsAll(w.before().practiceNumbers());
        for (RankChange c : w.changes()) {
            assertThat(c.change()).isEqualTo(c.before() - c.after());
        }
        assertThat(matcher.weights()).isEqualTo(MatchWeights.defaults());
    }

    @Test
    void an_empty_catalog_ranks_nothing() {
        Ranking r = PracticeMatcher.of(Catalog.empty()).recommend(rotatingStaffNoExperts, 5);
        assertThat(r.recommendations()).isEmpty();
        assertThat(r.candidates()).isZero();
    }

    @Test
    void ranking_prints_a_table_best_first() {
        assertThat(matcher.recommend(rotatingStaffNoExperts, 2).toString())
                .startsWith("Ranking[2 of 22 candidates, MatchWeights{goals=0.3, challenges=0.45, context=0.15, similarity=0.1}]")
                .contains("  1.  15  ")
                .contains("  2.   3  ");
    }

    @Test
    void recommend_rejects_an_adopted_practice_the_catalog_does_not_have() {
        Situation s = Situation.builder().addAdoptedPractices(13, 23).build();
        assertThatThrownBy(() -> matcher.recommend(s, 5))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("adoptedPractices: unknown practice 23; the catalog has practices 1..22");
    }

    @Test
    void recommend_rejects_an_adopted_practice_when_the_catalog_is_empty() {
        assertThatThrownBy(() -> PracticeMatcher.of(Catalog.empty())
                        .recommend(Situation.builder().addAdoptedPractice(1).build(), 5))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("adoptedPractices: unknown practice 1; the catalog has no practices");
    }

    @Test
    void recommend_rejects_k_below_one() {
        assertThatThrownBy(() -> matcher.recommend(rotatingStaffNoExperts, 0))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("k: must be >= 1, but was 0");
    }

    @Test
    void explain_rejects_a_practice_the_catalog_does_not_have() {
        assertThatThrownBy(() -> matcher.explain(rotatingStaffNoExperts, 99))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("practiceNumber: unknown practice 99; the catalog has practices 1..22");
    }

    @Test
    void explain_rejects_an_adopted_practice() {
        Situation s = Situation.builder().addAdoptedPractice(13).build();
        assertThatThrownBy(() -> matcher.explain(s, 13))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("practiceNumber: practice 13 is in the situation's adoptedPractices, so it is not ranked");
    }

    @Test
    void what_if_rejects_a_negative_weight() {
        assertThatThrownBy(() -> matcher.whatIf(rotatingStaffNoExperts, 3, Signal.GOALS, -1))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("goals: weight must be a finite number >= 0, but was -1.0");
    }
}
