package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.core.PartnerKind;

/**
 * One situation prepared for scoring against one index with one set of weights: lookup tables
 * for the goal and challenge matches, the stated context as bits, and the similarity of every
 * community, so that scoring a practice is a few array reads, bit operations and multiplications.
 *
 * <p>The match functions here are the only place the formulas are computed: ranking, explaining
 * and ranking-position queries all call them, so a recommendation's score is bit for bit the
 * score the practice was ranked by.
 */
final class Query {

    private static final EffectTag[] TAGS = EffectTag.values();

    final PracticeIndex index;
    final Situation situation;
    final double goalsWeight;
    final double challengesWeight;
    final double contextWeight;
    final double similarityWeight;

    private final double[] goalMatchByTags;
    private final long situationChallenges;
    private final double[] challengeMatchByCount;
    private final boolean stageStated;
    private final long stageBit;
    private final boolean organizerStated;
    private final long organizerBit;
    private final boolean partnersStated;
    private final long situationPartners;
    private final int contextStated;
    private final double[] similarityByCommunity;
    /** The indexes of the adopted practices, ascending. */
    final int[] adopted;

    private Query(PracticeIndex index, Situation situation, MatchWeights weights, int[] adopted) {
        this.index = index;
        this.situation = situation;
        // + 0.0 turns a -0.0 weight into 0.0, so that no contribution is -0.0
        this.goalsWeight = weights.goals() + 0.0;
        this.challengesWeight = weights.challenges() + 0.0;
        this.contextWeight = weights.context() + 0.0;
        this.similarityWeight = weights.similarity() + 0.0;
        this.adopted = adopted;

        this.goalMatchByTags = goalTable(situation);

        this.situationChallenges = PracticeIndex.mask(situation.challenges());
        int stated = situation.challenges().size();
        this.challengeMatchByCount = new double[stated + 1];
        for (int k = 0; k <= stated; k++) {
            challengeMatchByCount[k] = stated == 0 ? 0.0 : (double) k / stated;
        }

        this.stageStated = situation.stage().isPresent();
        this.stageBit = situation.stage().map(s -> 1L << s.ordinal()).orElse(0L);
        this.organizerStated = situation.organizerType().isPresent();
        this.organizerBit = situation.organizerType().map(o -> 1L << o.ordinal()).orElse(0L);
        this.partnersStated = !situation.partners().isEmpty();
        this.situationPartners = PracticeIndex.mask(situation.partners());
        this.contextStated = (stageStated ? 1 : 0) + (organizerStated ? 1 : 0) + (partnersStated ? 1 : 0);

        this.similarityByCommunity = new double[index.profiles.length];
        for (int c = 0; c < index.profiles.length; c++) {
            similarityByCommunity[c] = similarity(index.profiles[c]);
        }
    }

