package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.internal.SecunityStyle;

/**
 * What a community says about itself when it asks for recommendations: its stage, who runs its
 * secretariat, where it is, what it wants to achieve, what troubles it, which partners it already
 * has and which practices it already follows.
 *
 * <p>Every field is optional; a field left out is "not stated", never "none". In particular an
 * empty {@link #partners()} means the community did not say which partners it has, so no
 * practice is marked down for needing one. Immutable and safe to share; compare with
 * {@code equals}. The accessor names are the JSON field names:
 *
 * <pre>{@code
 * // {"stage": "FORMING", "organizerType": "VOLUNTEER_GROUP", "region": "KYUSHU",
 * //  "goals": {"ENABLE_CONTINUOUS_ACTIVITY": 1.0, "REDUCE_OPERATING_BURDEN": 0.5},
 * //  "challenges": ["SCHEDULING_CONFLICTS", "SALES_PITCH_CONCERN"], "adoptedPractices": [13]}
 * Situation s = Situation.builder()
 *         .stage(CommunityStage.FORMING)
 *         .organizerType(OrganizerType.VOLUNTEER_GROUP)
 *         .region(Region.KYUSHU)
 *         .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
 *         .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 0.5)
 *         .addChallenges(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN)
 *         .addAdoptedPractice(13)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Situation {

    Situation() {}

    /**
     * Returns the community's stage.
     *
     * @return the stage, or empty when not stated
     */
    public abstract Optional<CommunityStage> stage();

    /**
     * Returns who runs the community's secretariat.
     *
     * @return the organizer type, or empty when not stated
     */
    public abstract Optional<OrganizerType> organizerType();

    /**
     * Returns the community's region. When only a {@link #prefecture()} is stated, the matcher
     * uses the prefecture's region; see {@link #effectiveRegion()}.
     *
     * @return the region, or empty when not stated
     */
    public abstract Optional<Region> region();

    /**
     * Returns the community's prefecture, for a community that is one prefecture's.
     *
     * @return the prefecture, in {@link #region()} when both are stated, or empty
     */
    public abstract Optional<Prefecture> prefecture();

    /**
     * Returns the legal form of the community's body, if it has or plans one.
     *
     * @return the legal form, or empty when not stated
     */
    public abstract Optional<LegalForm> legalForm();

    /**
     * Returns what the community wants to achieve: an effect tag for each goal with its weight.
     * A weight of 1 is a goal that matters most, 0 one that does not matter at all.
     *
     * @return the goals, each weight in [0, 1], in the order of {@link EffectTag}, unmodifiable
     */
    public abstract Map<EffectTag, Double> goals();

    /**
     * Returns the challenges the community faces.
     *
     * @return the challenges, in the order of {@link Challenge}, unmodifiable
     */
    public abstract Set<Challenge> challenges();

    /**
     * Returns the kinds of partner the community already has (universities, vendors, police, …).
     *
     * @return the partner kinds, in the order of {@link PartnerKind}; empty when not stated,
     *     unmodifiable
     */
    public abstract Set<PartnerKind> partners();

    /**
     * Returns the numbers of the practices the community already follows; they are never
     * recommended.
     *
     * @return the practice numbers, each at least 1, in ascending order, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> adoptedPractices();

    /**
     * Returns the region the matcher uses: the stated region, or else the stated prefecture's.
     *
     * @return the region, or empty when neither a region nor a prefecture is stated
     */
    public final Optional<Region> effectiveRegion() {
        return region().isPresent() ? region() : prefecture().map(Prefecture::region);
    }

    /**
     * Returns the weight of a goal.
     *
     * @param tag the effect tag, not null
     * @return the goal's weight in [0, 1], or 0 when the tag is not a goal
     */
    public final double goal(EffectTag tag) {
        Double weight = goals().get(tag);
        return weight == null ? 0.0 : weight;
    }

    /**
     * Returns a situation in which nothing is stated.
     *
     * @return the empty situation, not null
     */
    public static Situation empty() {
        return builder().build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<EffectTag, Double> goal : goals().entrySet()) {
            double weight = goal.getValue();
            if (!(weight >= 0.0 && weight <= 1.0)) {
                violations.add(new Violation("goals." + goal.getKey().id(),
                        "weight must be in [0, 1], but was " + weight));
            }
        }
        for (int number : adoptedPractices()) {
            if (number < 1) {
                violations.add(new Violation("adoptedPractices",
                        "practice number must be >= 1, but was " + number));
            }
        }
        if (region().isPresent() && prefecture().isPresent() && prefecture().get().region() != region().get()) {
            violations.add(new Violation("prefecture", "prefecture " + prefecture().get() + " is in region "
                    + prefecture().get().region() + ", not in the stated region " + region().get()));
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
    }

    /** Builds a {@link Situation}; every attribute is optional. */
    public static final class Builder extends ImmutableSituation.Builder {
        Builder() {}
    }
}
