package org.secunity.serialization;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.secunity.SecunityIOException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.DataTable;
import org.secunity.core.EffectTag;
import org.secunity.core.EffectTagMatrix;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.Grounded;
import org.secunity.core.Practice;
import org.secunity.core.SourceDate;
import org.secunity.serialization.internal.CsvCells;
import org.secunity.serialization.internal.TextOutput;

/**
 * Writes a catalog's {@link CsvTable tables} as CSV for analysis: UTF-8, a header row, RFC 4180
 * quoting, {@code \n} line ends.
 *
 * <p>Spreadsheet tools that guess the encoding read UTF-8 reliably only with a byte-order mark;
 * {@link #withByteOrderMark(boolean)} adds one. Immutable and safe to share.
 *
 * <p>A cell that a spreadsheet would run as a formula (one that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, from a catalog document or a situation) is
 * neutralised as OWASP recommends: a single quote is put before it and the cell is quoted, so
 * {@code =HYPERLINK("http://evil")} is written {@code "'=HYPERLINK(""http://evil"")"} and shows as
 * text. Plain decimal numbers such as {@code -1} or {@code -0.25} are numbers, not formulas, and
 * are written as they are.
 *
 * <pre>{@code
 * CsvExport csv = CsvExport.create().withByteOrderMark(true);
 * for (CsvTable table : CsvTable.values()) {
 *     csv.write(table, SeedCatalog.load(), outDir.resolve(table.fileName()));
 * }
 * csv.write(CatalogTables.communityTags(catalog, TableLayout.LONG), outDir.resolve("community-tags.csv"));
 * }</pre>
 *
 * <p>Besides the catalog's {@link CsvTable}s, it writes any analysis {@link DataTable} (the long and
 * wide tables of {@code CatalogTables} and {@code RankingTables}); their columns are listed in
 * {@code docs/serialization.md}.
 */
public final class CsvExport {

    private static final CsvExport PLAIN = new CsvExport(false);
    private static final CsvExport WITH_BOM = new CsvExport(true);

    private final boolean byteOrderMark;

    private CsvExport(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Returns an exporter without a byte-order mark.
     *
     * @return the exporter, not null
     */
    public static CsvExport create() {
        return PLAIN;
    }

    /**
     * Returns an exporter that does, or does not, start each table with a UTF-8 byte-order mark.
     *
     * @param byteOrderMark true to write U+FEFF first, for spreadsheet tools
     * @return the exporter, not null
     */
    public CsvExport withByteOrderMark(boolean byteOrderMark) {
        return byteOrderMark ? WITH_BOM : PLAIN;
    }

    /**
     * Returns whether tables start with a byte-order mark.
     *
     * @return true if they do
     */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /**
     * Returns a table as text.
     *
     * @param table the table, not null
     * @param catalog the catalog, not null
     * @return the CSV text, with the header row first, not null
     */
    public String write(CsvTable table, Catalog catalog) {
        return TextOutput.toText(out -> write(table, catalog, out));
    }

    /**
     * Writes a table to a writer, which is flushed but not closed.
     *
     * @param table the table, not null
     * @param catalog the catalog, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(CsvTable table, Catalog catalog, Writer out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(out, "out");
        csv(table.columns(), true, rows(table, catalog), out);
    }

    /**
     * Returns an analysis table (such as {@code CatalogTables.communityTags(catalog, TableLayout.LONG)}
     * or {@code RankingTables.ranking(…)}) as CSV text: a header row of its column names, then its rows.
     *
     * <pre>{@code
     * String csv = CsvExport.create().write(CatalogTables.practiceChallenges(catalog, TableLayout.LONG));
     * }</pre>
     *
     * @param table the table, not null
     * @return the CSV text, not null
     */
    public String write(DataTable table) {
        return TextOutput.toText(out -> write(table, out));
    }

    /**
     * Writes an analysis table to a writer, header row first; the writer is flushed but not closed.
     *
     * @param table the table, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(DataTable table, Writer out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        csv(table.columns(), true, table.rows(), out);
    }

    /**
     * Writes an analysis table to a UTF-8 file, replacing it.
     *
     * @param table the table, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(DataTable table, Path file) {
        TextOutput.toFile(file, out -> write(table, out));
    }

    /**
     * Writes an analysis table's rows only, without the header row and without a byte-order mark:
     * for appending the rows of several tables with the same columns to one CSV stream, such as
     * one ranking per input line. The writer is flushed but not closed.
     *
     * @param table the table, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     */
    public void writeRows(DataTable table, Writer out) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        csv(table.columns(), false, table.rows(), out);
    }

