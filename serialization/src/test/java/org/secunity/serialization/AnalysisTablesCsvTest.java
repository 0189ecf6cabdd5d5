package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogTables;
import org.secunity.core.DataTable;
import org.secunity.core.TableLayout;
import org.secunity.matching.Analysis;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.RankingTables;
import org.secunity.matching.Situation;
import org.secunity.recurrence.holiday.HolidayPolicy;

/** The analysis tables of issue 15 as CSV: every cell reads back as written, Japanese included. */
class AnalysisTablesCsvTest {

    private static final Catalog SEED = SeedCatalog.load();

    static Stream<DataTable> tables() {
        PracticeMatcher matcher = PracticeMatcher.of(SEED);
        var distribution = SEED.eventDistribution(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                HolidayPolicy.NEXT_BUSINESS_DAY);
        return Stream.of(
                CatalogTables.communityTags(SEED, TableLayout.LONG),
                CatalogTables.communityTags(SEED, TableLayout.WIDE),
                CatalogTables.practiceTags(SEED, TableLayout.LONG),
                CatalogTables.practiceChallenges(SEED, TableLayout.LONG),
                CatalogTables.practiceChallenges(SEED, TableLayout.WIDE),
                CatalogTables.occurrences(distribution),
                CatalogTables.calendar(distribution),
                CatalogTables.eventFrequencies(SEED, Year.of(2026)),
                RankingTables.ranking("kyushu", matcher.recommend(Situation.builder().build(), 5), TableLayout.LONG),
                Analysis.leaveOneOutTable(matcher, TableLayout.WIDE));
    }

    private static List<List<String>> readBack(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv)) {
            return rows.readAll();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void every_cell_reads_back_as_written_with_the_header_first(DataTable table) throws IOException {
        List<List<String>> rows = readBack(CsvExport.create().write(table));
        assertThat(rows.get(0)).containsExactlyElementsOf(table.columns());
        assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(table.rows());
    }

    @Test
    void rows_append_without_a_header_or_a_byte_order_mark() throws IOException {
        DataTable t = CatalogTables.communityTags(SEED, TableLayout.LONG);
        StringWriter out = new StringWriter();
        CsvExport bom = CsvExport.create().withByteOrderMark(true);
        bom.write(t, out);
        bom.writeRows(t, out);
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFFcommunity,region,tag,practices,covered\n");
        assertThat(csv.chars().filter(c -> c == '\uFEFF').count()).isEqualTo(1);
        assertThat(readBack(csv.substring(1))).hasSize(1 + 2 * t.rows().size());
    }

    @Test
    void a_table_written_to_a_file_is_utf_8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("occurrences.csv");
        DataTable t = CatalogTables.occurrences(SEED.eventDistribution(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 3, 1), HolidayPolicy.NEXT_BUSINESS_DAY));
        CsvExport.create().write(t, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("sokansai-lt,0,LIGHTNING_TALKS,総関西サイバーセキュリティLT大会")
                .contains(",2026-02-12,19:00,THURSDAY,2,MOVED,2026-02-11,2026-02-11,建国記念の日,National Foundation Day\n");
    }
}
