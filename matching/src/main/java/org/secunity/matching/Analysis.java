package org.secunity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.DataTable;
import org.secunity.core.EffectTag;
import org.secunity.core.Practice;
import org.secunity.core.TableLayout;

/**
 * Helpers for researchers: how far a set of practices covers the vocabulary, which practices
 * resemble a given one, and how well the matcher finds a community's own practice when it is
 * hidden.
 *
 * <pre>{@code
 * Analysis.coverage(catalog, List.of(13, 14)).uncoveredEffectTags();
 * Analysis.similarPractices(catalog, 13, 3);
 * Analysis.leaveOneOut(PracticeMatcher.of(catalog)).forEach(System.out::println);
 * }</pre>
 */
public final class Analysis {

    private Analysis() {}

    /**
     * Returns how far a set of practices covers the effect tags and the challenges, and which
     * other practices of the catalog would fill each gap.
     *
     * @param catalog the catalog, not null
     * @param practices the practice numbers, not null, each in the catalog; repeats are ignored
     * @return the coverage, not null
     * @throws SecunityDataException if a practice is not in the catalog, naming every such number
     */
    public static Coverage coverage(Catalog catalog, Collection<Integer> practices) {
        Objects.requireNonNull(catalog, "catalog");
        Set<Integer> numbers = checkedNumbers(catalog, practices, "practices");
        EnumMap<EffectTag, List<Integer>> tags = new EnumMap<>(EffectTag.class);
        EnumMap<Challenge, List<Integer>> challenges = new EnumMap<>(Challenge.class);
        for (EffectTag t : EffectTag.values()) {
            tags.put(t, new ArrayList<>());
        }
        for (Challenge c : Challenge.values()) {
            challenges.put(c, new ArrayList<>());
        }
        for (int number : numbers) {
            Practice p = catalog.practice(number).orElseThrow();
            p.effectTags().forEach(t -> tags.get(t).add(number));
            p.challenges().forEach(c -> challenges.get(c).add(number));
        }
        // the Coverage is immutable, and Immutables copies the maps but not the lists in them
        tags.replaceAll((t, covering) -> List.copyOf(covering));
        challenges.replaceAll((c, covering) -> List.copyOf(covering));
        EnumMap<EffectTag, List<Integer>> tagFillers = new EnumMap<>(EffectTag.class);
        EnumMap<Challenge, List<Integer>> challengeFillers = new EnumMap<>(Challenge.class);
        tags.forEach((t, covering) -> {
            if (covering.isEmpty()) {
                tagFillers.put(t, numbers(catalog.practicesWithAnyTag(t)));
            }
        });
        challenges.forEach((c, covering) -> {
            if (covering.isEmpty()) {
                challengeFillers.put(c, numbers(catalog.practicesAddressing(c)));
            }
        });
        return Coverage.builder()
                .practices(numbers)
                .effectTags(tags)
                .challenges(challenges)
                .effectTagFillers(tagFillers)
                .challengeFillers(challengeFillers)
                .build();
    }

