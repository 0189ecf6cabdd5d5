package org.secunity.matching.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.matching.Situation;
import org.secunity.matching.internal.SecunityStyle;

/**
 * One evaluation case: a situation and the practices a careful reader of the source would
 * recommend for it, with a line saying why.
 *
 * <p>A relevant practice cannot also be adopted by the situation (an adopted practice is never
 * recommended). Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * EvaluationCase c = EvaluationCase.builder()
 *         .id("staff-rotation")
 *         .situation(Situation.builder().addChallenge(Challenge.STAFF_ROTATION).build())
 *         .addRelevant(3, 15)
 *         .why("3: 人事異動を通じて定期的な担当者の異動が避けられない; 15: 出向者等で構成")
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class EvaluationCase {

    EvaluationCase() {}

    /**
     * Returns the case's ID.
     *
     * @return the ID, not blank
     */
    public abstract String id();

    /**
     * Returns the situation.
     *
     * @return the situation, not null
     */
    public abstract Situation situation();

    /**
     * Returns the numbers of the practices a careful reader would recommend.
     *
     * @return the practice numbers, not empty, each at least 1 and not adopted, ascending, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedSet<Integer> relevant();

    /**
     * Returns why those practices are relevant, citing the source.
     *
     * @return the note, or empty
     */
    public abstract Optional<String> why();

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
        if (id().isBlank()) {
            violations.add(new Violation("id", "must not be blank"));
        }
        if (relevant().isEmpty()) {
            violations.add(new Violation("relevant", "must name at least one practice"));
        }
        for (int number : relevant()) {
            if (number < 1) {
                violations.add(new Violation("relevant", "practice number must be >= 1, but was " + number));
            } else if (situation().adoptedPractices().contains(number)) {
                violations.add(new Violation("relevant", "practice " + number
                        + " is also in the situation's adoptedPractices, so it can never be recommended"));
            }
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null,
                    violations.stream().map(v -> v.under("case " + id())).toList(), null);
        }
    }

    /** Builds an {@link EvaluationCase}; {@code id}, {@code situation} and at least one relevant practice are required. */
    public static final class Builder extends ImmutableEvaluationCase.Builder {
        Builder() {}
    }
}
