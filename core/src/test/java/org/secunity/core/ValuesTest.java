package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secunity.core.Fixtures.practice;
import static org.secunity.core.Fixtures.text;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;

class ValuesTest {

    @Test
    void bilingual_text_rejects_a_blank_japanese_text() {
        assertThatThrownBy(() -> BilingualText.of(" ", "title"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("ja: must not be blank");
    }

    @Test
    void bilingual_text_rejects_a_blank_english_text() {
        assertThatThrownBy(() -> BilingualText.of("題", ""))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("en: must not be blank");
    }

    @Test
    void bilingual_text_prints_both_languages() {
        assertThat(BilingualText.of("題", "Title")).hasToString("題 / Title");
    }

    @Test
    void community_id_rejects_upper_case_and_names_the_position() {
        assertThatThrownBy(() -> CommunityId.of("kansai-SEC"))
                .isInstanceOf(SecunityParseException.class)
                .hasMessageContaining("lower-case")
                .satisfies(e -> assertThat(((SecunityParseException) e).index()).isEqualTo(7));
    }

    @Test
    void community_id_rejects_a_leading_digit_trailing_or_double_hyphen() {
        for (String bad : new String[] {"1sec", "sec-", "sec--net", ""}) {
            assertThatThrownBy(() -> CommunityId.of(bad)).isInstanceOf(SecunityParseException.class);
        }
    }

    @Test
    void practice_rejects_a_number_below_one() {
        assertThatThrownBy(() -> practice(0).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("number: must be >= 1, but was 0");
    }

    @Test
    void practice_rejects_a_missing_title_with_a_library_exception() {
        assertThatThrownBy(() -> Practice.builder().number(1).purpose(text("目的")).build())
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("title");
    }

    @Test
    void practice_rejects_a_tag_curated_twice_and_reports_every_duplicate() {
        assertThatThrownBy(() -> practice(5)
                        .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "a")
                        .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "b")
                        .addChallenge(Challenge.ONE_OFF_EVENTS, "c")
                        .addChallenge(Challenge.ONE_OFF_EVENTS, "d")
                        .build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("practice 5.effectTagGroundings[1]: duplicate effect tag ENABLE_CONTINUOUS_ACTIVITY")
                .hasMessageContaining("practice 5.challengeGroundings[1]: duplicate challenge ONE_OFF_EVENTS")
                .satisfies(e -> assertThat(((SecunityDataException) e).violations()).hasSize(2));
    }

    @Test
    void practice_rejects_a_blank_grounding_quote() {
        assertThatThrownBy(() -> practice(1).addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "  ").build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("quote: must not be blank");
    }

    @Test
    void practice_derives_its_tag_sets_in_vocabulary_order_and_finds_groundings() {
        Practice p = practice(3)
                .addEffectTag(EffectTag.REDUCE_OPERATING_BURDEN, "負担")
                .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "継続")
                .addChallenge(Challenge.STAFF_ROTATION, "異動")
                .addOrganizerType(OrganizerType.POLICE, "警察")
                .build();
        assertThat(p.effectTags()).containsExactly(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, EffectTag.REDUCE_OPERATING_BURDEN);
        assertThat(p.challenges()).containsExactly(Challenge.STAFF_ROTATION);
        assertThat(p.organizerTypes()).containsExactly(OrganizerType.POLICE);
        assertThat(p.partners()).isEmpty();
        assertThat(p.groundingOf(EffectTag.REDUCE_OPERATING_BURDEN)).contains("負担");
        assertThat(p.groundingOf(Challenge.STAFF_ROTATION)).contains("異動");
        assertThat(p.groundingOf(EffectTag.PROMOTE_COMPANY_PARTICIPATION)).isEmpty();
        assertThat(p.hasEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY)).isTrue();
        assertThat(p.addresses(Challenge.LOW_RETENTION)).isFalse();
    }

    @Test
    void practice_prints_number_community_and_title() {
        Practice p = practice(13).community(CommunityId.of("sokansai-lt")).build();
        assertThat(p).hasToString("Practice 13 [sokansai-lt] タイトル13");
    }