    /**
     * Prepares a situation; rejects adopted practice numbers the catalog does not have.
     *
     * @throws SecunityDataException naming {@code adoptedPractices}, the number and the valid range
     */
    static Query of(PracticeIndex index, Situation situation, MatchWeights weights) {
        List<Violation> violations = new ArrayList<>();
        int[] adopted = new int[situation.adoptedPractices().size()];
        int count = 0;
        for (int number : situation.adoptedPractices()) {
            int i = index.indexOf(number);
            if (i < 0) {
                violations.add(new Violation("adoptedPractices", "unknown practice " + number + "; "
                        + PracticeMatcher.range(index.size())));
            } else {
                adopted[count++] = i;
            }
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
        // adoptedPractices is a sorted set, so the indexes are ascending and distinct
        return new Query(index, situation, weights, adopted);
    }

    /** The number of practices ranked: the catalog's less the adopted ones. */
    int candidates() {
        return index.size() - adopted.length;
    }

    boolean isAdopted(int i) {
        return java.util.Arrays.binarySearch(adopted, i) >= 0;
    }

    // ---- the four matches, each in [0, 1]

    /**
     * GOALS: the share of the stated goal weight the practice's tags meet, computed as
     * {@code 1 - unmet / total} with both sums taken in the order of {@link EffectTag}; 0 when no
     * goal has a positive weight.
     */
    double goals(int i) {
        return goalMatchByTags[index.tags[i]];
    }

    /** CHALLENGES: the share of the situation's challenges the practice addresses; 0 when none are stated. */
    double challenges(int i) {
        return challengeMatchByCount[Long.bitCount(index.challenges[i] & situationChallenges)];
    }

    /**
     * CONTEXT: the mean fit over the stated parts of the context (stage, organizer type, partners);
     * 0 when none is stated. Stage and organizer type fit 1 when the source ties the practice to
     * the situation's value, 0 when it ties it only to others, 0.5 when it says nothing. Partners
     * fit by the share of the practice's needed partners the community has; 1 when it needs none.
     */
    double context(int i) {
        if (contextStated == 0) {
            return 0.0;
        }
        double sum = 0.0;
        if (stageStated) {
            sum += fit(index.stages[i], stageBit);
        }
        if (organizerStated) {
            sum += fit(index.organizers[i], organizerBit);
        }
        if (partnersStated) {
            long needed = index.partners[i];
            sum += needed == 0 ? 1.0 : (double) Long.bitCount(needed & situationPartners) / Long.bitCount(needed);
        }
        return sum / contextStated;
    }

    /** SIMILARITY: the similarity of the situation to the practice's community; 0 for a practice without one. */
    double similarity(int i) {
        int c = index.community[i];
        return c < 0 ? 0.0 : similarityByCommunity[c];
    }

    double similarityOfCommunity(int c) {
        return similarityByCommunity[c];
    }

    /** The score: the four contributions added in the order of {@link Signal}. */
    double score(int i) {
        return sum(goalsWeight * goals(i), challengesWeight * challenges(i), contextWeight * context(i),
                similarityWeight * similarity(i));
    }

    static double sum(double goals, double challenges, double context, double similarity) {
        return ((goals + challenges) + context) + similarity;
    }

    /** Whether practice {@code a} (score {@code sa}) ranks before practice {@code b} (score {@code sb}). */
    static boolean before(double sa, int a, double sb, int b) {
        return sa > sb || (sa == sb && a < b);
    }

    /** The place of practice {@code i} in the full ranking: 1 + the candidates ranked before it. */
    int rank(int i) {
        double s = score(i);
        int ahead = 0;
        int next = 0;
        for (int j = 0; j < index.size(); j++) {
            if (next < adopted.length && adopted[next] == j) {
                next++;
                continue;
            }
            if (j != i && before(score(j), j, s, i)) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    // ---- helpers

    private static double fit(long practiceMask, long situationBit) {
        if (practiceMask == 0) {
            return 0.5;
        }
        return (practiceMask & situationBit) != 0 ? 1.0 : 0.0;
    }

    private static double[] goalTable(Situation situation) {
        double[] weights = new double[TAGS.length];
        double total = 0.0;
        for (EffectTag t : TAGS) {
            weights[t.ordinal()] = situation.goal(t);
            total += weights[t.ordinal()];
        }
        double[] table = new double[1 << TAGS.length];
        if (!(total > 0.0)) {
            return table;
        }
        for (int mask = 0; mask < table.length; mask++) {
            double unmet = 0.0;
            for (EffectTag t : TAGS) {
                if ((mask & (1 << t.ordinal())) == 0) {
                    unmet += weights[t.ordinal()];
                }
            }
            table[mask] = 1.0 - unmet / total;
        }
        return table;
    }

    /**
     * The similarity of the situation to a community's profile: the mean, over the parts the
     * situation states, of organizer type equal, region equal, prefecture equal, legal form
     * equal (each 1 or 0), and the Jaccard index of the challenges and of the partners.
     */
    private double similarity(PracticeIndex.Profile p) {
        Situation s = situation;
        int stated = 0;
        double sum = 0.0;
        if (s.organizerType().isPresent()) {
            stated++;
            sum += p.organizer == s.organizerType().get().ordinal() ? 1.0 : 0.0;
        }
        if (s.effectiveRegion().isPresent()) {
            stated++;
            sum += p.region == s.effectiveRegion().get().ordinal() ? 1.0 : 0.0;
        }
        if (s.prefecture().isPresent()) {
            stated++;
            sum += p.prefecture == s.prefecture().get().ordinal() ? 1.0 : 0.0;
        }
        if (s.legalForm().isPresent()) {
            stated++;
            sum += p.legalForm == s.legalForm().get().ordinal() ? 1.0 : 0.0;
        }
        if (!s.challenges().isEmpty()) {
            stated++;
            sum += jaccard(situationChallenges, p.challenges);
        }
        if (!s.partners().isEmpty()) {
            stated++;
            sum += jaccard(situationPartners, p.partners);
        }
        return stated == 0 ? 0.0 : sum / stated;
    }

    static double jaccard(long a, long b) {
        long union = a | b;
        return union == 0 ? 0.0 : (double) Long.bitCount(a & b) / Long.bitCount(union);
    }

    static List<Challenge> challenges(long mask) {
        return PracticeIndex.values(mask, Challenge.values());
    }

    static List<PartnerKind> partners(long mask) {
        return PracticeIndex.values(mask, PartnerKind.values());
    }
}
