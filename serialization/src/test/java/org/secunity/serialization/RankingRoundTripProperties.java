package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.core.Catalog;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;

/**
 * {@code read(write(x), catalog)} equals {@code x} for situations, weights and rankings computed by
 * the matcher against the seed catalog, in JSON and YAML (STYLE 14).
 */
class RankingRoundTripProperties {

    private static final Catalog SEED = SeedCatalog.load();

    @Provide
    Arbitrary<Situation> situations() {
        return MatchingArbitraries.situations(SEED.practices().size());
    }

    @Provide
    Arbitrary<MatchWeights> weights() {
        return MatchingArbitraries.weights();
    }

    @Property(tries = 300)
    void situations_round_trip(@ForAll("situations") Situation situation) {
        assertThat(SecunityMapper.json().read(WireType.situation(SEED), SecunityMapper.json().write(situation))).isEqualTo(situation);
        assertThat(SecunityMapper.yaml().read(WireType.situation(SEED), SecunityMapper.yaml().write(situation))).isEqualTo(situation);
    }

    @Property(tries = 200)
    void weights_round_trip(@ForAll("weights") MatchWeights weights) {
        assertThat(SecunityMapper.json().read(MatchWeights.class, SecunityMapper.json().write(weights))).isEqualTo(weights);
        assertThat(SecunityMapper.yaml().read(MatchWeights.class, SecunityMapper.yaml().write(weights))).isEqualTo(weights);
    }

    @Property(tries = 150)
    void rankings_of_the_seed_catalog_round_trip_in_both_languages(@ForAll("situations") Situation situation,
            @ForAll("weights") MatchWeights weights) {
        Ranking ranking = PracticeMatcher.of(SEED).withWeights(weights).rankAll(situation);
        String json = RankingWriter.create().withBothLanguages().write(ranking);
        assertThat(SecunityMapper.json().read(WireType.ranking(SEED), json)).isEqualTo(ranking);
        assertThat(SecunityMapper.json().write(WireType.ranking(SEED), ranking)).isEqualTo(json);
        String yaml = RankingWriter.create().withBothLanguages().withFormat(Format.YAML).write(ranking);
        assertThat(SecunityMapper.yaml().read(WireType.ranking(SEED), yaml)).isEqualTo(ranking);
    }

    @Property(tries = 100)
    void a_ranking_in_one_language_reads_back_equal_but_for_the_reason_texts(
            @ForAll("situations") Situation situation) {
        Ranking ranking = PracticeMatcher.of(SEED).recommend(situation, 5);
        Ranking back = SecunityMapper.json().read(WireType.ranking(SEED), RankingWriter.create().write(ranking));
        assertThat(back.practiceNumbers()).isEqualTo(ranking.practiceNumbers());
        assertThat(back.situation()).isEqualTo(ranking.situation());
        for (int i = 0; i < ranking.recommendations().size(); i++) {
            Recommendation a = ranking.recommendations().get(i);
            Recommendation b = back.recommendations().get(i);
            assertThat(b.score()).isEqualTo(a.score());
            assertThat(b.contributions()).isEqualTo(a.contributions());
            assertThat(b.reasons()).hasSameSizeAs(a.reasons());
            for (int j = 0; j < a.reasons().size(); j++) {
                assertThat(b.reasons().get(j).value()).isEqualTo(a.reasons().get(j).value());
                assertThat(b.reasons().get(j).text().en()).isEqualTo(a.reasons().get(j).text().en());
            }
        }
    }
}
