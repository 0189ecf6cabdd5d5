package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.secunity.core.Catalog;
import org.secunity.core.CommunityId;
import org.secunity.core.EffectTag;
import org.secunity.core.Practice;

/** The bundled seed catalog (issue 2): loads, validates, round-trips in both formats. */
class SeedCatalogTest {

    @Test
    void load_reads_ten_communities_and_twenty_two_practices() {
        Catalog catalog = SeedCatalog.load();
        assertThat(catalog.communities()).extracting(c -> c.id().value()).containsExactly(
                "haisl", "cyber-donet", "iwate-seminar", "miyagi-council", "misec", "kansai-sec-net",
                "sokansai-lt", "kyukeiren-cswg", "kumamoto-council", "kagoshima-council");
        assertThat(catalog.practices()).extracting(Practice::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 22).boxed().toList());
        assertThat(catalog.practice(21).orElseThrow().community()).isEmpty();
        assertThat(catalog.practice(22).orElseThrow().community()).isEmpty();
        assertThat(catalog.practice(3).orElseThrow().community()).contains(CommunityId.of("cyber-donet"));
        assertThat(catalog.source()).isPresent();
    }

    @Test
    void practices_3_4_and_12_keep_exactly_their_highlighted_labels() {
        Catalog catalog = SeedCatalog.load();
        assertThat(catalog.practice(3).orElseThrow().effectTags()).containsExactly(
                EffectTag.ENABLE_CONTINUOUS_ACTIVITY, EffectTag.REDUCE_OPERATING_BURDEN);
        assertThat(catalog.practice(4).orElseThrow().effectTags()).containsExactly(
                EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS, EffectTag.ENHANCE_ACTIVITY_EFFECT);
        assertThat(catalog.practice(12).orElseThrow().effectTags()).containsExactly(
                EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS, EffectTag.ENHANCE_ACTIVITY_EFFECT);
    }

    @Test
    void load_returns_the_same_instance_to_concurrent_callers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Catalog>> calls = java.util.Collections.nCopies(8, SeedCatalog::load);
            List<Future<Catalog>> results = pool.invokeAll(calls);
            Catalog first = results.get(0).get();
            for (Future<Catalog> f : results) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void seed_catalog_round_trips_through_json_and_yaml() {
        Catalog catalog = SeedCatalog.load();
        assertThat(SecunityMapper.json().read(Catalog.class, SecunityMapper.json().write(catalog))).isEqualTo(catalog);
        assertThat(SecunityMapper.yaml().read(Catalog.class, SecunityMapper.yaml().write(catalog))).isEqualTo(catalog);
    }

    @Test
    void every_seed_practice_and_community_round_trips_on_its_own() {
        Catalog catalog = SeedCatalog.load();
        for (Practice p : catalog.practices()) {
            assertThat(SecunityMapper.json().read(Practice.class, SecunityMapper.json().write(p))).isEqualTo(p);
        }
        catalog.communities().forEach(c ->
                assertThat(SecunityMapper.yaml().read(org.secunity.core.Community.class, SecunityMapper.yaml().write(c))).isEqualTo(c));
    }
}