    @Test
    void community_rejects_a_prefecture_outside_its_region() {
        assertThatThrownBy(() -> Community.builder().id(CommunityId.of("x")).name(text("x"))
                        .region(Region.KINKI).prefecture(Prefecture.MIYAGI).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("community x.prefecture")
                .hasMessageContaining("MIYAGI is in region TOHOKU, not in the community's region KINKI");
    }

    @Test
    void community_rejects_an_english_short_name_in_japanese_script() { // issue 10
        assertThatThrownBy(() -> Community.builder().id(CommunityId.of("x")).name(text("x"))
                        .region(Region.KINKI).englishShortName("総サイLT").build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("community x.englishShortName")
                .hasMessageContaining("must be in Latin script, the English of the acronym: \"総サイLT\"");
    }

    @Test
    void community_rejects_a_blank_english_short_name() {
        assertThatThrownBy(() -> Community.builder().id(CommunityId.of("x")).name(text("x"))
                        .region(Region.KINKI).englishShortName(" ").build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("community x.englishShortName: must not be blank");
    }

    @Test
    void community_short_name_is_the_acronym_in_japanese_and_the_english_short_name_in_english() {
        Community lt = Community.builder().id(CommunityId.of("lt")).name(BilingualText.of("総関西LT大会", "All-Kansai LTs"))
                .region(Region.KINKI).acronym("総サイLT").englishShortName("All-Kansai LT").build();
        assertThat(lt.shortName()).isEqualTo(BilingualText.of("総サイLT", "All-Kansai LT"));
        Community plain = Community.builder().id(CommunityId.of("p")).name(BilingualText.of("宮城の会", "Miyagi Group"))
                .region(Region.TOHOKU).build();
        assertThat(plain.shortName()).isEqualTo(BilingualText.of("宮城の会", "Miyagi Group"));
    }

    @Test
    void community_rejects_partnering_with_itself() {
        assertThatThrownBy(() -> Community.builder().id(CommunityId.of("x")).name(text("x"))
                        .region(Region.KINKI).addPartnerCommunities(CommunityId.of("x")).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("cannot partner with itself");
    }

    @Test
    void community_lists_its_secretariat_and_counts_members() {
        Organization police = Organization.of(text("宮城県警察"), OrganizationKind.POLICE);
        Organization pref = Organization.of(text("宮城県"), OrganizationKind.LOCAL_GOVERNMENT);
        Organization univ = Organization.of(text("東北工業大学"), OrganizationKind.UNIVERSITY);
        Community c = Community.builder().id(CommunityId.of("m")).name(text("m")).region(Region.TOHOKU)
                .addMemberships(Membership.of(pref, Role.SECRETARIAT), Membership.of(police, Role.SECRETARIAT),
                        Membership.of(univ, Role.SPECIAL_SUPPORT_MEMBER, Role.MEMBER))
                .addComposition(MemberCount.builder().category(text("国")).count(3).sourceText("3機関")
                        .specialSupportMembers(2).build())
                .addComposition(MemberCount.builder().category(text("地方公共団体")).count(32).sourceText("32団体").build())
                .build();
        assertThat(c.secretariat()).containsExactly(pref, police);
        assertThat(c.countedMembers()).isEqualTo(35);
        assertThat(c.memberships().get(2).roles()).containsExactly(Role.MEMBER, Role.SPECIAL_SUPPORT_MEMBER);
    }

    @Test
    void member_count_rejects_more_special_support_members_than_members() {
        assertThatThrownBy(() -> MemberCount.builder().category(text("国")).count(3).sourceText("3機関")
                        .specialSupportMembers(4).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("specialSupportMembers: must be in 0..3 (the row's count), but was 4");
    }

    @Test
    void member_count_rejects_a_negative_count() {
        assertThatThrownBy(() -> MemberCount.builder().category(text("国")).count(-1).sourceText("x").build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("count: must be >= 0, but was -1");
    }

    @Test
    void membership_requires_a_role() {
        assertThatThrownBy(() -> Membership.builder()
                        .organization(Organization.of(text("札幌市"), OrganizationKind.LOCAL_GOVERNMENT)).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("roles: must name at least one role");
    }

    @Test
    void event_rejects_an_end_time_before_its_start() {
        assertThatThrownBy(() -> Event.builder().kind(EventKind.SEMINAR).title(text("セミナー"))
                        .startTime(LocalTime.of(17, 10)).endTime(LocalTime.of(13, 30)).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("endTime: must be after startTime 17:10, but was 13:30");
    }

    @Test
    void event_cadence_rejects_zero_times_per_year() {
        assertThatThrownBy(() -> EventCadence.builder().text(text("年0回")).timesPerYear(0).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("timesPerYear: must be >= 1, but was 0");
    }

    @Test
    void attendance_rejects_a_negative_count() {
        assertThatThrownBy(() -> Attendance.of(text("参加者数"), -3, false))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("count: must be >= 0, but was -3");
    }

    @Test
    void grounded_prints_value_and_quote() {
        assertThat(Grounded.of(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "継続できる"))
                .hasToString("ENABLE_CONTINUOUS_ACTIVITY «継続できる»");
    }

    @Test
    void source_date_rejects_a_span_that_ends_before_it_starts() {
        assertThatThrownBy(() -> SourceDate.builder().date(PartialDate.parse("2020-09"))
                        .until(PartialDate.parse("2020-08")).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("until: must be after date 2020-09, but was 2020-08");
    }

    @Test
    void source_date_prints_a_span_with_its_wording() {
        assertThat(SourceDate.builder().date(PartialDate.parse("2020-08")).until(PartialDate.parse("2020-09"))
                        .sourceText("2020年8~9月").build())
                .hasToString("2020-08/2020-09 (2020年8~9月)");
    }

    @Test
    void source_date_names_a_missing_wording() {
        assertThatThrownBy(() -> SourceDate.of(PartialDate.parse("2020-08"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("sourceText");
    }

    @Test
    void scheduled_occurrence_names_a_missing_time() {
        assertThatThrownBy(() -> ScheduledOccurrence.of(CommunityId.of("haisl"), 0, ScheduleTest.LT,
                        LocalDate.parse("2026-02-11"), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("time");
    }

    @Test
    void event_cadence_rejects_zero_sessions() {
        assertThatThrownBy(() -> EventCadence.builder().text(text("全0回")).count(0).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("count: must be >= 1, but was 0");
    }

    @Test
    void figure_requires_an_item() {
        assertThatThrownBy(() -> Figure.builder().caption(text("図")).build())
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("items: a figure must have at least one item");
    }
}
