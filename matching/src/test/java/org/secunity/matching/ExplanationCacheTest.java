package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import org.secunity.core.Catalog;

/**
 * The reasons a matcher keeps per practice and community (issue 13) are those it builds afresh:
 * over a catalog past the bound of kept explanations (so that some are kept and others rebuilt
 * every time), whose communities are too large for their profiles without an adopted practice to
 * be kept, with one matcher serving several situations.
 */
class ExplanationCacheTest {

    private static final Catalog BIG = Generators.large(PracticeIndex.CACHED_EXPLANATIONS + 500, 29L);

    @Example
    void kept_and_rebuilt_reasons_give_the_same_recommendations() {
        assertThat(BIG.practices().size() / BIG.communities().size())
                .isGreaterThan(PracticeIndex.CACHED_PROFILE_MAX_MEMBERS);
        Random random = new Random(31);
        var situations = Generators.situationsFor(BIG).generator(100);
        PracticeMatcher shared = PracticeMatcher.of(BIG);
        for (int t = 0; t < 3; t++) {
            Situation s = situations.next(random).value();
            Ranking all = shared.rankAll(s);
            assertThat(shared.rankAll(s)).isEqualTo(all);
            // a fresh matcher explains the last ones first: it keeps them, the shared one does not
            PracticeMatcher fresh = PracticeMatcher.of(BIG);
            List<Recommendation> ranked = all.recommendations();
            for (int r = ranked.size() - 1; r >= ranked.size() - 20; r--) {
                assertThat(fresh.explain(s, ranked.get(r).practiceNumber())).isEqualTo(ranked.get(r));
            }
            assertThat(fresh.recommend(s, 10).recommendations()).isEqualTo(ranked.subList(0, 10));
        }
    }
}
