package org.secunity.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Grounded;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;
import org.secunity.serialization.SeedCatalog;

/**
 * The practice matcher over the seed catalog (22 practices) and over generated catalogs of 1,000
 * and 100,000 practices.
 *
 * <p>A generated catalog looks like real growth rather than clones (issue 13): {@code n}
 * practices over {@code max(1, n / 100)} communities (about 1,000 for 100,000 practices), each
 * community with a random region, prefecture, legal form and organizer type, each practice with
 * one to three random effect tags, one to three challenges, up to two partners, sometimes a stage
 * and an organizer type, all from a {@link Random} with a fixed seed. It and the matcher's index
 * are built once per trial, outside the measurement. Two measures:
 *
 * <ul>
 *   <li>{@link #topTenForOneSituation}: the explained top 10 for one situation that states every
 *       part (stage, secretariat, region, goals, challenges, partners, an adopted practice);
 *   <li>{@link #topTenForEach10000Situations}: the explained top 10 for each of 10,000 situations
 *       drawn once from a seeded {@link Random} over the whole vocabulary, reported per batch.
 * </ul>
 *
 * <p>Reasons are built only for the returned top 10. Every ranking is returned to JMH or consumed
 * by the {@link Blackhole}, and the situations are read from fields of the state, so nothing can
 * be hoisted or folded away.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MatcherBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class MatcherBenchmark {

    /** How many situations {@link #topTenForEach10000Situations} ranks for. */
    static final int BATCH = 10_000;

    /** How many practices each ranking returns. */
    static final int K = 10;

    /** The seed of the batch's situations. */
    static final long SEED = 20210201L;

    private static final CommunityStage[] stages = CommunityStage.values();
    private static final OrganizerType[] organizers = OrganizerType.values();
    private static final Prefecture[] prefectures = Prefecture.values();
    private static final LegalForm[] forms = LegalForm.values();
    private static final EffectTag[] tags = EffectTag.values();
    private static final Challenge[] challenges = Challenge.values();
    private static final PartnerKind[] partners = PartnerKind.values();

    /** The number of practices: 22 is the seed catalog, others a generated one. */
    @Param({"22", "1000", "100000"})
    public int practices;

    private PracticeMatcher matcher;
    private Situation one;
    private Situation[] batch;

    /** Builds the catalog, the matcher's index and the situations, and checks the rankings' shape. */
    @Setup(Level.Trial)
    public void setUp() {
        Catalog catalog = practices == SeedCatalog.load().practices().size() ? SeedCatalog.load()
                : generated(practices, new Random(SEED));
        matcher = PracticeMatcher.of(catalog);
        one = Situation.builder()
                .stage(CommunityStage.GROWING)
                .organizerType(OrganizerType.PUBLIC_AGENCY)
                .region(Region.TOHOKU)
                .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
                .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 0.5)
                .addChallenges(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE, Challenge.INSUFFICIENT_INFORMATION)
                .addPartners(PartnerKind.UNIVERSITY, PartnerKind.IT_VENDOR)
                .addAdoptedPractice(8)
                .build();
        batch = situations(BATCH, practices, new Random(SEED));
        int expected = Math.min(K, practices - 1);
        Ranking r = matcher.recommend(one, K);
        if (r.recommendations().size() != expected || r.candidates() != practices - 1) {
            throw new IllegalStateException("expected " + expected + " of " + (practices - 1) + " candidates, got "
                    + r.recommendations().size() + " of " + r.candidates());
        }
    }

    /**
     * A generated catalog of {@code n} practices over {@code max(1, n / 100)} communities, with
     * random curation drawn from {@code random}; every link carries a placeholder quote.
     */
    static Catalog generated(int n, Random random) {
        int communities = Math.max(1, n / 100);
        Catalog.Builder catalog = Catalog.builder();
        List<CommunityId> ids = new ArrayList<>(communities);
        for (int c = 0; c < communities; c++) {
            CommunityId id = CommunityId.of("community-" + c);
            ids.add(id);
            Prefecture prefecture = prefectures[random.nextInt(prefectures.length)];
            Community.Builder b = Community.builder()
                    .id(id)
                    .name(BilingualText.of("コミュニティ" + c, "Community " + c))
                    .region(prefecture.region())
                    .prefecture(prefecture)
                    .organizerType(Grounded.of(organizers[random.nextInt(organizers.length)], "generated"));
            if (random.nextInt(3) == 0) {
                b.legalForm(forms[random.nextInt(forms.length)]);
            }
            catalog.addCommunities(b.build());
        }
        for (int i = 1; i <= n; i++) {
            Practice.Builder p = Practice.builder()
                    .number(i)
                    .title(BilingualText.of("プラクティス" + i, "Practice " + i))
                    .purpose(BilingualText.of("目的" + i, "Purpose " + i))
                    .community(ids.get(random.nextInt(ids.size())));
            for (EffectTag t : pick(tags, 1 + random.nextInt(3), random)) {
                p.addEffectTag(t, "generated");
            }
            for (Challenge c : pick(challenges, 1 + random.nextInt(3), random)) {
                p.addChallenge(c, "generated");
            }
            for (PartnerKind k : pick(partners, random.nextInt(3), random)) {
                p.addPartner(k, "generated");
            }
            if (random.nextInt(4) == 0) {
                p.addStage(stages[random.nextInt(stages.length)], "generated");
            }
            if (random.nextInt(3) == 0) {
                p.addOrganizerType(organizers[random.nextInt(organizers.length)], "generated");
            }
            catalog.addPractices(p.build());
        }
        return catalog.build();
    }

    /** {@code count} distinct values of {@code values}, drawn from {@code random}. */
    private static <E extends Enum<E>> List<E> pick(E[] values, int count, Random random) {
        List<E> out = new ArrayList<>(count);
        while (out.size() < Math.min(count, values.length)) {
            E e = values[random.nextInt(values.length)];
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Situations drawn from {@code random} over the vocabulary: each part stated or not, one to
     * three challenges, up to three partners and up to two adopted practices of the catalog.
     */
    static Situation[] situations(int count, int practices, Random random) {
        Region[] regions = Region.values();
        Situation[] out = new Situation[count];
        for (int s = 0; s < count; s++) {
            Situation.Builder b = Situation.builder();
            if (random.nextInt(2) == 0) {
                b.stage(stages[random.nextInt(stages.length)]);
            }
            if (random.nextInt(10) < 7) {
                b.organizerType(organizers[random.nextInt(organizers.length)]);
            }
            switch (random.nextInt(4)) {
                case 0 -> b.region(regions[random.nextInt(regions.length)]);
                case 1 -> b.prefecture(prefectures[random.nextInt(prefectures.length)]);
                default -> { }
            }
            if (random.nextInt(5) == 0) {
                b.legalForm(forms[random.nextInt(forms.length)]);
            }
            for (EffectTag t : tags) {
                if (random.nextInt(5) < 2) {
                    b.putGoal(t, (1 + random.nextInt(4)) / 4.0);
                }
            }
            for (int c = 1 + random.nextInt(3); c > 0; c--) {
                b.addChallenge(challenges[random.nextInt(challenges.length)]);
            }
            for (int p = random.nextInt(4); p > 0; p--) {
                b.addPartner(partners[random.nextInt(partners.length)]);
            }
            for (int a = random.nextInt(3); a > 0; a--) {
                b.addAdoptedPractice(1 + random.nextInt(practices));
            }
            out[s] = b.build();
        }
        return out;
    }

    /**
     * The explained top 10 for one situation.
     *
     * @return the ranking, consumed by JMH
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Ranking topTenForOneSituation() {
        return matcher.recommend(one, K);
    }

    /**
     * The explained top 10 for each of 10,000 situations; reported per batch.
     *
     * @param blackhole consumes every ranking
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void topTenForEach10000Situations(Blackhole blackhole) {
        for (Situation s : batch) {
            blackhole.consume(matcher.recommend(s, K));
        }
    }
}
