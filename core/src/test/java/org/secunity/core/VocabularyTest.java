package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityException;

class VocabularyTest {

    static Stream<Class<? extends Labelled>> vocabularies() {
        return Stream.of(EffectTag.class, Challenge.class, Region.class, Prefecture.class, CommunityStage.class,
                OrganizerType.class, Sector.class, OrganizationKind.class, Role.class, PartnerKind.class,
                LegalForm.class, EventKind.class);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void every_value_has_its_name_as_id_and_distinct_non_blank_labels(Class<? extends Labelled> type) {
        Labelled[] values = type.getEnumConstants();
        Set<String> ja = new HashSet<>();
        Set<String> en = new HashSet<>();
        for (Labelled value : values) {
            assertThat(value.id()).isEqualTo(((Enum<?>) value).name());
            assertThat(value.ja()).isNotBlank();
            assertThat(value.en()).isNotBlank();
            assertThat(ja.add(value.ja())).as("Japanese label of %s is unique", value).isTrue();
            assertThat(en.add(value.en())).as("English label of %s is unique", value).isTrue();
        }
    }

    @Test
    void effect_tags_are_the_five_of_the_source_in_its_order() {
        assertThat(Arrays.stream(EffectTag.values()).map(EffectTag::ja)).containsExactly(
                "企業の参加を促進する", "地域の関係機関を巻き込む", "継続的な活動を可能にする", "活動の効果を高める", "運営の負担を軽減する、他");
    }

    @Test
    void challenges_are_the_twenty_two_of_the_design() {
        assertThat(Challenge.values()).hasSize(22);
        assertThat(Challenge.SCHEDULING_CONFLICTS.ja()).isEqualTo("予定が合わない・気づいたら終わっていた");
    }

    @Test
    void label_picks_japanese_for_japanese_locales_and_english_otherwise() {
        assertThat(CommunityStage.FORMING.label(Locale.JAPAN)).isEqualTo("立ち上げ期");
        assertThat(CommunityStage.FORMING.label(Locale.GERMAN)).isEqualTo("Forming");
    }

    @Test
    void there_are_47_prefectures_with_jis_codes_in_order() {
        assertThat(Prefecture.values()).hasSize(47);
        assertThat(Prefecture.fromJisCode(1)).isEqualTo(Prefecture.HOKKAIDO);
        assertThat(Prefecture.fromJisCode(13)).isEqualTo(Prefecture.TOKYO);
        assertThat(Prefecture.fromJisCode(47)).isEqualTo(Prefecture.OKINAWA);
        for (Prefecture p : Prefecture.values()) {
            assertThat(Prefecture.fromJisCode(p.jisCode())).isSameAs(p);
        }
    }

    @Test
    void prefectures_follow_the_meti_bureaus() {
        assertThat(Region.KINKI.prefectures()).containsExactly(Prefecture.FUKUI, Prefecture.SHIGA, Prefecture.KYOTO,
                Prefecture.OSAKA, Prefecture.HYOGO, Prefecture.NARA, Prefecture.WAKAYAMA);
        assertThat(Region.KANTO.prefectures()).contains(Prefecture.NIIGATA, Prefecture.NAGANO, Prefecture.SHIZUOKA)
                .hasSize(11);
        assertThat(Region.CHUBU.prefectures()).containsExactly(Prefecture.TOYAMA, Prefecture.ISHIKAWA,
                Prefecture.GIFU, Prefecture.AICHI, Prefecture.MIE);
        assertThat(Region.KYUSHU.prefectures()).hasSize(7);
        assertThat(Region.OKINAWA.prefectures()).containsExactly(Prefecture.OKINAWA);
        assertThat(Arrays.stream(Region.values()).mapToInt(r -> r.prefectures().size()).sum()).isEqualTo(47);
    }

    @Test
    void from_jis_code_rejects_codes_outside_1_to_47() {
        for (int code : List.of(0, 48, -1)) {
            assertThatThrownBy(() -> Prefecture.fromJisCode(code))
                    .isInstanceOf(SecunityException.class)
                    .hasMessageContaining("1..47")
                    .hasMessageContaining(String.valueOf(code));
        }
    }
}
