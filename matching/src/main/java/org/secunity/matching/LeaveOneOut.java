package org.secunity.matching;

import org.immutables.value.Value;
import org.secunity.core.CommunityId;
import org.secunity.matching.internal.SecunityStyle;

/**
 * One fold of a leave-one-out ranking (see {@link Analysis#leaveOneOut}): a community's practice
 * hidden, the situation a community like it would state, and where the hidden practice ranked.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * for (LeaveOneOut fold : Analysis.leaveOneOut(matcher)) {
 *     System.out.println(fold.community() + " hides " + fold.hiddenPractice() + ": rank " + fold.rank());
 * }
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class LeaveOneOut {

    LeaveOneOut() {}

    /**
     * Returns the community whose practice was hidden.
     *
     * @return the community's ID, not null
     */
    public abstract CommunityId community();

    /**
     * Returns the hidden practice's number.
     *
     * @return the number, at least 1
     */
    public abstract int hiddenPractice();

    /**
     * Returns the situation built from the community's profile without the hidden practice.
     *
     * @return the situation, not null
     */
    public abstract Situation situation();

    /**
     * Returns the hidden practice's explained recommendation, whose rank is its place in the full
     * ranking for the situation.
     *
     * @return the recommendation, not null
     */
    public abstract Recommendation recommendation();

    /**
     * Returns how many practices were ranked.
     *
     * @return the number of candidates, at least 1
     */
    public abstract int candidates();

    /**
     * Returns the hidden practice's rank.
     *
     * @return the rank, from 1 to {@link #candidates()}
     */
    public final int rank() {
        return recommendation().rank();
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
     * Returns the community, the hidden practice and its rank.
     *
     * @return a readable form, such as {@code "LeaveOneOut[sokansai-lt hides 14: rank 2 of 21]"}
     */
    @Override
    public String toString() {
        return "LeaveOneOut[" + community() + " hides " + hiddenPractice() + ": rank " + rank() + " of "
                + candidates() + "]";
    }

    /** Builds a {@link LeaveOneOut}; every attribute is required. */
    public static final class Builder extends ImmutableLeaveOneOut.Builder {
        Builder() {}
    }
}
