package org.secunity.examples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Situation;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.SeedCatalog;

/**
 * The matcher with its default weights over the real seed catalog: the evaluation cases of
 * {@code situations-2021.json} (situation documents, read with the serialization codecs, and the
 * practices a careful reader of the source picks for them) and the leave-one-out ranks.
 *
 * <p>Metrics, per part ({@code tuning}: the cases known while the issue 16 scoring model was
 * designed; {@code held-out}: written after it, never used to choose a weight or rule):
 * hit@3 (an ideal practice ranks 3rd or better), recall@5 (the share of ideal practices ranked
 * 5th or better) and nDCG@5 with gain 2 for an ideal practice and 1 for an acceptable one
 * (practices sharing a rank are given consecutive positions from that rank on, so that a tie
 * never scores above the ideal order). Ranks are places in the full ranking.
 *
 * <p>Figures with default weights, 48 cases (30 tuning, 18 held-out), before the issue 16 change
 * (commit c30a021: relative goals and challenges, ties by practice number, unnamed partners held
 * against a practice, adopted siblings in the similarity profile, the catalog before the issue 16
 * curation) and after it:
 *
 * <table>
 *   <caption>Evaluation figures</caption>
 *   <tr><th>part</th><th>hit@3</th><th>recall@5</th><th>nDCG@5</th></tr>
 *   <tr><td>tuning, before</td><td>1.000</td><td>0.983</td><td>0.967</td></tr>
 *   <tr><td>tuning, after</td><td>1.000</td><td>1.000</td><td>0.976</td></tr>
 *   <tr><td>held-out, before</td><td>0.944</td><td>0.935</td><td>0.886</td></tr>
 *   <tr><td>held-out, after</td><td>1.000</td><td>1.000</td><td>0.942</td></tr>
 * </table>
 *
 * <p>Leave-one-out (20 practices of 10 communities, 21 candidates): mean rank 6.35, median 5
 * before; mean 6.95, median 5 after (adopted siblings no longer lift the hidden practice through
 * its community's profile, and 17 and 19 gained a tag their siblings lack). The tests fail when a figure falls below the level after the change. Run
 * with {@code -Dsecunity.evaluation.table=true} to print the per-case table.
 */
class MatcherEvaluationTest {

    private static final Pattern QUOTE = Pattern.compile("「([^」]+)」");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String RESOURCE = "situations-2021.json";

    /** One case of the document. */
    record Case(String id, String part, Situation situation, List<Integer> ideal, List<Integer> acceptable,
            String why) {}

    /** Where a case's ideal and acceptable practices ranked, and the top 5. */
    record Result(Case c, List<Integer> idealRanks, List<Integer> acceptableRanks, List<Integer> top) {

        double hitAt(int k) {
            return idealRanks.stream().anyMatch(r -> r <= k) ? 1.0 : 0.0;
        }

        double recallAt(int k) {
            return (double) idealRanks.stream().filter(r -> r <= k).count() / idealRanks.size();
        }

