package org.secunity.examples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Practice;
import org.secunity.matching.Analysis;
import org.secunity.matching.LeaveOneOut;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Signal;
import org.secunity.matching.evaluation.CaseResult;
import org.secunity.matching.evaluation.Evaluation;
import org.secunity.matching.evaluation.EvaluationCase;
import org.secunity.matching.evaluation.EvaluationCases;
import org.secunity.matching.evaluation.EvaluationReport;
import org.secunity.serialization.SeedCatalog;

/**
 * The matcher with its default weights over the real seed catalog: the bundled evaluation cases
 * (situations and the practices a careful reader of the source picks for them) and the
 * leave-one-out ranks of every practice of a community.
 *
 * <p>The thresholds are the levels reached when the test was written, floored to two decimals
 * (for the leave-one-out ranks, where lower is better, the level itself): a change to the
 * matcher, its weights or the catalog's curation that makes the ranking worse fails here. Raise
 * a threshold when a change raises the level; lower one only with a reason in the commit.
 *
 * <p>Levels reached (default weights 0.3 / 0.45 / 0.15 / 0.1, 30 cases): hit@3 1.000, recall@5
 * 0.983, nDCG@5 0.964; leave-one-out over 20 practices of 10 communities: mean rank 6.35,
 * median 5 of 21 candidates (4.95 and 4 before the catalog re-audit of issue 15 took company
 * participation off practices 13 and 19 and the police organizer type off practice 3: the hidden
 * practices of sokansai-lt, cyber-donet and kagoshima-council now share fewer curated values with
 * their siblings, which is what the fold's situation is built from).
 */
class MatcherEvaluationTest {

    private static final Pattern QUOTE = Pattern.compile("「([^」]+)」");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static Catalog catalog;
    private static List<EvaluationCase> cases;
    private static EvaluationReport report;
    private static List<LeaveOneOut> folds;

    @BeforeAll
    static void runTheEvaluationAndPrintTheReport() {
        catalog = SeedCatalog.load();
        cases = EvaluationCases.bundled();
        PracticeMatcher matcher = PracticeMatcher.of(catalog);
        report = Evaluation.run(matcher, cases, Evaluation.DEFAULT_K);
        folds = Analysis.leaveOneOut(matcher);
        List<LeaveOneOut> withoutSimilarity =
                Analysis.leaveOneOut(matcher.withWeights(matcher.weights().with(Signal.SIMILARITY, 0.0)));
        System.out.println(report(report, folds, withoutSimilarity));
    }

    static Stream<Arguments> bundledCases() {
        return EvaluationCases.bundled().stream().map(c -> Arguments.of(c.id(), c));
    }

