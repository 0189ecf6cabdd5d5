package org.secunity.matching;

import java.util.Set;
import org.immutables.value.Value;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.core.PartnerKind;
import org.secunity.matching.internal.SecunityStyle;

/**
 * How similar another practice is to a given one, and what they share: an entry of
 * {@link Analysis#similarPractices}.
 *
 * <p>The similarity is the Jaccard index of the two practices' curated features, taking effect
 * tags, challenges and needed partners together as one set: |shared| / |either|; 0 when neither
 * has any. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * PracticeSimilarity s = Analysis.similarPractices(catalog, 13, 3).get(0);
 * s.practiceNumber();     // 19
 * s.sharedChallenges();   // [SCHEDULING_CONFLICTS]
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class PracticeSimilarity {

    PracticeSimilarity() {}

    /**
     * Returns the similar practice's number.
     *
     * @return the number, at least 1
     */
    public abstract int practiceNumber();

    /**
     * Returns the Jaccard index of the two practices' features.
     *
     * @return the similarity, in [0, 1]
     */
    public abstract double similarity();

    /**
     * Returns the effect tags both practices have.
     *
     * @return the tags, in the order of {@link EffectTag}, unmodifiable
     */
    public abstract Set<EffectTag> sharedEffectTags();

    /**
     * Returns the challenges both practices address.
     *
     * @return the challenges, in the order of {@link Challenge}, unmodifiable
     */
    public abstract Set<Challenge> sharedChallenges();

    /**
     * Returns the partner kinds both practices need.
     *
     * @return the partner kinds, in the order of {@link PartnerKind}, unmodifiable
     */
    public abstract Set<PartnerKind> sharedPartners();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PracticeSimilarity}; {@code practiceNumber} and {@code similarity} are required. */
    public static final class Builder extends ImmutablePracticeSimilarity.Builder {
        Builder() {}
    }
}
