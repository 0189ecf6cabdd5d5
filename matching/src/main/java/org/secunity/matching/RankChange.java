package org.secunity.matching;

import org.immutables.value.Value;
import org.secunity.matching.internal.SecunityStyle;

/**
 * How a practice's rank changed between two rankings of the same situation (see
 * {@link PracticeMatcher#whatIf}). Ranks are places in the full ranking of the candidates, so a
 * practice that was outside the top k before still has a rank before.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * RankChange c = RankChange.of(14, 5, 2);
 * c.change();   // 3: moved up three places
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class RankChange {

    RankChange() {}

    /**
     * Returns the practice's number.
     *
     * @return the number, at least 1
     */
    @Value.Parameter
    public abstract int practiceNumber();

    /**
     * Returns the practice's rank before the change.
     *
     * @return the rank, at least 1
     */
    @Value.Parameter
    public abstract int before();

    /**
     * Returns the practice's rank after the change.
     *
     * @return the rank, at least 1
     */
    @Value.Parameter
    public abstract int after();

    /**
     * Returns how many places the practice moved up: positive when it rose, negative when it fell.
     *
     * @return {@code before() - after()}
     */
    public final int change() {
        return before() - after();
    }

    /**
     * Returns a rank change.
     *
     * @param practiceNumber the practice's number, at least 1
     * @param before the rank before, at least 1
     * @param after the rank after, at least 1
     * @return the change, not null
     */
    public static RankChange of(int practiceNumber, int before, int after) {
        return ImmutableRankChange.of(practiceNumber, before, after);
    }

    /**
     * Returns the practice and its ranks.
     *
     * @return a readable form, such as {@code "practice 14: 5 -> 2 (+3)"}
     */
    @Override
    public String toString() {
        return "practice " + practiceNumber() + ": " + before() + " -> " + after()
                + " (" + (change() > 0 ? "+" : "") + change() + ")";
    }
}