    /**
     * Returns the practices most similar to a given one. The similarity is the Jaccard index of
     * the two practices' curated features, effect tags, challenges and needed partners taken
     * together as one set: |shared| / |either|, 0 when neither has any. Ties are broken by the
     * lower practice number.
     *
     * @param catalog the catalog, not null
     * @param practiceNumber the practice, in the catalog
     * @param k how many similar practices to return, at least 1
     * @return the most similar other practices, most similar first, not null
     * @throws SecunityDataException if the practice is not in the catalog or k is less than 1
     */
    public static List<PracticeSimilarity> similarPractices(Catalog catalog, int practiceNumber, int k) {
        Objects.requireNonNull(catalog, "catalog");
        checkedNumbers(catalog, List.of(practiceNumber), "practiceNumber");
        if (k < 1) {
            throw new SecunityDataException("k", "must be >= 1, but was " + k);
        }
        Practice a = catalog.practice(practiceNumber).orElseThrow();
        int aTags = (int) PracticeIndex.mask(a.effectTags());
        long aChallenges = PracticeIndex.mask(a.challenges());
        long aPartners = PracticeIndex.mask(a.partners());
        record Scored(Practice practice, double similarity) {}
        List<Scored> scored = new ArrayList<>();
        for (Practice b : catalog.practices()) {
            if (b.number() == practiceNumber) {
                continue;
            }
            int bTags = (int) PracticeIndex.mask(b.effectTags());
            long bChallenges = PracticeIndex.mask(b.challenges());
            long bPartners = PracticeIndex.mask(b.partners());
            int shared = Integer.bitCount(aTags & bTags) + Long.bitCount(aChallenges & bChallenges)
                    + Long.bitCount(aPartners & bPartners);
            int either = Integer.bitCount(aTags | bTags) + Long.bitCount(aChallenges | bChallenges)
                    + Long.bitCount(aPartners | bPartners);
            scored.add(new Scored(b, either == 0 ? 0.0 : (double) shared / either));
        }
        scored.sort(Comparator.comparingDouble(Scored::similarity).reversed()
                .thenComparingInt(s -> s.practice().number()));
        List<PracticeSimilarity> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(k, scored.size()))) {
            Practice b = s.practice();
            out.add(PracticeSimilarity.builder()
                    .practiceNumber(b.number())
                    .similarity(s.similarity())
                    .sharedEffectTags(intersection(a.effectTags(), b.effectTags()))
                    .sharedChallenges(intersection(a.challenges(), b.challenges()))
                    .sharedPartners(intersection(a.partners(), b.partners()))
                    .build());
        }
        return List.copyOf(out);
    }

    /**
     * Returns the situation a community like a catalog community would state, from its profile,
     * with some of its practices hidden: its organizer type, region, prefecture and legal form;
     * the challenges its visible practices address; the partners its visible practices need and
     * its named members are (mapped as {@link PracticeMatcher} documents); as goals, each effect
     * tag weighted by the share of its visible practices that have it; and its visible practices
     * as adopted. The stage is not stated (the catalog does not record it).
     *
     * @param catalog the catalog, not null
     * @param community the community, in the catalog, not null
     * @param hidden the numbers of the practices to hide, not null; numbers that are not the
     *     community's are ignored
     * @return the situation, not null
     * @throws SecunityDataException if the community is not in the catalog
     */
    public static Situation situationOf(Catalog catalog, CommunityId community, Collection<Integer> hidden) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(hidden, "hidden");
        Community c = catalog.community(Objects.requireNonNull(community, "community"))
                .orElseThrow(() -> new SecunityDataException("community", "unknown community " + community
                        + "; the catalog has " + catalog.communities().stream().map(x -> x.id().value()).toList()));
        List<Practice> visible = catalog.practicesOf(c.id()).stream()
                .filter(p -> !hidden.contains(p.number()))
                .toList();
        Situation.Builder b = Situation.builder()
                .organizerType(c.organizerType().map(g -> g.value()))
                .region(c.region())
                .prefecture(c.prefecture())
                .legalForm(c.legalForm());
        long partners = PracticeIndex.membershipPartners(c);
        for (Practice p : visible) {
            b.addAllChallenges(p.challenges());
            partners |= PracticeIndex.mask(p.partners());
            b.addAdoptedPractice(p.number());
        }
        b.addAllPartners(Query.partners(partners));
        if (!visible.isEmpty()) {
            for (EffectTag t : EffectTag.values()) {
                long having = visible.stream().filter(p -> p.hasEffectTag(t)).count();
                if (having > 0) {
                    b.putGoal(t, (double) having / visible.size());
                }
            }
        }
        return b.build();
    }

    /**
     * Ranks, for every practice of every community in the matcher's catalog, that practice when
     * it is hidden: the situation is {@link #situationOf the one a community like it would state}
     * without the practice, and the community's profile for the similarity signal leaves the
     * practice out too. A good matcher ranks the hidden practice high.
     *
     * <p>The similarity signal still favours the hidden practice's own community, which matches
     * the situation on organizer type and region by construction; compare with a run at
     * {@code weights().with(Signal.SIMILARITY, 0)} to see how much of a rank that explains.
     *
     * @param matcher the matcher, with its catalog and weights, not null
     * @return one fold per practice of a community, in practice-number order, not null
     */
    public static List<LeaveOneOut> leaveOneOut(PracticeMatcher matcher) {
        Objects.requireNonNull(matcher, "matcher");
        Catalog catalog = matcher.catalog();
        List<LeaveOneOut> folds = new ArrayList<>();
        for (Practice p : catalog.practices()) {
            if (p.community().isEmpty()) {
                continue;
            }
            CommunityId id = p.community().get();
            Situation situation = situationOf(catalog, id, List.of(p.number()));
            Recommendation r = matcher.withoutProfileOf(p.number()).explain(situation, p.number());
            folds.add(LeaveOneOut.builder()
                    .community(id)
                    .hiddenPractice(p.number())
                    .situation(situation)
                    .recommendation(r)
                    .candidates(catalog.practices().size() - situation.adoptedPractices().size())
                    .build());
        }
        return List.copyOf(folds);
    }

    /**
     * Returns the {@linkplain #leaveOneOut leave-one-out evaluation} as a table: one row per fold
     * with the hidden practice's rank, its score and each signal's contribution (the columns of
     * {@link RankingTables#leaveOneOut}).
     *
     * <pre>{@code
     * System.out.println(Analysis.leaveOneOutTable(matcher, TableLayout.WIDE));
     * }</pre>
     *
     * @param matcher the matcher, with its catalog and weights, not null
     * @param layout the layout, not null
     * @return the table, folds in practice-number order, not null
     */
    public static DataTable leaveOneOutTable(PracticeMatcher matcher, TableLayout layout) {
        return RankingTables.leaveOneOut(leaveOneOut(matcher), matcher.weights(), layout);
    }

    private static Set<Integer> checkedNumbers(Catalog catalog, Collection<Integer> numbers, String path) {
        Objects.requireNonNull(numbers, path);
        List<Violation> violations = new ArrayList<>();
        Set<Integer> out = new TreeSet<>();
        for (Integer number : numbers) {
            Objects.requireNonNull(number, path);
            if (catalog.practice(number).isEmpty()) {
                violations.add(new Violation(path, "unknown practice " + number + "; "
                        + PracticeMatcher.range(catalog.practices().size())));
            } else {
                out.add(number);
            }
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
        return out;
    }

    private static List<Integer> numbers(List<Practice> practices) {
        return practices.stream().map(Practice::number).toList();
    }

    private static <E extends Enum<E>> Set<E> intersection(Set<E> a, Set<E> b) {
        Set<E> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }
}
