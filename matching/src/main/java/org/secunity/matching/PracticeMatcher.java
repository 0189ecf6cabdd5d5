package org.secunity.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;

/**
 * Recommends practices for a community's {@link Situation}, best first, and says why.
 *
 * <p>A matcher indexes a catalog once ({@link #of(Catalog)}, linear in its size) and then scores
 * every practice for a situation in one pass of primitive arithmetic, keeping the best k in a
 * bounded heap; reasons and quotes are built only for the practices returned. Immutable and safe
 * to share between threads; {@link #withWeights} returns a matcher that shares the index.
 *
 * <pre>{@code
 * PracticeMatcher matcher = PracticeMatcher.of(catalog);
 * Situation ours = Situation.builder()
 *         .organizerType(OrganizerType.PUBLIC_AGENCY)
 *         .addChallenges(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE)
 *         .build();
 * Ranking top = matcher.recommend(ours, 5);            // 3 and 15 first
 * matcher.explain(ours, 18).rank();                    // where 18 ranked, and why
 * matcher.whatIf(ours, 5, Signal.SIMILARITY, 0.0);     // the ranking without the similarity signal
 * }</pre>
 *
 * <h2>Scoring</h2>
 *
 * <p>Each of the four {@link Signal}s gives a practice a match; the score is
 * {@code w_GOALS·m_GOALS + w_CHALLENGES·m_CHALLENGES + w_CONTEXT·m_CONTEXT + w_SIMILARITY·m_SIMILARITY},
 * added in that order, with the weights of {@link MatchWeights} (defaults 0.3, 0.45, 0.15, 0.1).
 * The model is absolute: what a practice gets for a goal or a challenge does not depend on how
 * many other goals or challenges the situation states. A part of the situation that is not
 * stated counts for nothing: it neither raises nor lowers any practice. See
 * {@code docs/matching.md} for the reasoning and the evaluation figures.
 *
 * <ul>
 *   <li><b>GOALS</b> — the sum of the weights g(t) of the stated goals the practice's effect tags
 *       meet (in the order of {@code EffectTag}): a goal at 0.5 counts half a goal at 1.0; 0 when
 *       it meets none.
 *   <li><b>CHALLENGES</b> — {@code |C ∩ P|}, how many of the situation's challenges C the practice
 *       addresses; each stated challenge counts 1, so with the default weights a challenge a
 *       practice addresses (0.45) outweighs any single goal it meets (at most 0.3).
 *   <li><b>CONTEXT</b> — in [0, 1], the mean fit over the stated parts of the context, in this order:
 *       <ul>
 *         <li>stage: 1 when the source ties the practice to the situation's stage, 0 when it ties
 *             it only to other stages, 0.5 when it ties it to none;
 *         <li>organizer type: likewise (a practice the source ties to PUBLIC_AGENCY and POLICE
 *             secretariats fits those 1, a volunteer group 0, and a practice tied to none 0.5);
 *         <li>partners (stated when the situation names at least one):
 *             {@code 0.5 + 0.5 ×} the share of the partner kinds the practice needs that the
 *             community names; 0.5 when it needs none. The partners a situation lists are what it
 *             has, not all it could get, so a partner it does not name never lowers a practice.
 *       </ul>
 *       0 when no part is stated.
 *   <li><b>SIMILARITY</b> ("communities like yours did this") — in [0, 1], the similarity of the
 *       situation to the community the practice comes from: the mean, over the parts the
 *       situation states, of organizer type equal, region equal (a stated prefecture gives its
 *       region), prefecture equal, legal form equal (each 1 or 0), the Jaccard index of the
 *       situation's challenges and the challenges the community's practices address, and the
 *       Jaccard index of the situation's partners and the community's (the partners its practices
 *       need, and its named members mapped by kind: universities, colleges and schools →
 *       UNIVERSITY; security vendors and IT companies → IT_VENDOR; police → POLICE; business
 *       associations → BUSINESS_ASSOCIATION; national, independent and local government →
 *       PUBLIC_AGENCY; communities → EXISTING_COMMUNITY; a Privacy Mark review center role →
 *       PRIVACY_MARK_BODY; an expert role → EXPERTS). The situation's adopted practices are left
 *       out of their community's profile, so that a practice is never lifted only for being the
 *       sibling of one the community already follows. 0 for a practice of no single community.
 * </ul>
 *
 * <h2>Order and ties</h2>
 *
 * <p>Practices the situation has adopted are left out. The ranking is by score, highest first;
 * equal scores are ordered by evidence, never by practice number: first the number of stated
 * items the practice matches (goals met, challenges addressed, stage and organizer type it is
 * tied to, named partners it needs), then the number of challenges it addresses (challenges
 * before goals), then the strength of its grounding (the share of its own curated effect tags
 * and challenges that the situation matches: a practice whose source text is about exactly
 * what the situation states comes before one about many other things too). Practices still
 * equal share their rank ({@link Recommendation#equalRank()}) and are listed in catalog order.
 * The same matcher and situation always give the same ranking, bit for bit.
 */
