package org.secunity.server.internal;

/** A page being written: markup as given, text escaped. Not thread-safe. */
final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Appends markup as it is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content and quoted attribute values. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Escapes {@code & < > " '}. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