    @Test
    void the_evaluation_runs_the_default_weights_over_the_seed_catalog() {
        assertThat(catalog.communities()).hasSize(10);
        assertThat(catalog.practices()).hasSize(22);
        assertThat(report.weights()).isEqualTo(MatchWeights.defaults());
        assertThat(report.cases()).hasSameSizeAs(cases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(report.cases()).allSatisfy(c -> assertThat(c.candidates()).isPositive());
    }

    @Test
    void hit_at_3_stays_at_the_level_reached() {
        assertThat(report.hitAt(3)).isGreaterThanOrEqualTo(1.00);
    }

    @Test
    void recall_at_5_stays_at_the_level_reached() {
        assertThat(report.recallAt(5)).isGreaterThanOrEqualTo(1.00);   // issue 16 scoring model: 0.983 before
    }

    @Test
    void ndcg_at_5_stays_at_the_level_reached() {
        assertThat(report.ndcgAt(5)).isGreaterThanOrEqualTo(0.97);     // issue 16 scoring model: 0.964 before
    }

    @Test
    void leave_one_out_covers_every_practice_of_every_community_of_the_seed_catalog() {
        assertThat(folds).extracting(LeaveOneOut::hiddenPractice)
                .containsExactlyElementsOf(catalog.practices().stream()
                        .filter(p -> p.community().isPresent()).map(Practice::number).toList());
        assertThat(folds.stream().map(LeaveOneOut::community).distinct())
                .containsExactlyInAnyOrderElementsOf(catalog.communities().stream().map(c -> c.id()).toList());
    }

    @Test
    void leave_one_out_mean_and_median_ranks_stay_at_the_level_reached() {
        // issue 15: the re-audited curation lowered the level from 4.95 / 4; issue 16: 6.35 -> 6.65
        // because adopted siblings no longer lift the hidden practice through its community's profile
        // (the fold adopts every sibling, so that lift was built into the measure); 6.65 -> 6.95 with
        // the issue 16 curation (17 and 19 gained a tag their siblings 18 and 20 lack)
        assertThat(meanRank(folds)).isLessThanOrEqualTo(6.95);
        assertThat(medianRank(folds)).isLessThanOrEqualTo(5.0);
    }

    /** The why of a case quotes the source; each quote must be text of a practice the case names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledCases")
    void each_quote_in_a_cases_why_occurs_in_the_text_of_a_practice_it_names(String id, EvaluationCase c) {
        TreeSet<Integer> named = new TreeSet<>(c.relevant());
        named.addAll(c.situation().adoptedPractices());
        List<String> texts = named.stream().map(n -> text(catalog.practice(n).orElseThrow())).toList();
        Matcher m = QUOTE.matcher(c.why().orElse(""));
        int quotes = 0;
        while (m.find()) {
            quotes++;
            String quote = normalize(m.group(1));
            assertThat(texts).as("「%s」 in the text of practice %s", m.group(1), named)
                    .anySatisfy(text -> assertThat(text).contains(quote));
        }
        assertThat(quotes).as("quotes in the why of %s", id).isPositive();
    }

    // ---- helpers

    /** A practice's Japanese text: title, purpose, actions, effects and grounding quotes, without whitespace. */
    private static String text(Practice p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.title().ja());
        parts.add(p.purpose().ja());
        p.actions().stream().map(BilingualText::ja).forEach(parts::add);
        p.effects().stream().map(BilingualText::ja).forEach(parts::add);
        Stream.of(p.effectTagGroundings(), p.challengeGroundings(), p.partnerGroundings(), p.stageGroundings(),
                        p.organizerTypeGroundings())
                .flatMap(List::stream).forEach(g -> parts.add(g.quote()));
        return normalize(String.join("\n", parts));
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    static double meanRank(List<LeaveOneOut> folds) {
        return folds.stream().mapToInt(LeaveOneOut::rank).average().orElse(0.0);
    }

    static double medianRank(List<LeaveOneOut> folds) {
        int[] ranks = folds.stream().mapToInt(LeaveOneOut::rank).sorted().toArray();
        int n = ranks.length;
        return n == 0 ? 0.0 : n % 2 == 1 ? ranks[n / 2] : (ranks[n / 2 - 1] + ranks[n / 2]) / 2.0;
    }

    /** The compact report printed by the test: the metrics, per-case ranks and misses, and the leave-one-out ranks. */
    static String report(EvaluationReport report, List<LeaveOneOut> folds, List<LeaveOneOut> withoutSimilarity) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Matcher evaluation over the seed catalog: %d cases, %s%n",
                report.cases().size(), report.weights()));
        out.append(String.format(Locale.ROOT, "  hit@3 %.3f  recall@5 %.3f  nDCG@5 %.3f  (hit@1 %.3f, recall@3 %.3f)%n",
                report.hitAt(3), report.recallAt(5), report.ndcgAt(5), report.hitAt(1), report.recallAt(3)));
        for (CaseResult c : report.cases()) {
            String ranks = c.ranks().entrySet().stream().map(e -> e.getKey() + "@" + e.getValue())
                    .collect(Collectors.joining(" "));
            out.append(String.format(Locale.ROOT, "  %-38s %-16s top %s%n", c.id(), ranks, c.top()));
        }
        List<String> misses = new ArrayList<>();
        for (CaseResult c : report.cases()) {
            for (Map.Entry<Integer, Integer> e : c.ranks().entrySet()) {
                if (e.getValue() > report.k()) {
                    misses.add(c.id() + " " + e.getKey() + "@" + e.getValue());
                }
            }
        }
        out.append("  relevant practices ranked below ").append(report.k()).append(": ")
                .append(misses.isEmpty() ? "none" : String.join(", ", misses)).append(System.lineSeparator());
        int candidates = folds.isEmpty() ? 0 : folds.get(0).candidates();
        out.append(String.format(Locale.ROOT, "Leave-one-out: %d practices of %d communities, mean rank %.2f, "
                        + "median %.1f of %d candidates (without the similarity signal: mean %.2f, median %.1f)%n",
                folds.size(), folds.stream().map(LeaveOneOut::community).distinct().count(), meanRank(folds),
                medianRank(folds), candidates, meanRank(withoutSimilarity), medianRank(withoutSimilarity)));
        out.append("  ").append(folds.stream().map(f -> f.community().value() + ":" + f.hiddenPractice() + "@" + f.rank())
                .collect(Collectors.joining(" "))).append(System.lineSeparator());
        out.append("  worst: ").append(folds.stream()
                .sorted(Comparator.comparingInt(LeaveOneOut::rank).reversed()
                        .thenComparingInt(LeaveOneOut::hiddenPractice))
                .limit(5).map(f -> f.hiddenPractice() + " (" + f.community().value() + ") @" + f.rank())
                .collect(Collectors.joining(", ")));
        return out.toString();
    }
}