public final class PracticeMatcher {

    private final PracticeIndex index;
    private final MatchWeights weights;
    /** Whether the top k is found by the pruned scan ({@link Query#offerPruned}) rather than the linear one. */
    private final boolean pruned;

    /**
     * From this many practices on, the top k is found by the pruned scan, which visits only the
     * groups of practices that can still enter it; below, the linear scan costs no more. CPU time
     * of an explained top 10, best of 20 rounds of 2,000 of the benchmark's situations (a throwaway
     * harness, 2026-12-03, load 2-3), linear / pruned: 22 practices 7.6-9.8 / 8.2 µs, 256 practices
     * 17-23 / 12-15 µs, 1,000 practices 33-37 / 18-23 µs, 2,000 practices 59-73 / 24-25 µs.
     */
    static final int PRUNED_SCAN_MIN_PRACTICES = 256;

    private PracticeMatcher(PracticeIndex index, MatchWeights weights, boolean pruned) {
        this.index = index;
        this.weights = weights;
        this.pruned = pruned;
    }

    private PracticeMatcher(PracticeIndex index, MatchWeights weights) {
        this(index, weights, index.size() >= PRUNED_SCAN_MIN_PRACTICES);
    }

    /** The same matcher with the pruned or the linear scan, whatever the catalog's size; for the tests. */
    PracticeMatcher scanning(boolean prunedScan) {
        return new PracticeMatcher(index, weights, prunedScan);
    }

    /**
     * Returns a matcher over a catalog with the default weights.
     *
     * @param catalog the catalog, not null
     * @return the matcher, not null
     */
    public static PracticeMatcher of(Catalog catalog) {
        return new PracticeMatcher(PracticeIndex.of(Objects.requireNonNull(catalog, "catalog")),
                MatchWeights.defaults());
    }

    /**
     * Returns a matcher over the same catalog with other weights; the index is shared.
     *
     * @param weights the weights, not null
     * @return the matcher, not null
     */
    public PracticeMatcher withWeights(MatchWeights weights) {
        return new PracticeMatcher(index, Objects.requireNonNull(weights, "weights"), pruned);
    }

    /**
     * Returns the catalog the matcher ranks.
     *
     * @return the catalog, not null
     */
    public Catalog catalog() {
        return index.catalog;
    }

    /**
     * Returns the weights the matcher scores with.
     *
     * @return the weights, not null
     */
    public MatchWeights weights() {
        return weights;
    }

    /**
     * Returns the best practices for a situation, explained.
     *
     * @param situation the situation, not null
     * @param k how many practices to return, at least 1; fewer are returned when the catalog has
     *     fewer candidates
     * @return the top k, best first, not null
     * @throws SecunityDataException if k is less than 1, or an adopted practice is not in the
     *     catalog (naming {@code adoptedPractices} and the valid range)
     */
    public Ranking recommend(Situation situation, int k) {
        Objects.requireNonNull(situation, "situation");
        checkK(k);
        return recommend(Query.of(index, situation, weights), k);
    }

    private static void checkK(int k) {
        if (k < 1) {
            throw new SecunityDataException("k", "must be >= 1, but was " + k);
        }
    }

    /** The top k of a prepared query, explained; k is at least 1. */
    private Ranking recommend(Query q, int k) {
        // one more than asked, to tell whether the last one returned shares its rank
        TopK top = new TopK(Math.min(k + 1, q.candidates()));
        if (pruned) {
            q.offerPruned(top);
        } else {
            q.offerAll(top);
        }
        int capacity = top.capacity();
        int[] best = new int[capacity];
        double[] scores = new double[capacity];
        long[] evidence = new long[capacity];
        int found = top.drainBestFirst(best, scores, evidence);
        int shown = Math.min(k, found);
        List<Recommendation> recommendations = new ArrayList<>(shown);
        int rank = 0;
        for (int r = 0; r < shown; r++) {
            // equal in score and evidence, as the heap ranked them
            boolean equalToPrevious = r > 0 && scores[r] == scores[r - 1] && evidence[r] == evidence[r - 1];
            boolean equalToNext = r + 1 < found && scores[r] == scores[r + 1] && evidence[r] == evidence[r + 1];
            rank = equalToPrevious ? rank : r + 1;
            recommendations.add(Reasons.recommendation(q, best[r], rank, equalToPrevious || equalToNext));
        }
        return Ranking.builder()
                .situation(q.situation)
                .weights(weights)
                .recommendations(recommendations)
                .candidates(q.candidates())
                .build();
    }

