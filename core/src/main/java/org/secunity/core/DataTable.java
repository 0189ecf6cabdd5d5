package org.secunity.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;

/**
 * A table of text cells for analysis: a name, column names and rows, as R, pandas or a
 * spreadsheet read them. The analysis tables of {@link CatalogTables} (and of the matching
 * module) are {@code DataTable}s; the serialization module writes them as CSV.
 *
 * <p>Cells are text as a CSV file holds it: numbers as Java prints them ({@code 0.45}, never
 * localized), dates in ISO-8601, vocabulary values by their IDs, an absent value as the empty
 * string. Every row has exactly one cell per column. Immutable and safe to share; compare with
 * {@code equals}. {@link #toString()} renders the first rows as aligned text, for JShell.
 *
 * <pre>{@code
 * DataTable t = CatalogTables.communityTags(catalog, TableLayout.LONG);
 * t.columns();              // [community, region, tag, practices, covered]
 * t.rows().size();          // 50: 10 communities × 5 tags
 * t.column("practices");    // ["2", "0", …]
 * }</pre>
 */
public final class DataTable {

    /** How many rows {@link #toString()} shows. */
    private static final int SHOWN_ROWS = 40;

    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows;

    private DataTable(String name, List<String> columns, List<List<String>> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Returns a table.
     *
     * @param name the table's name, such as {@code community-tags}, not blank
     * @param columns the column names, not empty, unique, none blank
     * @param rows the rows, each with one non-null cell per column, not null
     * @return the table, not null
     * @throws SecunityException if the name or a column name is blank, a column name repeats, or a
     *     row has another number of cells than there are columns
     */
    public static DataTable of(String name, List<String> columns, List<List<String>> rows) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        if (name.isBlank()) {
            throw new SecunityException("a table's name must not be blank");
        }
        if (columns.isEmpty()) {
            throw new SecunityException("table " + name + " must have at least one column");
        }
        List<String> names = List.copyOf(columns);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank() || names.indexOf(names.get(i)) != i) {
                throw new SecunityException("table " + name + ": column " + i + " \"" + names.get(i)
                        + "\" must be a non-blank name used once; the columns are " + names);
            }
        }
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = List.copyOf(Objects.requireNonNull(rows.get(i), "row"));
            if (row.size() != names.size()) {
                throw new SecunityException("table " + name + ": row " + i + " has " + row.size()
                        + " cells, but the table has " + names.size() + " columns " + names);
            }
            copied.add(row);
        }
        return new DataTable(name, names, List.copyOf(copied));
    }

    /**
     * Returns the table's name, which also names its CSV file ({@code name + ".csv"}).
     *
     * @return the name, not blank
     */
    public String name() {
        return name;
    }

    /**
     * Returns the column names, in order.
     *
     * @return the names, not empty, unmodifiable
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns the rows, each with one cell per column.
     *
     * @return the rows, unmodifiable
     */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * Returns one column's cells, top to bottom.
     *
     * @param column the column name, not null
     * @return the cells, unmodifiable
     * @throws SecunityException if the table has no such column
     */
    public List<String> column(String column) {
        int index = columns.indexOf(Objects.requireNonNull(column, "column"));
        if (index < 0) {
            throw new SecunityException("table " + name + " has no column \"" + column + "\"; its columns are "
                    + columns);
        }
        return rows.stream().map(r -> r.get(index)).toList();
    }

    /** The columns a terminal gives a text: two for a wide (CJK, full-width) character, else one. */
    private static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    /** Cuts a text to a width, ending it with … when cut. */
    private static String fit(String text, int columns) {
        if (width(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int c : text.codePoints().toArray()) {
            int w = isWide(c) ? 2 : 1;
            if (used + w > columns - 1) {
                break;
            }
            out.appendCodePoint(c);
            used += w;
        }
        return out.append('…').toString();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof DataTable that && name.equals(that.name) && columns.equals(that.columns)
                && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, rows);
    }

    /**
     * Returns the name, the size and the first 40 rows as aligned text.
     *
     * @return a readable, multi-line form, not null
     */
    @Override
    public String toString() {
        List<List<String>> shown = new ArrayList<>();
        shown.add(columns);
        shown.addAll(rows.subList(0, Math.min(SHOWN_ROWS, rows.size())));
        int[] widths = new int[columns.size()];
        for (List<String> row : shown) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.min(40, Math.max(widths[i], width(row.get(i))));
            }
        }
        StringBuilder out = new StringBuilder("DataTable[" + name + ", " + rows.size() + " rows × "
                + columns.size() + " columns]");
        for (List<String> row : shown) {
            out.append('\n');
            for (int i = 0; i < widths.length; i++) {
                String cell = fit(row.get(i).replace('\n', ' '), widths[i]);
                out.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(Math.max(0, widths[i] - width(cell))));
            }
        }
        if (rows.size() > SHOWN_ROWS) {
            out.append("\n… ").append(rows.size() - SHOWN_ROWS).append(" more rows");
        }
        return out.toString();
    }
}