        double ndcgAt(int k) {
            record Hit(int rank, int gain) {}
            List<Hit> hits = new ArrayList<>();
            idealRanks.forEach(r -> hits.add(new Hit(r, 2)));
            acceptableRanks.forEach(r -> hits.add(new Hit(r, 1)));
            hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(Comparator.comparingInt(Hit::gain).reversed()));
            double dcg = 0.0;
            int position = 0;
            for (Hit h : hits) {
                position = Math.max(h.rank(), position + 1);   // tied practices take consecutive places
                if (position <= k) {
                    dcg += h.gain() / log2(position + 1);
                }
            }
            double ideal = 0.0;
            List<Integer> gains = hits.stream().map(Hit::gain).sorted(Comparator.reverseOrder()).toList();
            for (int i = 0; i < Math.min(k, gains.size()); i++) {
                ideal += gains.get(i) / log2(i + 2);
            }
            return dcg / ideal;
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2.0);
        }
    }

    private static Catalog catalog;
    private static List<Case> cases;
    private static List<Result> results;
    private static List<LeaveOneOut> folds;

    @BeforeAll
    static void runTheEvaluation() {
        catalog = SeedCatalog.load();
        cases = cases();
        PracticeMatcher matcher = PracticeMatcher.of(catalog);
        results = cases.stream().map(c -> new Result(c,
                c.ideal().stream().map(n -> matcher.explain(c.situation(), n).rank()).toList(),
                c.acceptable().stream().map(n -> matcher.explain(c.situation(), n).rank()).toList(),
                matcher.recommend(c.situation(), 5).practiceNumbers())).toList();
        folds = Analysis.leaveOneOut(matcher);
        System.out.println(summary());
        if (Boolean.getBoolean("secunity.evaluation.table")) {
            System.out.println(table());
        }
    }

    static List<Case> cases() {
        try (InputStream in = MatcherEvaluationTest.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Case> out = new ArrayList<>();
            for (JsonNode c : root.path("cases")) {
                // one decoder: the situation is a situation document, read like any other
                Situation s = SecunityMapper.json().read(Situation.class, c.path("situation").toString());
                out.add(new Case(c.path("id").asText(), c.path("part").asText(), s, numbers(c.path("ideal")),
                        numbers(c.path("acceptable")), c.path("why").asText()));
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + RESOURCE, e);
        }
    }

    private static List<Integer> numbers(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asInt).toList();
    }

    static Stream<Arguments> allCases() {
        return cases().stream().map(c -> Arguments.of(c.id(), c));
    }

    private static List<Result> part(String part) {
        return results.stream().filter(r -> r.c().part().equals(part)).toList();
    }

    private static double mean(List<Result> rs, java.util.function.ToDoubleFunction<Result> metric) {
        return rs.stream().mapToDouble(metric).average().orElse(0.0);
    }

    // ---- the suite

    @Test
    void the_suite_has_at_least_40_cases_in_two_parts_over_the_seed_catalog() {
        assertThat(catalog.practices()).hasSize(22);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases).extracting(Case::part).containsOnly("tuning", "held-out");
        assertThat(part("held-out")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(cases.stream().map(Case::id).distinct()).hasSameSizeAs(cases);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.ideal()).as(c.id()).isNotEmpty();
            assertThat(c.acceptable()).as(c.id()).noneMatch(c.ideal()::contains);
            assertThat(c.situation().adoptedPractices()).as(c.id())
                    .noneMatch(c.ideal()::contains).noneMatch(c.acceptable()::contains);
        });
    }

    @Test
    void the_held_out_part_covers_what_issue_16_asks_for() {
        List<Case> held = part("held-out").stream().map(Result::c).toList();
        assertThat(held).as("several challenges at once").anyMatch(c -> c.situation().challenges().size() >= 3);
        assertThat(held).as("conflicting weighted goals").anyMatch(c -> c.situation().goals().size() >= 2
                && c.situation().goals().values().stream().distinct().count() >= 2);
        assertThat(held).as("adopted practices").filteredOn(c -> !c.situation().adoptedPractices().isEmpty())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(held).as("stage-specific needs").filteredOn(c -> c.situation().stage().isPresent())
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(held).as("21 and 22 as the answer").anyMatch(c -> c.ideal().contains(21))
                .anyMatch(c -> c.ideal().contains(22));
    }

    @Test
    void issue_16_the_example_ranks_21_9_and_17_in_its_top_4() {
        Case example = cases.stream().filter(c -> c.id().equals("issue-16-example")).findFirst().orElseThrow();
        List<Integer> top4 = PracticeMatcher.of(catalog).recommend(example.situation(), 4).practiceNumbers();
        assertThat(top4).contains(21, 9, 17);
    }

    @Test
    void tuning_part_stays_at_the_level_reached() {
        List<Result> rs = part("tuning");
        assertThat(mean(rs, r -> r.hitAt(3))).isGreaterThanOrEqualTo(1.0);
        assertThat(mean(rs, r -> r.recallAt(5))).isGreaterThanOrEqualTo(1.0);
        assertThat(mean(rs, r -> r.ndcgAt(5))).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void held_out_part_stays_at_the_level_reached() {
        List<Result> rs = part("held-out");
        assertThat(mean(rs, r -> r.hitAt(3))).isGreaterThanOrEqualTo(1.0);
        assertThat(mean(rs, r -> r.recallAt(5))).isGreaterThanOrEqualTo(1.0);
        assertThat(mean(rs, r -> r.ndcgAt(5))).isGreaterThanOrEqualTo(0.94);
    }

    @Test
    void leave_one_out_covers_every_practice_of_every_community_and_stays_at_the_level_reached() {
        assertThat(folds).extracting(LeaveOneOut::hiddenPractice)
                .containsExactlyElementsOf(catalog.practices().stream()
                        .filter(p -> p.community().isPresent()).map(Practice::number).toList());
        assertThat(meanRank(folds)).isLessThanOrEqualTo(6.95);
        assertThat(medianRank(folds)).isLessThanOrEqualTo(5.0);
    }

    /** The why of a case quotes the source; each quote must be text of a practice the case names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void each_quote_in_a_cases_why_occurs_in_the_text_of_a_practice_it_names(String id, Case c) {
        TreeSet<Integer> named = new TreeSet<>(c.ideal());
        named.addAll(c.acceptable());
        named.addAll(c.situation().adoptedPractices());
        List<String> texts = named.stream().map(n -> text(catalog.practice(n).orElseThrow())).toList();
        Matcher m = QUOTE.matcher(c.why());
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

    private static String line(String name, List<Result> rs) {
        return String.format(Locale.ROOT, "  %-9s %2d cases  hit@3 %.3f  recall@5 %.3f  nDCG@5 %.3f%n", name, rs.size(),
                mean(rs, r -> r.hitAt(3)), mean(rs, r -> r.recallAt(5)), mean(rs, r -> r.ndcgAt(5)));
    }

    /** The figures: per part, and the leave-one-out ranks. */
    static String summary() {
        StringBuilder out = new StringBuilder("Matcher evaluation over the seed catalog (default weights)")
                .append(System.lineSeparator());
        out.append(line("tuning", part("tuning"))).append(line("held-out", part("held-out"))).append(line("all", results));
        out.append(String.format(Locale.ROOT, "  leave-one-out: %d practices, mean rank %.2f, median %.1f of %d candidates%n",
                folds.size(), meanRank(folds), medianRank(folds), folds.isEmpty() ? 0 : folds.get(0).candidates()));
        out.append("  ").append(folds.stream().map(f -> f.hiddenPractice() + "@" + f.rank())
                .collect(Collectors.joining(" ")));
        return out.toString();
    }

    /** The per-case table: ranks of ideal (i) and acceptable (a) practices, the metrics and the top 5. */
    static String table() {
        StringBuilder out = new StringBuilder();
        for (Result r : results) {
            String ideal = zip(r.c().ideal(), r.idealRanks());
            String acceptable = zip(r.c().acceptable(), r.acceptableRanks());
            out.append(String.format(Locale.ROOT, "  %-8s %-42s i %-14s a %-12s nDCG %.3f  top %s%n", r.c().part(),
                    r.c().id(), ideal, acceptable, r.ndcgAt(5), r.top()));
        }
        return out.toString();
    }

    private static String zip(List<Integer> numbers, List<Integer> ranks) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            out.add(numbers.get(i) + "@" + ranks.get(i));
        }
        return out.isEmpty() ? "-" : String.join(" ", out);
    }
}
