package org.secunity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.secunity.core.Fixtures.community;
import static org.secunity.core.Fixtures.practice;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** Analysis tables, long and wide (issue 15). */
class DataTableTest {

    private static final CommunityId LT = CommunityId.of("lt");

    private final Catalog catalog = Catalog.builder()
            .addCommunities(community("lt", Region.KINKI), community("net", Region.KYUSHU))
            .addPractices(
                    practice(1).community(LT).addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "続く")
                            .addChallenge(Challenge.SCHEDULING_CONFLICTS, "予定").build(),
                    practice(2).addEffectTag(EffectTag.REDUCE_OPERATING_BURDEN, "軽い").build())
            .build();

    @Test
    void a_table_checks_its_shape() {
        assertThatThrownBy(() -> DataTable.of("t", List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("table t: row 0 has 1 cells, but the table has 2 columns [a, b]");
        assertThatThrownBy(() -> DataTable.of("t", List.of("a", "a"), List.of()))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("column 1 \"a\" must be a non-blank name used once");
        assertThatThrownBy(() -> DataTable.of(" ", List.of("a"), List.of()))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("a table's name must not be blank");
        assertThatThrownBy(() -> DataTable.of("t", List.of(), List.of()))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("table t must have at least one column");
        assertThatThrownBy(() -> DataTable.of("t", List.of("a"), List.of()).column("b"))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("table t has no column \"b\"; its columns are [a]");
    }

    @Test
    void the_long_community_tag_table_has_one_row_per_community_and_tag() {
        DataTable t = CatalogTables.communityTags(catalog, TableLayout.LONG);
        assertThat(t.columns()).containsExactly("community", "region", "tag", "practices", "covered");
        assertThat(t.rows()).hasSize(2 * EffectTag.values().length)
                .contains(List.of("lt", "KINKI", "ENABLE_CONTINUOUS_ACTIVITY", "1", "1"))
                .contains(List.of("net", "KYUSHU", "REDUCE_OPERATING_BURDEN", "0", "0"));
    }

    @Test
    void long_and_wide_layouts_hold_the_same_cells() {
        for (java.util.function.BiFunction<Catalog, TableLayout, DataTable> make : List.<java.util.function.BiFunction<
                Catalog, TableLayout, DataTable>>of(CatalogTables::communityTags, CatalogTables::practiceTags,
                        CatalogTables::practiceChallenges)) {
            DataTable wide = make.apply(catalog, TableLayout.WIDE);
            DataTable tidy = make.apply(catalog, TableLayout.LONG);
            int keys = 2;
            int values = wide.columns().size() - keys;
            assertThat(tidy.rows()).hasSize(wide.rows().size() * values);
            for (int r = 0; r < wide.rows().size(); r++) {
                for (int v = 0; v < values; v++) {
                    List<String> cell = tidy.rows().get(r * values + v);
                    assertThat(cell.get(0)).isEqualTo(wide.rows().get(r).get(0));
                    assertThat(cell.get(2)).isEqualTo(wide.columns().get(keys + v));
                    assertThat(cell.get(3)).isEqualTo(wide.rows().get(r).get(keys + v));
                }
            }
        }
    }

    @Test
    void a_long_practice_table_quotes_the_grounding_of_each_set_cell() {
        DataTable t = CatalogTables.practiceChallenges(catalog, TableLayout.LONG);
        assertThat(t.rows()).contains(List.of("1", "lt", "SCHEDULING_CONFLICTS", "1", "予定"))
                .contains(List.of("2", "", "SCHEDULING_CONFLICTS", "0", ""));
        assertThat(CatalogTables.practiceTags(catalog, TableLayout.LONG).rows())
                .contains(List.of("2", "", "REDUCE_OPERATING_BURDEN", "1", "軽い"));
    }

    @Test
    void the_occurrence_table_says_how_a_holiday_moved_or_skipped_each_date() {
        Catalog lt = Catalog.builder().addCommunities(ScheduleTest.community(ScheduleTest.LT)).build();
        EventDistribution d = lt.eventDistribution(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 5, 1),
                HolidayPolicy.NEXT_BUSINESS_DAY);
        DataTable t = CatalogTables.occurrences(d);
        assertThat(t.rows()).containsExactly(
                List.of("test-community", "0", "LIGHTNING_TALKS", "総関西サイバーセキュリティLT大会",
                        "Sokansai Cyber Security LT meetup", "2026-02-12", "19:00", "THURSDAY", "2", "MOVED",
                        "2026-02-11", "2026-02-11", "建国記念の日", "National Foundation Day"),
                List.of("test-community", "0", "LIGHTNING_TALKS", "総関西サイバーセキュリティLT大会",
                        "Sokansai Cyber Security LT meetup", "2026-04-08", "19:00", "WEDNESDAY", "4", "HAPPENS",
                        "2026-04-08", "", "", ""));
        assertThat(CatalogTables.calendar(d).rows()).containsExactly(
                List.of("test-community", "0", "1", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "2"));
    }

    @Test
    void the_frequency_table_has_an_empty_number_for_an_unknown_frequency() {
        Catalog c = Catalog.builder().addCommunities(ScheduleTest.community(ScheduleTest.SEMINAR, ScheduleTest.LT,
                Event.builder().kind(EventKind.SEMINAR).title(BilingualText.of("単発", "One-off")).build())).build();
        DataTable t = CatalogTables.eventFrequencies(c, Year.of(2026));
        assertThat(t.column("timesPerYear")).containsExactly("2", "6", "");
        assertThat(t.column("basis")).containsExactly("STATED", "RULE", "UNKNOWN");
        assertThat(t.column("fixedDates")).containsExactly("0", "1", "0");
    }

    @Test
    void to_string_aligns_wide_characters_and_shows_at_most_40_rows() {
        DataTable t = CatalogTables.practiceChallenges(catalog, TableLayout.LONG);
        assertThat(t.toString()).startsWith("DataTable[practice-challenges, 44 rows × 5 columns]")
                .contains("… 4 more rows");
        DataTable ja = DataTable.of("ja", List.of("名前", "n"), List.of(List.of("総関西", "1"), List.of("ab", "2")));
        assertThat(ja.toString()).contains("\n名前    n\n総関西  1\nab      2");
    }
}
