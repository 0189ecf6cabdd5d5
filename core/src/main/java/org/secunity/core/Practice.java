package org.secunity.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.internal.SecunityStyle;

/**
 * A practice: one of the source's numbered ways in which a community made its activities work.
 *
 * <p>Besides the source's own text (title, purpose, actors, actions, effects), a practice carries
 * curated links — the effect tags it has, the challenges it addresses, the partners its actors
 * need, the community stages and organizer types it suits — each {@link Grounded grounded} by a
 * source sentence. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Practice p = catalog.practice(13).orElseThrow();
 * p.effectTags();   // [PROMOTE_COMPANY_PARTICIPATION, ENABLE_CONTINUOUS_ACTIVITY, ...]
 * p.effectTagGroundings().get(0).quote();   // the sentence behind the first tag
 *
 * Practice mine = Practice.builder()
 *         .number(1)
 *         .title(BilingualText.of("…", "…"))
 *         .purpose(BilingualText.of("…", "…"))
 *         .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "…")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Practice {

    Practice() {}

    /**
     * Returns the practice's number, as in the source (1 to 22 in the seed catalog).
     *
     * @return the number, at least 1
     */
    public abstract int number();

    /**
     * Returns the community whose practice this is.
     *
     * @return the community's ID, or empty for practices that belong to no single community
     *     (21 and 22 in the seed catalog)
     */
    public abstract Optional<CommunityId> community();

    /**
     * Returns the heading as the source's text extraction prints it, which records the
     * extraction's artifacts ("プラクティス 1" for practice 3).
     *
     * @return the printed heading, or empty
     */
    public abstract Optional<String> sourceLabel();

    /**
     * Returns the title.
     *
     * @return the title, not null
     */
    public abstract BilingualText title();

    /**
     * Returns the purpose (目的).
     *
     * @return the purpose, not null
     */
    public abstract BilingualText purpose();

    /**
     * Returns who carries out the practice (実施主体).
     *
     * @return the actors, unmodifiable
     */
    public abstract List<Actor> actors();

    /**
     * Returns what is done (実施内容), one entry per bullet of the source.
     *
     * @return the actions, unmodifiable
     */
    public abstract List<BilingualText> actions();

    /**
     * Returns the effects (効果), one entry per bullet of the source.
     *
     * @return the effects, unmodifiable
     */
    public abstract List<BilingualText> effects();

    /**
     * Returns the text of the page's figure, where it adds to the body (the stages of practice 11,
     * the division of roles of practice 12).
     *
     * @return the figure, or empty
     */
    public abstract Optional<Figure> figure();

    /**
     * Returns the curated effect tags, each with its grounding sentence.
     *
     * @return the grounded tags, without duplicates, unmodifiable
     */
    public abstract List<Grounded<EffectTag>> effectTagGroundings();

    /**
     * Returns the curated challenges the practice addresses, each with its grounding sentence.
     *
     * @return the grounded challenges, without duplicates, unmodifiable
     */
    public abstract List<Grounded<Challenge>> challengeGroundings();

    /**
     * Returns the curated kinds of partner the practice's actors need, each with its grounding sentence.
     *
     * @return the grounded partner kinds, without duplicates, unmodifiable
     */
    public abstract List<Grounded<PartnerKind>> partnerGroundings();

    /**
     * Returns the community stages the source says the practice suits, each with its grounding sentence.
     *
     * @return the grounded stages, without duplicates, unmodifiable
     */
    public abstract List<Grounded<CommunityStage>> stageGroundings();

    /**
     * Returns the organizer types the source says the practice suits, each with its grounding sentence.
     *
     * @return the grounded organizer types, without duplicates, unmodifiable
     */
    public abstract List<Grounded<OrganizerType>> organizerTypeGroundings();

    /**
     * Returns the effect tags, in the order of {@link EffectTag}.
     *
     * @return the tags, unmodifiable
     */
    @Value.Lazy
    public Set<EffectTag> effectTags() {
        return values(effectTagGroundings(), EffectTag.class);
    }

    /**
     * Returns the challenges addressed, in the order of {@link Challenge}.
     *
     * @return the challenges, unmodifiable
     */
    @Value.Lazy
    public Set<Challenge> challenges() {
        return values(challengeGroundings(), Challenge.class);
    }

    /**
     * Returns the kinds of partner needed, in the order of {@link PartnerKind}.
     *
     * @return the partner kinds, unmodifiable
     */
    @Value.Lazy
    public Set<PartnerKind> partners() {
        return values(partnerGroundings(), PartnerKind.class);
    }

    /**
     * Returns the stages the practice suits, in the order of {@link CommunityStage}.
     *
     * @return the stages, empty when the source does not say, unmodifiable
     */
    @Value.Lazy
    public Set<CommunityStage> stages() {
        return values(stageGroundings(), CommunityStage.class);
    }

    /**
     * Returns the organizer types the practice suits, in the order of {@link OrganizerType}.
     *
     * @return the organizer types, empty when the source does not say, unmodifiable
     */
    @Value.Lazy
    public Set<OrganizerType> organizerTypes() {
        return values(organizerTypeGroundings(), OrganizerType.class);
    }

    /**
     * Returns whether the practice has an effect tag.
     *
     * @param tag the tag, not null
     * @return true if the tag is curated for this practice
     */
    public boolean hasEffectTag(EffectTag tag) {
        return effectTags().contains(tag);
    }

    /**
     * Returns whether the practice addresses a challenge.
     *
     * @param challenge the challenge, not null
     * @return true if the challenge is curated for this practice
     */
    public boolean addresses(Challenge challenge) {
        return challenges().contains(challenge);
    }

    /**
     * Returns the sentence that grounds a curated value of this practice.
     *
     * @param value an effect tag, challenge, partner kind, stage or organizer type, not null
     * @return the grounding quote, or empty if the value is not curated for this practice
     */
    public Optional<String> groundingOf(Labelled value) {
        // only the list of the value's own vocabulary can hold it (issue 13: no list of lists to walk)
        List<? extends Grounded<?>> list;
        if (value instanceof EffectTag) {
            list = effectTagGroundings();
        } else if (value instanceof Challenge) {
            list = challengeGroundings();
        } else if (value instanceof PartnerKind) {
            list = partnerGroundings();
        } else if (value instanceof CommunityStage) {
            list = stageGroundings();
        } else if (value instanceof OrganizerType) {
            list = organizerTypeGroundings();
        } else {
            return Optional.empty();
        }
        for (Grounded<?> g : list) {
            if (g.value() == value) {
                return Optional.of(g.quote());
            }
        }
        return Optional.empty();
    }

    private static <E extends Enum<E> & Labelled> Set<E> values(List<Grounded<E>> groundings, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (Grounded<E> g : groundings) {
            set.add(g.value());
        }
        return Collections.unmodifiableSet(set);
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
        if (number() < 1) {
            violations.add(new Violation("number", "must be >= 1, but was " + number()));
        }
        Checks.unique("effectTagGroundings", effectTagGroundings(), Grounded::value, "effect tag", violations);
        Checks.unique("challengeGroundings", challengeGroundings(), Grounded::value, "challenge", violations);
        Checks.unique("partnerGroundings", partnerGroundings(), Grounded::value, "partner kind", violations);
        Checks.unique("stageGroundings", stageGroundings(), Grounded::value, "stage", violations);
        Checks.unique("organizerTypeGroundings", organizerTypeGroundings(), Grounded::value, "organizer type",
                violations);
        sourceLabel().ifPresent(s -> {
            if (s.isBlank()) {
                violations.add(new Violation("sourceLabel", "must not be blank"));
            }
        });
        Checks.report("practice " + number(), violations);
    }

    /**
     * Returns the number, the community and the Japanese title.
     *
     * @return a readable form, such as {@code "Practice 13 [sokansai-lt] イベント開催スケジュールを…"}
     */
    @Override
    public String toString() {
        return "Practice " + number() + community().map(c -> " [" + c + "]").orElse("") + " " + title().ja();
    }

    /** Builds a {@link Practice}; {@code number}, {@code title} and {@code purpose} are required. */
    public static final class Builder extends ImmutablePractice.Builder {
        Builder() {}

        /**
         * Adds a curated effect tag with the sentence that grounds it.
         *
         * @param tag the tag, not null
         * @param quote the grounding sentence from the source, not blank
         * @return this builder
         */
        public Builder addEffectTag(EffectTag tag, String quote) {
            addEffectTagGroundings(Grounded.of(tag, quote));
            return this;
        }

        /**
         * Adds a curated challenge with the sentence that grounds it.
         *
         * @param challenge the challenge, not null
         * @param quote the grounding sentence from the source, not blank
         * @return this builder
         */
        public Builder addChallenge(Challenge challenge, String quote) {
            addChallengeGroundings(Grounded.of(challenge, quote));
            return this;
        }

        /**
         * Adds a curated partner kind with the sentence that grounds it.
         *
         * @param partner the partner kind, not null
         * @param quote the grounding sentence from the source, not blank
         * @return this builder
         */
        public Builder addPartner(PartnerKind partner, String quote) {
            addPartnerGroundings(Grounded.of(partner, quote));
            return this;
        }

        /**
         * Adds a curated community stage with the sentence that grounds it.
         *
         * @param stage the stage, not null
         * @param quote the grounding sentence from the source, not blank
         * @return this builder
         */
        public Builder addStage(CommunityStage stage, String quote) {
            addStageGroundings(Grounded.of(stage, quote));
            return this;
        }

        /**
         * Adds a curated organizer type with the sentence that grounds it.
         *
         * @param type the organizer type, not null
         * @param quote the grounding sentence from the source, not blank
         * @return this builder
         */
        public Builder addOrganizerType(OrganizerType type, String quote) {
            addOrganizerTypeGroundings(Grounded.of(type, quote));
            return this;
        }
    }
}
