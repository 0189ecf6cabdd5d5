package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The equals/hashCode contract of the model's values, over generated values. */
class EqualsContractProperties {

    @Provide
    Arbitrary<Practice> practices() {
        Arbitrary<String> words = Arbitraries.of("継続", "負担", "参加", "企業", "地域");
        return Combinators.combine(
                        Arbitraries.integers().between(1, 30),
                        words, words,
                        Arbitraries.subsetOf(EffectTag.values()),
                        Arbitraries.subsetOf(Challenge.values()).ofMaxSize(3))
                .as((n, title, quote, tags, challenges) -> {
                    Practice.Builder b = Fixtures.practice(n).title(BilingualText.of(title, "t " + title));
                    tags.forEach(t -> b.addEffectTag(t, quote));
                    challenges.forEach(c -> b.addChallenge(c, quote));
                    return b.build();
                });
    }

    @Property
    void equal_practices_have_equal_hash_codes_and_copies_are_equal(
            @ForAll("practices") Practice a, @ForAll("practices") Practice b) {
        assertThat(a).isEqualTo(a);
        assertThat(a).isNotEqualTo(null);
        if (a.equals(b)) {
            assertThat(b).isEqualTo(a);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
        Practice copy = Practice.builder().from(a).build();
        assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(copy.effectTags()).isEqualTo(a.effectTags());
    }

    @Property
    void equality_of_practices_follows_their_curated_tags(@ForAll("practices") Practice a) {
        Practice changed = Practice.builder().from(a).effectTagGroundings(java.util.List.of()).build();
        assertThat(changed.equals(a)).isEqualTo(a.effectTags().isEmpty());
    }
}
