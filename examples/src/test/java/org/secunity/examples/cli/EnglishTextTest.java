package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** English output: counts in the singular for one, and the communities' English short names (issue 10). */
class EnglishTextTest {

    @Test
    void a_community_without_fixed_dates_has_no_dates_not_the_next_0_dates() {
        assertThat(AppRunner.run("schedule", "--community", "haisl", "--lang", "en").out())
                .contains("(haisl): no dates from 2026-01-05").doesNotContain("the next 0 dates");
    }

    @Test
    void one_date_is_the_next_date() {
        assertThat(AppRunner.run("schedule", "--community", "kagoshima-council", "--count", "1", "--lang", "en").out())
                .contains("(kagoshima-council): the next date from 2026-01-05");
    }

    @Test
    void a_catalog_of_one_community_is_counted_in_the_singular() {
        String file = Path.of("catalogs/sample-catalog.yaml").toString();
        assertThat(AppRunner.run("catalog", "validate", file, "--lang", "en").out().strip())
                .isEqualTo("OK: " + file + ": schemaVersion 1, 1 community, 2 practices");
        assertThat(AppRunner.run("catalog", "communities", "--catalog", file, "--lang", "en").out())
                .startsWith("1 community\n");
    }

    @Test
    void communities_show_the_english_short_name_in_english_and_the_acronym_in_japanese() {
        assertThat(AppRunner.run("catalog", "communities", "--lang", "en").out())
                .contains("All-Kansai Cybersecurity Lightning Talks (All-Kansai LT)")
                .contains("Kansai Cybersecurity Network (Kansai SEC-net)")
                .doesNotContain("総サイLT").doesNotContain("道net");
        assertThat(AppRunner.run("catalog", "communities", "--lang", "ja").out())
                .contains("総関西サイバーセキュリティLT大会 (総サイLT)");
    }
}
