package org.secunity.serialization.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.secunity.SecunityException;

/**
 * RFC 5545 content lines: TEXT escaping (§3.3.11) and line folding (§3.1).
 *
 * <p>Lines end with CRLF. A line longer than 75 octets of UTF-8 is folded: CRLF and one space
 * are put before the code point that would pass the limit, so no line, the space included, is
 * longer than 75 octets, and no UTF-8 sequence is split. Unfolding (removing every CRLF followed
 * by one space) gives back the line.
 */
public final class ContentLines {

    /** The most octets of one physical line, without its CRLF. */
    public static final int MAX_OCTETS = 75;

    private final Writer out;

    /**
     * Creates a writer of content lines.
     *
     * @param out where the lines go
     */
    public ContentLines(Writer out) {
        this.out = out;
    }

    /**
     * Writes one content line, folded, followed by CRLF.
     *
     * @param line the unfolded line, without line breaks
     * @throws IOException if writing fails
     * @throws SecunityException if the line has a CR or LF
     */
    public void line(String line) throws IOException {
        out.write(fold(line));
    }

    /**
     * Writes a property whose value is TEXT, escaped.
     *
     * @param nameAndParameters the name and any parameters, such as {@code SUMMARY;LANGUAGE=ja}
     * @param text the text, unescaped
     * @throws IOException if writing fails
     */
    public void text(String nameAndParameters, String text) throws IOException {
        line(nameAndParameters + ":" + escape(text));
    }

    /**
     * Folds a content line.
     *
     * @param line the unfolded line, without line breaks
     * @return the physical lines, each ending with CRLF, continuation lines starting with a space
     * @throws SecunityException if the line has a CR or LF
     */
    public static String fold(String line) {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new SecunityException("a content line must not contain a line break: " + Paths.excerpt(line));
        }
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = utf8Length(cp);
            if (octets + n > MAX_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return folded.append("\r\n").toString();
    }

    /**
     * Unfolds folded lines, as a reader does: removes every CRLF followed by one space or tab.
     *
     * @param folded the folded text
     * @return the unfolded text
     */
    public static String unfold(String folded) {
        return folded.replace("\r\n ", "").replace("\r\n\t", "");
    }

    /**
     * Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break (CRLF, LF
     * or CR) becomes {@code \n}, and other control characters but the tab are dropped, as TEXT
     * does not allow them.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        if (cp < 0x10000) {
            return 3; // a lone surrogate too: more than its replacement, so folding stays within the limit
        }
        return 4;
    }

    /**
     * Returns the number of UTF-8 octets of a text, as {@link #fold} counts them.
     *
     * @param text the text
     * @return the octets
     */
    public static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
