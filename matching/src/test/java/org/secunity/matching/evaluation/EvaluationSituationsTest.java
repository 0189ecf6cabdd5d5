package org.secunity.matching.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;

/** The fixture set of evaluation situations written from the source, and its parser. */
class EvaluationSituationsTest {

    private static final List<EvaluationCase> CASES = EvaluationSituations.load();

    static Stream<Arguments> cases() {
        return CASES.stream().map(c -> Arguments.of(c.id(), c));
    }

    static Stream<Arguments> invalidLines() {
        return EvaluationSituations.read("/org/secunity/matching/evaluation-situations-invalid.tsv").lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    int tab = line.indexOf('\t');
                    return Arguments.of(line.substring(0, tab), line.substring(tab + 1));
                });
    }

    @Test
    void the_fixture_set_has_at_least_twenty_situations_with_unique_ids() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(20);
        Set<String> ids = new HashSet<>();
        assertThat(CASES).allSatisfy(c -> assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_situation_names_real_practices_and_says_why_citing_the_source(String id, EvaluationCase c) {
        assertThat(c.relevant()).allSatisfy(n -> assertThat(n).isBetween(1, 22));
        assertThat(c.situation().adoptedPractices()).allSatisfy(n -> assertThat(n).isBetween(1, 22));
        assertThat(c.why()).hasValueSatisfying(why -> assertThat(why).contains("「").contains("」"));
        assertThat(c.situation().challenges().size() + c.situation().goals().size())
                .as("a situation states what troubles it or what it wants").isPositive();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidLines")
    void the_parser_rejects_an_invalid_line_naming_the_line_column_and_rule(String expected, String line) {
        assertThatThrownBy(() -> EvaluationSituations.parseLine(line, 1))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void the_parser_reports_every_bad_line_of_a_file_with_the_file_name() {
        String text = String.join("\t", EvaluationSituations.COLUMNS) + "\n"
                + "a\tSOMETIMES\t\t\t\t\t\t\t\t3\t\n"
                + "# a comment\n"
                + "b\t\t\t\t\t\t\t\t\tx\t\n";
        assertThatThrownBy(() -> EvaluationSituations.parse("test.tsv", text))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("test.tsv: 2 problems: line 2 column stage: unknown value \"SOMETIMES\"")
                .hasMessageContaining("line 4 column relevant: not a practice number: \"x\"");
    }

    @Test
    void the_parser_rejects_a_line_with_too_few_columns() {
        assertThatThrownBy(() -> EvaluationSituations.parseLine("id\tFORMING", 7))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("line 7: expected 11 tab-separated columns, but found 2");
    }

    @Test
    void the_parser_rejects_a_wrong_header() {
        assertThatThrownBy(() -> EvaluationSituations.parse("test.tsv", "id\tstage\n"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("test.tsv: line 1: header must be id,stage,organizerType");
    }

    /**
     * A regression guard, not evidence of quality: the mirror catalog's curation and the fixture
     * set were written by the same reader, so the matcher is expected to do well on them. The
     * meaningful run is over the seed catalog, in another module.
     */
    @Test
    void on_the_mirror_catalog_every_fixture_situation_finds_a_relevant_practice_in_the_top_five() {
        Catalog catalog = MirrorCatalogAccess.catalog();
        EvaluationReport report = Evaluation.run(catalog, CASES, MatchWeights.defaults());
        assertThat(report.cases()).allSatisfy(c -> assertThat(c.bestRank()).as(c.id()).isBetween(1, 5));
        assertThat(report.cases().get(0).id()).isEqualTo("issue-5-rotating-staff-no-experts");
        assertThat(report.cases().get(0).top()).startsWith(15, 3);
        assertThat(PracticeMatcher.of(catalog).recommend(CASES.get(0).situation(), 2).practiceNumbers())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(3, 15));
    }
}
