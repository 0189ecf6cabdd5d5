package org.secunity.serialization.internal;

/** JSON paths in the {@code $.practices[3].effectTags[0]} notation. */
public final class Paths {

    /** The path of a document's root value. */
    public static final String ROOT = "$";

    private Paths() {}

    /**
     * Returns the path of an object member.
     *
     * @param parent the object's path
     * @param name the member's key
     * @return {@code parent.name}, or {@code parent['name']} when the key is not an identifier
     */
    public static String member(String parent, String name) {
        if (isIdentifier(name)) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** Whether a key is {@code [A-Za-z_][A-Za-z0-9_]*}: a loop, as it runs for every member read. */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the path of an array item.
     *
     * @param parent the array's path
     * @param index the 0-based index
     * @return {@code parent[index]}
     */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /**
     * Shortens a text for a message: at most 60 characters, with an ellipsis when cut.
     *
     * @param text the text
     * @return the text, or its start followed by {@code …}
     */
    public static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
