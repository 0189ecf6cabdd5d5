package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.secunity.core.DataTable;

/** Issue 11: cells that a spreadsheet would run as formulas are neutralised (OWASP "CSV Injection"). */
class CsvInjectionTest {

    private static String write(String cell) {
        return CsvExport.create().write(DataTable.of("t", List.of("id", "text"), List.of(List.of("1", cell))));
    }

    private static String readBack(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.next().get("text");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3",
        "@SUM(A1:A2)", "\t=1", "\r=1", "-", "+", "=", "@", "-1-1", "--1", "-1e", "-.5"})
    void a_formula_like_cell_gets_a_single_quote_and_is_quoted(String cell) throws IOException {
        String csv = write(cell);
        String row = csv.substring(csv.indexOf('\n') + 1);
        assertThat(row).startsWith("1,\"'");
        assertThat(readBack(csv)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.25", "-1.5E-4", "0", "12", "1.0"})
    void a_plain_number_stays_a_number(String cell) throws IOException {
        String csv = write(cell);
        assertThat(csv).isEqualTo("id,text\n1," + cell + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        plain text             | 1,plain text
        a=1                    | 1,a=1
        x-y                    | 1,x-y
        'already               | 1,'already
        """)
    void other_cells_are_written_as_they_are(String cell, String row) {
        assertThat(write(cell)).isEqualTo("id,text\n" + row + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b", "say \"hi\"", "two\nlines", "cr\ronly", "=a,\"b\"\nc"})
    void separators_quotes_and_line_breaks_read_back(String cell) throws IOException {
        String expected = cell.startsWith("=") ? "'" + cell : cell;
        assertThat(readBack(write(cell))).isEqualTo(expected);
    }
}
