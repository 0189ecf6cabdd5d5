package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TourCommandTest {

    @Test
    void the_english_tour_shows_the_catalog_recommendations_and_next_dates() {
        AppRunner.Result result = AppRunner.run("tour", "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("1. The bundled catalog")
                .contains("Ministry of Economy, Trade and Industry")
                .contains("10 communities, 22 practices")
                .contains("haisl", "cyber-donet", "iwate-seminar", "miyagi-council", "misec", "kansai-sec-net",
                        "sokansai-lt", "kyukeiren-cswg", "kumamoto-council", "kagoshima-council")
                .contains("2. Recommendations for a situation")
                .contains("score")
                .contains("「")
                .contains("3. Next dates of the fixed cadences (from 2026-01-05)")
                .contains("All-Kansai Cybersecurity Lightning Talks")
                .contains("2026-02-11 (Wed)")
                .contains("Ultimate Cybersecurity Quiz")
                .contains("2026-07-11 (Sat)")
                .contains("Programming class")
                .contains("2026-01-05 (Mon)")
                .contains("second Wednesday of even months at 19:00 = FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE")
                .contains("* 2026-01-12 is a national holiday (Coming of Age Day)");
    }

    @Test
    void the_japanese_tour_is_in_japanese() {
        AppRunner.Result result = AppRunner.run("tour", "--lang", "ja");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("同梱のカタログ", "経済産業省", "地域SECUNITY形成のためのプラクティス集",
                "コミュニティ10件、プラクティス22件", "状況に合うプラクティスの推薦", "スコア", "偶数月の第2水曜日の晩",
                "2026-02-11（水）");
    }

    @Test
    void the_sample_situation_leaves_out_the_adopted_practice() {
        AppRunner.Result result = AppRunner.run("tour", "--lang", "en");
        assertThat(result.out()).contains("already adopted: 13").doesNotContain("Practice 13 ");
    }

    @Test
    void the_tour_can_count_from_another_date() {
        AppRunner.Result result = AppRunner.run("tour", "--lang", "en", "--from", "2030-01-01");
        assertThat(result.out()).contains("(from 2030-01-01)").contains("2030-02-13 (Wed)");
    }
}
