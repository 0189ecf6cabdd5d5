package org.secunity.examples.cli;

/**
 * Padding and wrapping for terminal text, counting East Asian wide characters as two columns, and counts of
 * things in English.
 */
final class Text {

    private Text() {}

    /**
     * Returns a count of things in English, with the singular for one: {@code 1 community}, {@code 0 dates},
     * {@code 10 communities}.
     */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** Returns the number of terminal columns a text takes. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Pads a text with spaces on the right to a number of columns. */
    static String pad(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** Pads a text with spaces on the left to a number of columns. */
    static String padLeft(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : " ".repeat(missing) + text;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
