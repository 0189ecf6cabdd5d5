package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.Practice;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Reason;
import org.secunity.matching.ReasonKind;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;

/**
 * Every community of the seed catalog has an English short name, a translation of the acronym the source prints,
 * and English text uses it: "Practised by All-Kansai LT", not "Practised by 総サイLT" (issue 10).
 */
class EnglishShortNameTest {

    private static final Catalog CATALOG = SeedCatalog.load();

    private static boolean hasJapaneseScript(String text) {
        return text.codePoints().mapToObj(Character.UnicodeScript::of).anyMatch(s ->
                s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                        || s == Character.UnicodeScript.KATAKANA);
    }

    @Test
    void every_seed_community_has_an_english_short_name_in_latin_script() {
        for (Community c : CATALOG.communities()) {
            String name = c.englishShortName().orElseThrow(() -> new AssertionError(c.id() + " has none"));
            assertThat(hasJapaneseScript(name)).as(c.id() + ": " + name).isFalse();
            assertThat(c.shortName().en()).isEqualTo(name);
        }
    }

    @Test
    void the_english_short_name_keeps_the_latin_letters_of_the_printed_acronym() {
        for (Community c : CATALOG.communities()) {
            String name = c.englishShortName().orElseThrow();
            c.acronym().ifPresent(acronym -> {
                for (String latin : acronym.split("[^A-Za-z-]+")) {
                    for (String part : latin.split("-")) {
                        assertThat(name).as(c.id() + " keeps " + part + " of " + acronym).contains(part);
                    }
                }
            });
        }
        assertThat(CATALOG.community("sokansai-lt").orElseThrow().shortName().en()).isEqualTo("All-Kansai LT");
        assertThat(CATALOG.community("cyber-donet").orElseThrow().shortName().en()).isEqualTo("Cyber-Donet");
    }

    @Test
    void similar_community_reasons_in_english_name_the_community_in_english() {
        List<String> texts = new ArrayList<>();
        PracticeMatcher matcher = PracticeMatcher.of(CATALOG);
        for (Community c : CATALOG.communities()) {
            Situation.Builder situation = Situation.builder().region(c.region()).addChallenges(Challenge.values());
            c.organizerType().ifPresent(o -> situation.organizerType(o.value()));
            for (Practice p : CATALOG.practicesOf(c.id())) {
                Recommendation r = matcher.explain(situation.build(), p.number());
                for (Reason reason : r.reasons()) {
                    if (reason.kind() == ReasonKind.SIMILAR_COMMUNITY) {
                        texts.add(reason.text().en());
                    }
                }
            }
        }
        assertThat(texts).isNotEmpty().noneMatch(EnglishShortNameTest::hasJapaneseScript);
        assertThat(texts).anyMatch(t -> t.startsWith("Practised by All-Kansai LT,"))
                .anyMatch(t -> t.startsWith("Practised by Kansai SEC-net,"))
                .anyMatch(t -> t.startsWith("Practised by Cyber-Donet,"));
    }
}
