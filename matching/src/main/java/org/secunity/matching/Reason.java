package org.secunity.matching;

import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.BilingualText;
import org.secunity.core.CommunityId;
import org.secunity.core.Labelled;
import org.secunity.matching.internal.SecunityStyle;

/**
 * One reason behind a recommendation: what it is about, the vocabulary value behind it, a
 * sentence in Japanese and English, and the source sentence that grounds it.
 *
 * <p>A reason either raised the practice's score ({@link Direction#FOR}: it meets a goal,
 * addresses a challenge, suits the community) or lowered it ({@link Direction#AGAINST}: it needs
 * a partner the community has not named, or the source ties it to another kind of secretariat).
 * Reasons are given only for signals with a positive weight. Immutable and safe to share;
 * compare with {@code equals}.
 *
 * <pre>{@code
 * Reason r = recommendation.reasons().get(0);
 * r.kind();          // CHALLENGE
 * r.value();         // Challenge.STAFF_ROTATION
 * r.text().en();     // "Addresses your challenge: Secretariat staff change with personnel rotation"
 * r.quote();         // Optional[人事異動を通じて定期的な担当者の異動が避けられない…]
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Reason {

    Reason() {}

    /** Whether a reason raised or lowered the score. */
    public enum Direction {
        /** The reason raised the score. */
        FOR,
        /** The reason lowered the score (a caveat). */
        AGAINST
    }

    /**
     * Returns what the reason is about.
     *
     * @return the kind, not null
     */
    public abstract ReasonKind kind();

    /**
     * Returns whether the reason raised or lowered the score.
     *
     * @return the direction, {@link Direction#FOR} unless set
     */
    @Value.Default
    public Direction direction() {
        return Direction.FOR;
    }

    /**
     * Returns the vocabulary value behind the reason: an {@code EffectTag} for a goal, a
     * {@code Challenge}, a {@code CommunityStage}, an {@code OrganizerType}, a {@code PartnerKind},
     * or, for a similar community, the value it shares with the situation (an organizer type, a
     * {@code Region}, a {@code Prefecture}, a {@code LegalForm}, a challenge or a partner kind).
     * The value's class tells which vocabulary it is from.
     *
     * @return the value, not null
     */
    public abstract Labelled value();

    /**
     * Returns the community the reason refers to, for a {@link ReasonKind#SIMILAR_COMMUNITY}
     * reason.
     *
     * @return the community's ID, or empty for other kinds
     */
    public abstract Optional<CommunityId> community();

    /**
     * Returns the reason as a sentence in Japanese and English.
     *
     * @return the text, not null
     */
    public abstract BilingualText text();

    /**
     * Returns the catalog's grounding quote for the value: the source sentence behind the
     * practice's curated link, or behind the community's organizer type.
     *
     * @return the quote, not blank, or empty when the catalog has none for this value (a region, a
     *     legal form)
     */
    public abstract Optional<String> quote();

    @Value.Check
    void check() {
        if (quote().filter(String::isBlank).isPresent()) {
            throw new SecunityDataException("quote", "must not be blank");
        }
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind, the direction when it is against, the value and the English text.
     *
     * @return a readable form, such as {@code "CHALLENGE STAFF_ROTATION: Addresses your challenge: …"}
     */
    @Override
    public String toString() {
        return kind().id() + (direction() == Direction.AGAINST ? " (against)" : "") + " " + value().id()
                + ": " + text().en();
    }

    /** Builds a {@link Reason}; {@code kind}, {@code value} and {@code text} are required. */
    public static final class Builder extends ImmutableReason.Builder {
        Builder() {}
    }
}
