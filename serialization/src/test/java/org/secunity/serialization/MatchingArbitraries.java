package org.secunity.serialization;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.Situation;

/** Generators of the matcher's values, for the round-trip properties. */
final class MatchingArbitraries {

    private MatchingArbitraries() {}

    /** Weights with a few meaningful spellings: 0, 1, short decimals and arbitrary doubles. */
    static Arbitrary<Double> unitWeights() {
        return Arbitraries.oneOf(Arbitraries.of(0.0, 0.5, 1.0, 0.1, 0.3),
                Arbitraries.doubles().between(0.0, 1.0));
    }

    /**
     * Returns situations whose adopted practices are practices 1..{@code practices}.
     *
     * @param practices the catalog's number of practices
     * @return the situations
     */
    static Arbitrary<Situation> situations(int practices) {
        Arbitrary<Optional<CommunityStage>> stage = Arbitraries.of(CommunityStage.class).optional(0.7);
        Arbitrary<Optional<OrganizerType>> organizer = Arbitraries.of(OrganizerType.class).optional(0.7);
        Arbitrary<Optional<Prefecture>> prefecture = Arbitraries.of(Prefecture.class).optional(0.4);
        Arbitrary<Boolean> withRegion = Arbitraries.of(true, false);
        Arbitrary<Optional<LegalForm>> legalForm = Arbitraries.of(LegalForm.class).optional(0.3);
        Arbitrary<java.util.Map<EffectTag, Double>> goals = Arbitraries.maps(Arbitraries.of(EffectTag.class),
                unitWeights()).ofMaxSize(5);
        Arbitrary<Set<Challenge>> challenges = Arbitraries.of(Challenge.class).set().ofMaxSize(6);
        Arbitrary<Set<PartnerKind>> partners = Arbitraries.of(PartnerKind.class).set().ofMaxSize(3);
        Arbitrary<Set<Integer>> adopted = Arbitraries.integers().between(1, practices).set().ofMaxSize(4);
        Arbitrary<Situation> stated = Combinators.combine(stage, organizer, prefecture, withRegion, legalForm, goals,
                challenges, partners).as((st, o, p, r, l, g, c, pa) -> Situation.builder()
                        .stage(st).organizerType(o).prefecture(p)
                        .region(r ? Optional.of(p.map(Prefecture::region).orElse(Region.KYUSHU)) : Optional.empty())
                        .legalForm(l).goals(g).challenges(c).partners(pa).build());
        return Combinators.combine(stated, adopted).as((s, a) -> Situation.builder().from(s).adoptedPractices(a).build());
    }

    /** Weights, mostly the defaults, sometimes with a signal switched off or raised. */
    static Arbitrary<MatchWeights> weights() {
        Arbitrary<Double> weight = Arbitraries.oneOf(Arbitraries.of(0.0, 0.1, 0.5, 1.0, 2.0),
                Arbitraries.doubles().between(0.0, 3.0));
        return Arbitraries.oneOf(Arbitraries.just(MatchWeights.defaults()),
                Combinators.combine(weight, weight, weight, weight).as((g, c, x, s) -> new double[] {g, c, x, s})
                        .filter(w -> w[0] + w[1] + w[2] + w[3] > 0)   // all-zero weights are refused (issue 11)
                        .map(w -> MatchWeights.of(w[0], w[1], w[2], w[3])));
    }
}