    /**
     * Returns every candidate practice for a situation, explained, best first.
     *
     * @param situation the situation, not null
     * @return the full ranking, not null
     * @throws SecunityDataException if an adopted practice is not in the catalog
     */
    public Ranking rankAll(Situation situation) {
        return recommend(situation, Math.max(1, index.size()));
    }

    /**
     * Explains where a practice ranks for a situation and why, whether or not it is in the top k.
     *
     * @param situation the situation, not null
     * @param practiceNumber the practice's number, in the catalog and not adopted by the situation
     * @return the practice's recommendation, with its rank in the full ranking, not null
     * @throws SecunityDataException if the practice is not in the catalog or is adopted (naming
     *     {@code practiceNumber}), or an adopted practice is not in the catalog
     */
    public Recommendation explain(Situation situation, int practiceNumber) {
        Objects.requireNonNull(situation, "situation");
        Query q = Query.of(index, situation, weights);
        int i = candidate(q, practiceNumber);
        int rank = q.rank(i);
        return Reasons.recommendation(q, i, Math.abs(rank), rank < 0);
    }

    /**
     * Returns the top k for a situation with the matcher's weights and with one weight changed, and
     * how every practice in either moved.
     *
     * @param situation the situation, not null
     * @param k how many practices to compare, at least 1
     * @param signal the signal whose weight changes, not null
     * @param weight the signal's new weight, finite, at least 0
     * @return both rankings and the rank changes, not null
     * @throws SecunityDataException if k is less than 1, the weight is negative, infinite or NaN,
     *     or an adopted practice is not in the catalog
     */
    public WhatIf whatIf(Situation situation, int k, Signal signal, double weight) {
        Objects.requireNonNull(signal, "signal");
        PracticeMatcher changed = withWeights(weights.with(signal, weight));
        Objects.requireNonNull(situation, "situation");
        checkK(k);
        Query beforeQuery = Query.of(index, situation, weights);
        Query afterQuery = Query.of(index, situation, changed.weights);
        Ranking before = recommend(beforeQuery, k);
        Ranking after = changed.recommend(afterQuery, k);
        List<RankChange> changes = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Recommendation r : after.recommendations()) {
            int number = r.practiceNumber();
            seen.add(number);
            int rankBefore = before.find(number).map(Recommendation::rank).orElseGet(() -> Math.abs(beforeQuery.rank(number - 1)));
            changes.add(RankChange.of(number, rankBefore, r.rank()));
        }
        for (Recommendation r : before.recommendations()) {
            int number = r.practiceNumber();
            if (!seen.contains(number)) {
                changes.add(RankChange.of(number, r.rank(), Math.abs(afterQuery.rank(number - 1))));
            }
        }
        return WhatIf.builder().signal(signal).before(before).after(after).changes(changes).build();
    }

    /**
     * Returns a matcher whose profile of a practice's community leaves the practice out, for
     * leave-one-out analysis.
     */
    PracticeMatcher withoutProfileOf(int practiceNumber) {
        int i = index.indexOf(practiceNumber);
        if (i < 0) {
            throw new SecunityDataException("practiceNumber",
                    "unknown practice " + practiceNumber + "; " + range(index.size()));
        }
        return new PracticeMatcher(index.withoutProfileOf(i), weights, pruned);
    }

    private int candidate(Query q, int practiceNumber) {
        int i = index.indexOf(practiceNumber);
        if (i < 0) {
            throw new SecunityDataException("practiceNumber",
                    "unknown practice " + practiceNumber + "; " + range(index.size()));
        }
        if (q.isAdopted(i)) {
            throw new SecunityDataException("practiceNumber", "practice " + practiceNumber
                    + " is in the situation's adoptedPractices, so it is not ranked");
        }
        return i;
    }

    /** The valid practice numbers of a catalog of n practices, as a message fragment. */
    static String range(int n) {
        return n == 0 ? "the catalog has no practices" : "the catalog has practices 1.." + n;
    }

    /**
     * Returns the catalog's size and the weights.
     *
     * @return a readable form, such as {@code "PracticeMatcher[22 practices, MatchWeights{…}]"}
     */
    @Override
    public String toString() {
        return "PracticeMatcher[" + index.size() + " practices, " + weights + "]";
    }
}
