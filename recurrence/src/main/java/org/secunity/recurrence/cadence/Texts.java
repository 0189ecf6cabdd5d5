package org.secunity.recurrence.cadence;

import java.util.List;

/** Text helpers shared by the parsers and writers: normalization, numbers, lists. Stateless. */
final class Texts {

    private Texts() {
    }

    /**
     * Returns the text with full-width ASCII (digits, letters, {@code ：}, {@code （）}, {@code ～})
     * and the ideographic space replaced by their ASCII forms, one character for one, so that an
     * index into the result is an index into the input.
     */
    static String normalize(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            } else if (c == '\u301C') {
                c = '~';
            } else if (c == '\uFF65') {
                c = '・';
            }
            out[i] = c;
        }
        return new String(out);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Returns whether the text has a Japanese character: kana, a CJK ideograph or Japanese punctuation. */
    static boolean hasJapanese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u3000' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) {
                return true;
            }
        }
        return false;
    }

    /** Joins with a separator, the last two with another: {@code "A, B and C"}. */
    static String join(List<String> items, String separator, String last) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(i == items.size() - 1 ? last : separator);
            }
            out.append(items.get(i));
        }
        return out.toString();
    }

    /** Returns the English ordinal suffix form of a positive number: 1st, 2nd, 3rd, 4th, 11th, 21st. */
    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix;
        if (mod100 >= 11 && mod100 <= 13) {
            suffix = "th";
        } else if (n % 10 == 1) {
            suffix = "st";
        } else if (n % 10 == 2) {
            suffix = "nd";
        } else if (n % 10 == 3) {
            suffix = "rd";
        } else {
            suffix = "th";
        }
        return n + suffix;
    }
}
