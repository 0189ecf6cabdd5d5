package org.secunity.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.SecunityException;
import org.secunity.core.Practice;

/**
 * A practice recommended for a situation, with its rank, its score and why.
 *
 * <p>The score is the sum of the {@link #contributions()}, added in the order of {@link Signal}
 * (so {@code contribution(GOALS) + contribution(CHALLENGES) + contribution(CONTEXT) +
 * contribution(SIMILARITY) == score()} holds exactly); each contribution is the signal's weight
 * times its {@link #matches() match}. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Recommendation r = matcher.explain(situation, 15);
 * r.rank();                                  // 1
 * r.score();                                 // 0.6
 * r.contribution(Signal.CHALLENGES);         // 0.45: weight 0.45 × 1 challenge addressed
 * r.reasons().forEach(System.out::println);  // CHALLENGE LACK_OF_EXPERTISE: Addresses your challenge: …
 * }</pre>
 */
public abstract class Recommendation {

    Recommendation() {}

    /**
     * Returns the recommended practice.
     *
     * @return the practice, not null
     */
    public abstract Practice practice();

    /**
     * Returns the practice's place in the full ranking of the situation's candidates: 1 + the
     * number of candidates that rank strictly before it (a higher score, or an equal score and
     * stronger evidence; see {@link PracticeMatcher}). Practices equal in both share their rank
     * (1, 2, 2, 4, …), and {@link #equalRank()} says so.
     *
     * @return the rank, at least 1
     */
    public abstract int rank();

    /**
     * Returns whether another candidate has the same score and evidence, and so the same rank.
     * Equal practices are listed in catalog order, which says nothing about which is better.
     *
     * @return true when the rank is shared; false unless set
     */
    public abstract boolean equalRank();

    /**
     * Returns the score: the sum of the contributions.
     *
     * @return the score, in [0, the total of the weights]
     */
    public abstract double score();

    /**
     * Returns each signal's match: how well the practice does on the signal, before weighting.
     *
     * @return a finite match at least 0 for every signal, in the order of {@link Signal}
     *     (GOALS: the summed weight of the goals met; CHALLENGES: the number of challenges
     *     addressed; CONTEXT and SIMILARITY: in [0, 1]), unmodifiable
     */
    public abstract Map<Signal, Double> matches();

    /**
     * Returns each signal's contribution to the score: its weight times its match.
     *
     * @return a contribution for every signal, in the order of {@link Signal}, unmodifiable
     */
    public abstract Map<Signal, Double> contributions();

    /**
     * Returns the reasons, grouped by signal in the order of {@link Signal}.
     *
     * @return the reasons, unmodifiable
     */
    public abstract List<Reason> reasons();

    /**
     * Returns the recommended practice's number.
     *
     * @return the number, at least 1
     */
    public final int practiceNumber() {
        return practice().number();
    }

    /**
     * Returns a signal's match.
     *
     * @param signal the signal, not null
     * @return the match, at least 0, or 0 when the recommendation has none for the signal
     */
    public final double match(Signal signal) {
        Double m = matches().get(signal);
        return m == null ? 0.0 : m;
    }

