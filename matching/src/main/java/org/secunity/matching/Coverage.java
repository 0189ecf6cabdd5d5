package org.secunity.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.matching.internal.SecunityStyle;

/**
 * How far a set of practices covers the effect tags and the challenges, and the gaps it leaves:
 * the answer of {@link Analysis#coverage}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Coverage c = Analysis.coverage(catalog, List.of(13, 14));
 * c.uncoveredEffectTags();            // [INVOLVE_REGIONAL_ORGANIZATIONS, …]
 * c.effectTagFillers();               // for each gap, the catalog's practices that would fill it
 * c.effectTagCoverage();              // the share of the five tags covered
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Coverage {

    Coverage() {}

    /**
     * Returns the practices whose coverage this is.
     *
     * @return the practice numbers, ascending, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> practices();

    /**
     * Returns, for every effect tag, the given practices that have it.
     *
     * @return an entry for every tag (an empty list for a gap), in the order of {@link EffectTag},
     *     unmodifiable
     */
    public abstract Map<EffectTag, List<Integer>> effectTags();

    /**
     * Returns, for every challenge, the given practices that address it.
     *
     * @return an entry for every challenge (an empty list for a gap), in the order of
     *     {@link Challenge}, unmodifiable
     */
    public abstract Map<Challenge, List<Integer>> challenges();

    /**
     * Returns, for every effect tag no given practice has, the other practices of the catalog that
     * have it.
     *
     * @return the fillers of each gap, in the order of {@link EffectTag}, unmodifiable
     */
    public abstract Map<EffectTag, List<Integer>> effectTagFillers();

    /**
     * Returns, for every challenge no given practice addresses, the other practices of the catalog
     * that address it.
     *
     * @return the fillers of each gap, in the order of {@link Challenge}, unmodifiable
     */
    public abstract Map<Challenge, List<Integer>> challengeFillers();

    /**
     * Returns the effect tags no given practice has.
     *
     * @return the gaps, in the order of {@link EffectTag}, unmodifiable
     */
    public final Set<EffectTag> uncoveredEffectTags() {
        return gaps(effectTags(), EffectTag.class);
    }

    /**
     * Returns the challenges no given practice addresses.
     *
     * @return the gaps, in the order of {@link Challenge}, unmodifiable
     */
    public final Set<Challenge> uncoveredChallenges() {
        return gaps(challenges(), Challenge.class);
    }

    /**
     * Returns the share of the effect tags the practices cover.
     *
     * @return covered tags / all tags, in [0, 1]
     */
    public final double effectTagCoverage() {
        return share(effectTags());
    }

    /**
     * Returns the share of the challenges the practices cover.
     *
     * @return covered challenges / all challenges, in [0, 1]
     */
    public final double challengeCoverage() {
        return share(challenges());
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    private static <E extends Enum<E>> Set<E> gaps(Map<E, List<Integer>> map, Class<E> type) {
        EnumSet<E> gaps = EnumSet.noneOf(type);
        map.forEach((e, practices) -> {
            if (practices.isEmpty()) {
                gaps.add(e);
            }
        });
        return java.util.Collections.unmodifiableSet(gaps);
    }

    private static double share(Map<?, List<Integer>> map) {
        if (map.isEmpty()) {
            return 0.0;
        }
        long covered = map.values().stream().filter(l -> !l.isEmpty()).count();
        return (double) covered / map.size();
    }

    /** Builds a {@link Coverage}. */
    public static final class Builder extends ImmutableCoverage.Builder {
        Builder() {}
    }
}
