package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.DataTable;
import org.secunity.core.TableLayout;

/** Rankings and leave-one-out folds as long and wide tables (issue 15). */
class RankingTablesTest {

    private static final Catalog CATALOG = MirrorCatalog.catalog();
    private static final PracticeMatcher MATCHER = PracticeMatcher.of(CATALOG);

    @Provide
    Arbitrary<Situation> situations() {
        return Generators.situationsFor(CATALOG);
    }

    /** Oracle: the ranking itself; the long rows of a recommendation add up to its score, in signal order. */
    @Property(tries = 50)
    void long_rows_carry_every_signal_and_add_up_to_the_score(@ForAll("situations") Situation situation,
            @ForAll @IntRange(min = 1, max = 8) int top) {
        Ranking ranking = MATCHER.recommend(situation, top);
        DataTable t = RankingTables.ranking("s", ranking, TableLayout.LONG);
        int signals = Signal.values().length;
        assertThat(t.rows()).hasSize(ranking.recommendations().size() * signals);
        for (int i = 0; i < ranking.recommendations().size(); i++) {
            Recommendation r = ranking.recommendations().get(i);
            double sum = 0.0;
            for (int s = 0; s < signals; s++) {
                List<String> row = t.rows().get(i * signals + s);
                assertThat(row.subList(0, 5)).containsExactly("s", String.valueOf(r.rank()),
                        String.valueOf(r.practiceNumber()), String.valueOf(r.score()), Signal.values()[s].id());
                assertThat(Double.parseDouble(row.get(7))).isEqualTo(
                        Double.parseDouble(row.get(5)) * Double.parseDouble(row.get(6)), org.assertj.core.data.Offset.offset(1e-12));
                sum += Double.parseDouble(row.get(7));
            }
            assertThat(sum).isEqualTo(r.score());
        }
    }

    @Property(tries = 30)
    void the_wide_layout_holds_the_contributions_of_the_long_one(@ForAll("situations") Situation situation) {
        Ranking ranking = MATCHER.recommend(situation, 5);
        DataTable tidy = RankingTables.ranking("s", ranking, TableLayout.LONG);
        DataTable wide = RankingTables.ranking("s", ranking, TableLayout.WIDE);
        int signals = Signal.values().length;
        assertThat(wide.columns().subList(4, 4 + signals))
                .containsExactly(java.util.Arrays.stream(Signal.values()).map(Signal::id).toArray(String[]::new));
        for (int i = 0; i < wide.rows().size(); i++) {
            for (int s = 0; s < signals; s++) {
                assertThat(wide.rows().get(i).get(4 + s)).isEqualTo(tidy.rows().get(i * signals + s).get(7));
            }
        }
    }

    @Test
    void the_leave_one_out_table_has_one_row_per_fold_with_its_rank() {
        List<LeaveOneOut> folds = Analysis.leaveOneOut(MATCHER);
        DataTable wide = Analysis.leaveOneOutTable(MATCHER, TableLayout.WIDE);
        assertThat(wide.name()).isEqualTo("leave-one-out-wide");
        assertThat(wide.columns()).startsWith("community", "practice", "rank", "candidates", "score");
        assertThat(wide.column("practice")).containsExactlyElementsOf(
                folds.stream().map(f -> String.valueOf(f.hiddenPractice())).toList());
        assertThat(wide.column("rank")).containsExactlyElementsOf(
                folds.stream().map(f -> String.valueOf(f.rank())).toList());
        assertThat(Analysis.leaveOneOutTable(MATCHER, TableLayout.LONG).rows())
                .hasSize(folds.size() * Signal.values().length);
    }

    @Test
    void an_empty_ranking_is_a_table_with_a_header_and_no_rows() {
        Situation all = Situation.builder().addChallenge(Challenge.STAFF_ROTATION)
                .addAllAdoptedPractices(CATALOG.practices().stream().map(p -> p.number()).toList()).build();
        DataTable t = RankingTables.ranking("all-adopted", MATCHER.recommend(all, 3), TableLayout.LONG);
        assertThat(t.rows()).isEmpty();
        assertThat(t.columns()).containsExactly("situation", "rank", "practice", "score", "signal", "weight", "match",
                "contribution");
    }
}