    /**
     * Returns a signal's contribution to the score.
     *
     * @param signal the signal, not null
     * @return the contribution, or 0 when the recommendation has none for the signal
     */
    public final double contribution(Signal signal) {
        Double c = contributions().get(signal);
        return c == null ? 0.0 : c;
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    private static final Signal[] SIGNALS = Signal.values();

    /**
     * A recommendation from the parts the matcher computed: all four matches and contributions,
     * and reasons no one else holds, kept without a copy (issue 13).
     */
    static Recommendation of(Practice practice, int rank, boolean equalRank, double score, SignalMap matches,
            SignalMap contributions, List<Reason> reasons) {
        return new Fields(practice, rank, equalRank, score, matches, contributions,
                reasons.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(reasons)).validated();
    }

    void check() {
        // no allocation unless something is wrong (issue 13: explaining builds many recommendations)
        List<Violation> violations = null;
        if (rank() < 1) {
            violations = add(violations, new Violation("rank", "must be >= 1, but was " + rank()));
        }
        if (!(score() >= 0.0) || Double.isInfinite(score())) {
            violations = add(violations, new Violation("score", "must be a finite number >= 0, but was " + score()));
        }
        Map<Signal, Double> matches = matches();
        for (Signal signal : SIGNALS) {
            Double m = matches.get(signal);
            if (m != null && (!(m >= 0.0) || Double.isInfinite(m))) {
                violations = add(violations,
                        new Violation("matches." + signal.id(), "must be a finite number >= 0, but was " + m));
            }
        }
        if (violations != null) {
            throw new SecunityDataException(null,
                    violations.stream().map(v -> v.under("practice " + practice().number())).toList(), null);
        }
    }

    private static List<Violation> add(List<Violation> violations, Violation v) {
        List<Violation> out = violations == null ? new ArrayList<>() : violations;
        out.add(v);
        return out;
    }

    /**
     * Returns the rank, the practice number, the score and the contributions.
     *
     * @return a readable form, such as {@code "#1 practice 15 score 0.74 {GOALS=0.3, …}"}; an
     *     equal rank is marked {@code "#=2"}
     */
    @Override
    public String toString() {
        return "#" + (equalRank() ? "=" : "") + rank() + " practice " + practiceNumber() + " score " + score() + " " + contributions();
    }

    /** The one implementation: immutable fields, compared by value. */
    private static final class Fields extends Recommendation {
        private final Practice practice;
        private final int rank;
        private final boolean equalRank;
        private final double score;
        private final Map<Signal, Double> matches;
        private final Map<Signal, Double> contributions;
        private final List<Reason> reasons;

        Fields(Practice practice, int rank, boolean equalRank, double score, Map<Signal, Double> matches,
                Map<Signal, Double> contributions, List<Reason> reasons) {
            this.practice = practice;
            this.rank = rank;
            this.equalRank = equalRank;
            this.score = score;
            this.matches = matches;
            this.contributions = contributions;
            this.reasons = reasons;
        }

        Fields validated() {
            check();
            return this;
        }

        @Override
        public Practice practice() {
            return practice;
        }

        @Override
        public int rank() {
            return rank;
        }

        @Override
        public boolean equalRank() {
            return equalRank;
        }

        @Override
        public double score() {
            return score;
        }

        @Override
        public Map<Signal, Double> matches() {
            return matches;
        }

        @Override
        public Map<Signal, Double> contributions() {
            return contributions;
        }

        @Override
        public List<Reason> reasons() {
            return reasons;
        }

        @Override
        public boolean equals(Object another) {
            return this == another || another instanceof Fields o
                    && practice.equals(o.practice)
                    && rank == o.rank
                    && equalRank == o.equalRank
                    && Double.doubleToLongBits(score) == Double.doubleToLongBits(o.score)
                    && matches.equals(o.matches)
                    && contributions.equals(o.contributions)
                    && reasons.equals(o.reasons);
        }

        @Override
        public int hashCode() {
            int h = 5381;
            h += (h << 5) + practice.hashCode();
            h += (h << 5) + rank;
            h += (h << 5) + Boolean.hashCode(equalRank);
            h += (h << 5) + Double.hashCode(score);
            h += (h << 5) + matches.hashCode();
            h += (h << 5) + contributions.hashCode();
            h += (h << 5) + reasons.hashCode();
            return h;
        }
    }

    /**
     * Builds a {@link Recommendation}; {@code practice}, {@code rank} and {@code score} are required.
     * A missing one is reported by {@link #build()} with a {@link SecunityException} naming it.
     */
    public static final class Builder {
        private Practice practice;
        private boolean rankSet;
        private int rank;
        private boolean equalRank;
        private boolean scoreSet;
        private double score;
        private final EnumMap<Signal, Double> matches = new EnumMap<>(Signal.class);
        private final EnumMap<Signal, Double> contributions = new EnumMap<>(Signal.class);
        private final List<Reason> reasons = new ArrayList<>();

        Builder() {}

        /**
         * Sets every attribute from a recommendation; matches, contributions and reasons are added
         * to those already set.
         *
         * @param instance the recommendation, not null
         * @return this builder
         */
        public Builder from(Recommendation instance) {
            Objects.requireNonNull(instance, "instance");
            practice(instance.practice());
            rank(instance.rank());
            equalRank(instance.equalRank());
            score(instance.score());
            putAllMatches(instance.matches());
            putAllContributions(instance.contributions());
            addAllReasons(instance.reasons());
            return this;
        }

        /**
         * Sets the practice.
         *
         * @param practice the practice, not null
         * @return this builder
         */
        public Builder practice(Practice practice) {
            this.practice = Objects.requireNonNull(practice, "practice");
            return this;
        }

        /**
         * Sets the rank.
         *
         * @param rank the rank, at least 1
         * @return this builder
         */
        public Builder rank(int rank) {
            this.rank = rank;
            this.rankSet = true;
            return this;
        }

        /**
         * Sets whether the rank is shared.
         *
         * @param equalRank whether another candidate has the same score and evidence
         * @return this builder
         */
        public Builder equalRank(boolean equalRank) {
            this.equalRank = equalRank;
            return this;
        }

        /**
         * Sets the score.
         *
         * @param score the score, finite and at least 0
         * @return this builder
         */
        public Builder score(double score) {
            this.score = score;
            this.scoreSet = true;
            return this;
        }

        /**
         * Puts one signal's match.
         *
         * @param key the signal, not null
         * @param value the match
         * @return this builder
         */
        public Builder putMatche(Signal key, double value) {
            matches.put(Objects.requireNonNull(key, "matches key"), value);
            return this;
        }

        /**
         * Puts one signal's match.
         *
         * @param entry the signal and its match, neither null
         * @return this builder
         */
        public Builder putMatche(Map.Entry<Signal, ? extends Double> entry) {
            return putEntry(matches, "matches", entry.getKey(), entry.getValue());
        }

        /**
         * Replaces the matches.
         *
         * @param entries the matches, no null key or value
         * @return this builder
         */
        public Builder matches(Map<Signal, ? extends Double> entries) {
            matches.clear();
            return putAllMatches(entries);
        }

        /**
         * Puts several matches.
         *
         * @param entries the matches, no null key or value
         * @return this builder
         */
        public Builder putAllMatches(Map<Signal, ? extends Double> entries) {
            return putAll(matches, "matches", entries);
        }

        /**
         * Puts one signal's contribution.
         *
         * @param key the signal, not null
         * @param value the contribution
         * @return this builder
         */
        public Builder putContribution(Signal key, double value) {
            contributions.put(Objects.requireNonNull(key, "contributions key"), value);
            return this;
        }

        /**
         * Puts one signal's contribution.
         *
         * @param entry the signal and its contribution, neither null
         * @return this builder
         */
        public Builder putContribution(Map.Entry<Signal, ? extends Double> entry) {
            return putEntry(contributions, "contributions", entry.getKey(), entry.getValue());
        }

        /**
         * Replaces the contributions.
         *
         * @param entries the contributions, no null key or value
         * @return this builder
         */
        public Builder contributions(Map<Signal, ? extends Double> entries) {
            contributions.clear();
            return putAllContributions(entries);
        }

        /**
         * Puts several contributions.
         *
         * @param entries the contributions, no null key or value
         * @return this builder
         */
        public Builder putAllContributions(Map<Signal, ? extends Double> entries) {
            return putAll(contributions, "contributions", entries);
        }

        private Builder putAll(EnumMap<Signal, Double> map, String name, Map<Signal, ? extends Double> entries) {
            for (Map.Entry<Signal, ? extends Double> e : entries.entrySet()) {
                putEntry(map, name, e.getKey(), e.getValue());
            }
            return this;
        }

        private Builder putEntry(EnumMap<Signal, Double> map, String name, Signal k, Double v) {
            map.put(Objects.requireNonNull(k, name + " key"),
                    Objects.requireNonNull(v, v == null ? name + " value for key: " + k : null));
            return this;
        }

        /**
         * Adds a reason.
         *
         * @param element the reason, not null
         * @return this builder
         */
        public Builder addReason(Reason element) {
            reasons.add(Objects.requireNonNull(element, "reasons element"));
            return this;
        }

        /**
         * Adds reasons.
         *
         * @param elements the reasons, none null
         * @return this builder
         */
        public Builder addReasons(Reason... elements) {
            for (Reason element : elements) {
                addReason(element);
            }
            return this;
        }

        /**
         * Replaces the reasons.
         *
         * @param elements the reasons, none null
         * @return this builder
         */
        public Builder reasons(Iterable<? extends Reason> elements) {
            reasons.clear();
            return addAllReasons(elements);
        }

        /**
         * Adds reasons.
         *
         * @param elements the reasons, none null
         * @return this builder
         */
        public Builder addAllReasons(Iterable<? extends Reason> elements) {
            for (Reason element : elements) {
                addReason(element);
            }
            return this;
        }

        /**
         * Builds the recommendation.
         *
         * @return the recommendation, not null
         * @throws SecunityException if the practice, the rank or the score is not set
         * @throws SecunityDataException if the rank, the score or a match is out of range
         */
        public Recommendation build() {
            if (practice == null || !rankSet || !scoreSet) {
                List<String> attributes = new ArrayList<>();
                if (practice == null) {
                    attributes.add("practice");
                }
                if (!rankSet) {
                    attributes.add("rank");
                }
                if (!scoreSet) {
                    attributes.add("score");
                }
                throw new SecunityException("Cannot build Recommendation, some of required attributes are not set "
                        + attributes);
            }
            List<Reason> kept = reasons.isEmpty() ? Collections.emptyList()
                    : Collections.unmodifiableList(new ArrayList<>(reasons));
            return new Fields(practice, rank, equalRank, score, SignalMap.copyOf(matches),
                    SignalMap.copyOf(contributions), kept).validated();
        }
    }
}