    /** Writes rows of cells as CSV, with the BOM and header row when {@code header} is set. */
    private void csv(List<String> columns, boolean header, List<List<String>> rows, Writer out) {
        try {
            if (byteOrderMark && header) {
                out.write('\uFEFF');
            }
            if (header) {
                CsvCells.writeRow(out, columns);
            }
            for (List<String> row : rows) {
                CsvCells.writeRow(out, row);
            }
            out.flush();
        } catch (IOException e) {
            throw new SecunityIOException("cannot write the CSV table", e);
        }
    }

    /**
     * Writes a table to a UTF-8 file, replacing it.
     *
     * @param table the table, not null
     * @param catalog the catalog, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(CsvTable table, Catalog catalog, Path file) {
        TextOutput.toFile(file, out -> write(table, catalog, out));
    }

    private static List<List<String>> rows(CsvTable table, Catalog catalog) {
        return switch (table) {
            case PRACTICES -> catalog.practices().stream().map(CsvExport::practiceRow).toList();
            case EFFECT_TAG_MATRIX -> catalog.effectTagMatrix().rows().stream().map(CsvExport::matrixRow).toList();
            case COMMUNITIES -> catalog.communities().stream().map(c -> communityRow(c, catalog)).toList();
            case EVENTS -> catalog.communities().stream()
                    .flatMap(c -> c.events().stream().map(e -> eventRow(c, e)))
                    .toList();
        };
    }

    private static List<String> practiceRow(Practice p) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(p.number()),
                p.community().map(Object::toString).orElse(""), p.title().ja(), p.title().en()));
        for (EffectTag tag : EffectTag.values()) {
            row.add(flag(p.hasEffectTag(tag)));
        }
        for (Challenge challenge : Challenge.values()) {
            row.add(flag(p.addresses(challenge)));
        }
        return row;
    }

    private static List<String> matrixRow(EffectTagMatrix.Row r) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(r.practice()),
                r.community().map(Object::toString).orElse("")));
        for (EffectTag tag : EffectTag.values()) {
            row.add(flag(r.tags().contains(tag)));
        }
        return row;
    }

    private static List<String> communityRow(Community c, Catalog catalog) {
        return List.of(c.id().value(), c.name().ja(), c.name().en(), c.acronym().orElse(""), c.region().id(),
                text(c.prefecture().map(p -> p.id())), text(c.founded().map(d -> d.date().toString())),
                text(c.legalForm().map(f -> f.id())), text(c.organizerType().map(Grounded::value).map(t -> t.id())),
                String.valueOf(c.countedMembers()), String.valueOf(catalog.practicesOf(c.id()).size()));
    }

    private static List<String> eventRow(Community c, Event e) {
        Optional<EventCadence> cadence = e.cadence();
        return List.of(c.id().value(), e.kind().id(), e.title().ja(), e.title().en(),
                e.dates().stream().map(CsvExport::date).collect(Collectors.joining(";")),
                text(cadence.map(k -> k.text().ja())), text(cadence.map(k -> k.text().en())),
                text(cadence.flatMap(EventCadence::rrule)),
                cadence.filter(k -> k.timesPerYear().isPresent())
                        .map(k -> String.valueOf(k.timesPerYear().getAsInt())).orElse(""));
    }

    private static String date(SourceDate d) {
        return d.date() + d.until().map(u -> "/" + u).orElse("");
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    private static String flag(boolean set) {
        return set ? "1" : "0";
    }

    /**
     * Returns whether tables start with a byte-order mark, in a readable form.
     *
     * @return a readable form, such as {@code "CsvExport[byteOrderMark=true]"}, not null
     */
    @Override
    public String toString() {
        return "CsvExport[byteOrderMark=" + byteOrderMark + "]";
    }
}
