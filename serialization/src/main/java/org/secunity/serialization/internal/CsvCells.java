package org.secunity.serialization.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes rows of CSV cells: RFC 4180 quoting, {@code \n} line ends, and cells that a spreadsheet
 * would run as a formula neutralised as OWASP recommends ("CSV Injection").
 *
 * <p>A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * is written with a single quote before it, inside double quotes: {@code =HYPERLINK(…)} becomes
 * {@code "'=HYPERLINK(…)"}, which Excel, LibreOffice and Google Sheets show as text. A cell that is
 * a plain decimal number ({@code -1}, {@code -0.25}, {@code 1.5E-4}) is written as it is: a
 * spreadsheet reads it as a number, never as a formula, and analysis tools must get it back as one.
 * Other cells are quoted only when they hold a comma, a double quote or a line break.
 */
public final class CsvCells {

    /** A number as the SDK writes numeric cells: optional minus, digits, optional fraction and exponent. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private CsvCells() {}

    /**
     * Returns whether a cell would start a formula in a spreadsheet, and so is written neutralised.
     *
     * @param cell the cell's text
     * @return true when the cell starts with {@code = + - @}, a tab or a carriage return and is not a
     *     plain decimal number
     */
    public static boolean isFormulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return trigger && !NUMBER.matcher(cell).matches();
    }

    /**
     * Returns a cell as it is written in a CSV row.
     *
     * @param cell the cell's text
     * @return the text, neutralised and quoted as needed
     */
    public static String encode(String cell) {
        boolean formula = isFormulaLike(cell);
        String text = formula ? "'" + cell : cell;
        boolean quote = formula || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Writes one row and its line end.
     *
     * @param out where to write
     * @param cells the cells, in order
     * @throws IOException if writing fails
     */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(encode(cells.get(i)));
        }
        out.write('\n');
    }
}
