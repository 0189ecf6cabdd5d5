package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
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

    /** The situation's goal weight of each effect tag, by ordinal; 0 when not a goal. */
    final double[] goalWeights;
    private final double[] goalMatchByTags;
    /** The situation's challenges and partners as masks, for scoring and for the reasons. */
    final long situationChallenges;
    private final double[] challengeMatchByCount;
    /** The weighted contributions the score adds, looked up rather than computed per practice. */
    private final double[] goalContributionByTags;
    private final double[] challengeContributionByCount;
    /** By {@link #contextCode}; null for a small catalog, where building it costs more than it saves. */
    private final double[] contextContributionByCode;
    /** By community index + 1; entry 0 is a practice of no single community. */
    private final double[] similarityContributionByCommunity;
    private final boolean stageStated;
    private final long stageBit;
    private final boolean organizerStated;
    private final long organizerBit;
    private final boolean partnersStated;
    final long situationPartners;
    private final int contextStated;
    private final double[] similarityByCommunity;
    /**
     * The situation's stated parts, null when not stated: read once here, since the situation's
     * optional accessors wrap their value in a new {@code Optional} on every call.
     */
    final CommunityStage stage;
    final OrganizerType organizerType;
    final Region region;
    final Prefecture prefecture;
    final LegalForm legalForm;
    /** The situation's stated similarity parts as ordinals, -1 when not stated. */
    private final int organizerOrdinal;
    private final int regionOrdinal;
    private final int prefectureOrdinal;
    private final int legalFormOrdinal;
    /**
     * The community profiles the similarity signal compares with: the index's, except that a
     * community with adopted practices is profiled without them (an adopted practice says what the
     * community has done, not what the situation is like, so it must not lift its siblings).
     */
    final PracticeIndex.Profile[] profiles;
    /** The situation's goals as a mask of effect tags with a positive weight. */
    private final int goalMask;
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

        this.goalWeights = new double[TAGS.length];
        for (EffectTag t : TAGS) {
            goalWeights[t.ordinal()] = situation.goal(t);
        }
        this.goalMatchByTags = goalTable(goalWeights);

        this.situationChallenges = PracticeIndex.mask(situation.challenges());
        int stated = situation.challenges().size();
        this.challengeMatchByCount = new double[stated + 1];
        for (int k = 0; k <= stated; k++) {
            challengeMatchByCount[k] = k;
        }

        this.stage = situation.stage().orElse(null);
        this.organizerType = situation.organizerType().orElse(null);
        this.region = situation.effectiveRegion().orElse(null);
        this.prefecture = situation.prefecture().orElse(null);
        this.legalForm = situation.legalForm().orElse(null);
        this.stageStated = stage != null;
        this.stageBit = stage == null ? 0L : 1L << stage.ordinal();
        this.organizerStated = organizerType != null;
        this.organizerBit = organizerType == null ? 0L : 1L << organizerType.ordinal();
        this.partnersStated = !situation.partners().isEmpty();
        this.situationPartners = PracticeIndex.mask(situation.partners());
        this.contextStated = (stageStated ? 1 : 0) + (organizerStated ? 1 : 0) + (partnersStated ? 1 : 0);

        int goals = 0;
        for (EffectTag t : TAGS) {
            if (goalWeights[t.ordinal()] > 0.0) {
                goals |= 1 << t.ordinal();
            }
        }
        this.goalMask = goals;

        this.organizerOrdinal = organizerType == null ? -1 : organizerType.ordinal();
        this.regionOrdinal = region == null ? -1 : region.ordinal();
        this.prefectureOrdinal = prefecture == null ? -1 : prefecture.ordinal();
        this.legalFormOrdinal = legalForm == null ? -1 : legalForm.ordinal();
        this.profiles = adopted.length == 0 ? index.profiles : index.profilesWithout(adopted);
        this.similarityByCommunity = new double[profiles.length];
        this.similarityContributionByCommunity = new double[profiles.length + 1];
        similarityContributionByCommunity[0] = similarityWeight * 0.0;
        for (int c = 0; c < profiles.length; c++) {
            similarityByCommunity[c] = similarity(profiles[c]);
            similarityContributionByCommunity[c + 1] = similarityWeight * similarityByCommunity[c];
        }

        this.goalContributionByTags = new double[goalMatchByTags.length];
        for (int t = 0; t < goalMatchByTags.length; t++) {
            goalContributionByTags[t] = goalsWeight * goalMatchByTags[t];
        }
        this.challengeContributionByCount = new double[challengeMatchByCount.length];
        for (int k = 0; k < challengeMatchByCount.length; k++) {
            challengeContributionByCount[k] = challengesWeight * challengeMatchByCount[k];
        }
        if (contextStated > 0 && index.size() >= CONTEXT_TABLE_MIN_PRACTICES) {
            this.contextContributionByCode = new double[FIT_CODES * FIT_CODES * PARTNER_COUNTS * PARTNER_COUNTS];
            for (int code = 0; code < contextContributionByCode.length; code++) {
                int met = code % PARTNER_COUNTS;
                int needed = code / PARTNER_COUNTS % PARTNER_COUNTS;
                int organizer = code / (PARTNER_COUNTS * PARTNER_COUNTS) % FIT_CODES;
                int stage = code / (PARTNER_COUNTS * PARTNER_COUNTS * FIT_CODES);
                contextContributionByCode[code] = contextWeight * context(stage, organizer, needed, met);
            }
        } else {
            this.contextContributionByCode = null;
        }
    }

    /**
     * From this many practices on, a query tabulates the weighted context contribution of every
     * combination of stage fit, organizer fit and partner counts (1,089 entries) instead of
     * computing it per practice; below, the table would cost more than it saves. Package-private
     * for the tests that compare both paths with the reference scorer.
     */
    static final int CONTEXT_TABLE_MIN_PRACTICES = 2048;

    /** The fits of a stage or organizer type: tied only to other values, tied to none, tied to it. */
    private static final double[] FIT = {0.0, 0.5, 1.0};
    private static final int FIT_CODES = FIT.length;
    /** 0..the number of partner kinds: how many a practice needs, and how many of those are named. */
    private static final int PARTNER_COUNTS = PartnerKind.values().length + 1;

    /**
     * The partner fit by the number of partner kinds a practice needs and the number of those the
     * situation names: {@code 0.5 + 0.5 × met / needed}, 0.5 when it needs none; a table, so that
     * scoring a practice divides once, not twice.
     */
    private static final double[][] PARTNER_FIT = new double[PARTNER_COUNTS][PARTNER_COUNTS];

    static {
        for (int needed = 0; needed < PARTNER_COUNTS; needed++) {
            for (int met = 0; met < PARTNER_COUNTS; met++) {
                PARTNER_FIT[needed][met] = needed == 0 ? 0.5 : 0.5 + 0.5 * met / needed;
            }
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
     * GOALS: the sum of the weights of the stated goals the practice's tags meet, added in the
     * order of {@link EffectTag}; 0 when it meets none. Absolute: a goal of weight 0.5 counts half
     * a goal of weight 1, whatever the other goals.
     */
    double goals(int i) {
        return goalMatchByTags[index.tags[i]];
    }

    /** CHALLENGES: how many of the situation's challenges the practice addresses; each counts 1. */
    double challenges(int i) {
        return challengeMatchByCount[Long.bitCount(index.challenges[i] & situationChallenges)];
    }

    /**
     * CONTEXT: the mean fit over the stated parts of the context (stage, organizer type, partners);
     * 0 when none is stated. Stage and organizer type fit 1 when the source ties the practice to
     * the situation's value, 0 when it ties it only to others, 0.5 when it says nothing. Partners
     * fit 0.5 + 0.5 × the share of the practice's needed partners the community names: a partner
     * the situation does not name is not held against the practice (the situation lists what it
     * has, not what it lacks), so a practice that needs none, or only unnamed ones, fits 0.5.
     */
    double context(int i) {
        long needed = index.partners[i];
        return context(fitCode(index.stages[i], stageBit), fitCode(index.organizers[i], organizerBit),
                Long.bitCount(needed), Long.bitCount(needed & situationPartners));
    }

    /**
     * The context match from a practice's stage and organizer fit codes (see {@link #fitCode}) and
     * the numbers of partner kinds it needs and of those the situation names; the one place the
     * formula is computed, whether per practice or into the query's table.
     */
    private double context(int stageFit, int organizerFit, int needed, int met) {
        if (contextStated == 0) {
            return 0.0;
        }
        double sum = 0.0;
        if (stageStated) {
            sum += FIT[stageFit];
        }
        if (organizerStated) {
            sum += FIT[organizerFit];
        }
        if (partnersStated) {
            sum += PARTNER_FIT[needed][met];
        }
        return sum / contextStated;
    }

    /** The weighted context contribution of a practice, from the table when the query has one. */
    private double contextContribution(int i) {
        return contextContribution(index.stages[i], index.organizers[i], index.partners[i]);
    }

    /** The weighted context contribution of a practice's stage, organizer and partner masks. */
    private double contextContribution(long stages, long organizers, long needed) {
        if (contextContributionByCode == null) {
            return contextWeight * context(fitCode(stages, stageBit), fitCode(organizers, organizerBit),
                    Long.bitCount(needed), Long.bitCount(needed & situationPartners));
        }
        int code = ((fitCode(stages, stageBit) * FIT_CODES + fitCode(organizers, organizerBit))
                * PARTNER_COUNTS + Long.bitCount(needed)) * PARTNER_COUNTS + Long.bitCount(needed & situationPartners);
        return contextContributionByCode[code];
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
        // the same products as goalsWeight * goals(i) and so on, looked up: bit for bit the same sum
        return sum(goalContributionByTags[index.tags[i]],
                challengeContributionByCount[Long.bitCount(index.challenges[i] & situationChallenges)],
                contextContribution(i),
                similarityContributionByCommunity[index.community[i] + 1]);
    }

    static double sum(double goals, double challenges, double context, double similarity) {
        return ((goals + challenges) + context) + similarity;
    }

    /** Offers every candidate to the heap, in catalog order. */
    void offerAll(TopK top) {
        int next = 0;
        int n = index.size();
        double floor = top.floor();
        for (int i = 0; i < n; i++) {
            if (next < adopted.length && adopted[next] == i) {
                next++;
                continue;
            }
            double s = score(i);
            // the evidence is needed only by a score that can still enter the heap
            if (s >= floor) {
                top.offer(i, s, evidence(i));
                floor = top.floor();
            }
        }
    }

    /**
     * Offers to the heap every candidate that can still enter it, and leaves out groups of
     * practices that cannot (issue 13). The index's {@link PracticeIndex.Groups groups} share their
     * challenge contribution (a bucket) and their goal contribution (a run), so the score of every
     * practice of a run is at most {@code sum(goal, challenge, max context, max similarity)}, and
     * floating-point addition and multiplication are monotone, so that bound holds bit for bit.
     * Buckets are visited by descending challenge contribution: once a bucket's bound (with the
     * largest goal contribution of the catalog) is strictly below the heap's floor, no later
     * practice can enter; a run whose bound is below the floor is skipped. A practice equal to the
     * floor may still enter on evidence or catalog order, so only a bound strictly below stops.
     * The heap's order is total, so the top k is the one {@link #offerAll} finds, ties included.
     * JMH {@code MatcherBenchmark.topTenForOneSituation}, 100,000 practices: 1.83 ms with the
     * linear scan (quiet machine), 0.05-0.09 ms with this one (2026-12-03, load 2.5-6).
     */
    void offerPruned(TopK top) {
        PracticeIndex.Groups g = index.groups;
        int buckets = g.bucketChallenges.length;
        int levels = challengeContributionByCount.length;
        // the buckets by challenges met, most first (a counting sort; the contribution grows with the count)
        int[] met = new int[buckets];
        int[] levelStart = new int[levels + 1];
        for (int b = 0; b < buckets; b++) {
            met[b] = Long.bitCount(g.bucketChallenges[b] & situationChallenges);
            levelStart[levels - met[b]]++;
        }
        for (int l = 0; l < levels; l++) {
            levelStart[l + 1] += levelStart[l];
        }
        int[] sorted = new int[buckets];
        for (int b = 0; b < buckets; b++) {
            sorted[levelStart[levels - 1 - met[b]]++] = b;
        }
        double maxGoals = 0.0;
        for (int tags : g.distinctTags) {
            maxGoals = Math.max(maxGoals, goalContributionByTags[tags]);
        }
        // a context match is at most 1 (a mean of fits of at most 1), so its contribution at most the weight
        double maxContext = contextStated == 0 ? 0.0 : contextWeight;
        double maxSimilarity = 0.0;
        for (double c : similarityContributionByCommunity) {
            maxSimilarity = Math.max(maxSimilarity, c);
        }
        double floor = top.floor();
        for (int at = 0; at < buckets; at++) {
            int b = sorted[at];
            double challenge = challengeContributionByCount[met[b]];
            if (sum(maxGoals, challenge, maxContext, maxSimilarity) < floor) {
                break;
            }
            for (int r = g.bucketFirstRun[b], end = g.bucketFirstRun[b + 1]; r < end; r++) {
                double goal = goalContributionByTags[g.runTags[r]];
                double bound = sum(goal, challenge, maxContext, maxSimilarity);
                for (int p = g.runStart[r], last = g.runStart[r + 1]; p < last && bound >= floor; p++) {
                    int i = g.order[p];
                    if (adopted.length > 0 && isAdopted(i)) {
                        continue;
                    }
                    double s = sum(goal, challenge, contextContribution(g.stages[p], g.organizers[p], g.partners[p]),
                            similarityContributionByCommunity[g.communityPlusOne[p]]);
                    if (s >= floor) {
                        top.offer(i, s, evidence(i));
                        floor = top.floor();
                    }
                }
            }
        }
    }

    /**
     * The evidence behind a practice's score, for breaking ties: higher is stronger. Packed into one
     * long, most significant first: the number of stated signals it matches (goals met, challenges
     * addressed, stage and organizer type it is tied to, partners it needs that the community
     * has), then the number of challenges it addresses (challenges before goals), then the
     * strength of its grounding: the share of its own curated effect tags and challenges that the
     * situation matched, in 1/65,536ths (a practice whose source text is about exactly what the
     * situation states before one that is about many other things too). Never the practice number.
     */
    long evidence(int i) {
        int goalsMet = Integer.bitCount(index.tags[i] & goalMask);
        int challengesMet = Long.bitCount(index.challenges[i] & situationChallenges);
        int matched = goalsMet + challengesMet
                + ((index.stages[i] & stageBit) != 0 ? 1 : 0)
                + ((index.organizers[i] & organizerBit) != 0 ? 1 : 0)
                + Long.bitCount(index.partners[i] & situationPartners);
        int links = Integer.bitCount(index.tags[i]) + Long.bitCount(index.challenges[i]);
        long strength = links == 0 ? 0 : ((long) (goalsMet + challengesMet) << 16) / links;
        return ((long) matched << 40) | ((long) challengesMet << 24) | strength;
    }

    /**
     * Whether practice {@code a} (score {@code sa}, evidence {@code ea}) ranks strictly before
     * practice {@code b}: a higher score, or an equal score and stronger evidence.
     */
    static boolean better(double sa, long ea, double sb, long eb) {
        return sa > sb || (sa == sb && ea > eb);
    }

    /**
     * Whether practice {@code a} is listed before practice {@code b}: it ranks before, or the two
     * are equal and {@code a} comes first in the catalog. The catalog order only lists equal
     * practices in a fixed order; they share their rank.
     */
    static boolean before(double sa, long ea, int a, double sb, long eb, int b) {
        return sa > sb || (sa == sb && (ea > eb || (ea == eb && a < b)));
    }

    /**
     * The place of practice {@code i} in the full ranking, and whether another candidate shares it.
     *
     * @return {@code 1 + the candidates strictly before it}, negated when another candidate is equal
     */
    int rank(int i) {
        double s = score(i);
        long e = evidence(i);
        int ahead = 0;
        boolean equal = false;
        int next = 0;
        for (int j = 0; j < index.size(); j++) {
            if (next < adopted.length && adopted[next] == j) {
                next++;
                continue;
            }
            if (j == i) {
                continue;
            }
            double sj = score(j);
            long ej = evidence(j);
            if (better(sj, ej, s, e)) {
                ahead++;
            } else if (sj == s && ej == e) {
                equal = true;
            }
        }
        return equal ? -(ahead + 1) : ahead + 1;
    }

    // ---- helpers

    /** The index into {@link #FIT} of a practice's stages or organizer types against the situation's value. */
    private static int fitCode(long practiceMask, long situationBit) {
        // without branches, which a random catalog mispredicts: 1 - (any tied) + 2 × (tied to it)
        long hit = practiceMask & situationBit;
        return 1 - (int) ((practiceMask | -practiceMask) >>> 63) + 2 * (int) ((hit | -hit) >>> 63);
    }

    /**
     * The goal match of every set of tags. A set's sum is its set without its highest tag plus that
     * tag's weight, so every entry is the sum taken in the order of {@link EffectTag}.
     */
    private static double[] goalTable(double[] weight) {
        double[] table = new double[1 << TAGS.length];
        table[0] = 0.0;
        for (int mask = 1; mask < table.length; mask++) {
            int highest = 31 - Integer.numberOfLeadingZeros(mask);
            table[mask] = table[mask & ~(1 << highest)] + weight[highest];
        }
        return table;
    }

    /**
     * The similarity of the situation to a community's profile: the mean, over the parts the
     * situation states, of organizer type equal, region equal, prefecture equal, legal form
     * equal (each 1 or 0), and the Jaccard index of the challenges and of the partners.
     */
    private double similarity(PracticeIndex.Profile p) {
        int stated = 0;
        double sum = 0.0;
        if (organizerOrdinal >= 0) {
            stated++;
            sum += p.organizer == organizerOrdinal ? 1.0 : 0.0;
        }
        if (regionOrdinal >= 0) {
            stated++;
            sum += p.region == regionOrdinal ? 1.0 : 0.0;
        }
        if (prefectureOrdinal >= 0) {
            stated++;
            sum += p.prefecture == prefectureOrdinal ? 1.0 : 0.0;
        }
        if (legalFormOrdinal >= 0) {
            stated++;
            sum += p.legalForm == legalFormOrdinal ? 1.0 : 0.0;
        }
        if (situationChallenges != 0) {
            stated++;
            sum += jaccard(situationChallenges, p.challenges);
        }
        if (situationPartners != 0) {
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
