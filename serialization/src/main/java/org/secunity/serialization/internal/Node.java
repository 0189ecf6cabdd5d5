package org.secunity.serialization.internal;

import java.util.List;
import java.util.Map;

/**
 * One value of a parsed JSON or YAML document, with where it starts in the text.
 *
 * <p>The readers build the whole tree first (under the configured limits) and the codecs decode
 * it afterwards, so that every violation of a document can be reported with its path, line and
 * column, not only the first.
 */
public sealed interface Node permits Node.Obj, Node.Arr, Node.Str, Node.Num, Node.Bool, Node.Null {

    /**
     * Returns where the value starts.
     *
     * @return the location, not null
     */
    Location location();

    /**
     * Returns what kind of value this is, with an article, for messages: "an object", "a string".
     *
     * @return the kind, not null
     */
    String kind();

    /**
     * A 1-based line and column in the document text.
     *
     * @param line the line, from 1 (0 when unknown)
     * @param column the column, from 1 (0 when unknown)
     */
    record Location(int line, int column) {

        /** The location of values that were not read from text. */
        public static final Location UNKNOWN = new Location(0, 0);

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /**
     * An object: its members in document order.
     *
     * @param members the members by key, in document order, unmodifiable
     * @param location where the object starts
     */
    record Obj(Map<String, Member> members, Location location) implements Node {
        @Override
        public String kind() {
            return "an object";
        }
    }

    /**
     * One member of an object.
     *
     * @param key the key
     * @param keyLocation where the key starts
     * @param value the value
     */
    record Member(String key, Location keyLocation, Node value) {}

    /**
     * An array.
     *
     * @param items the items, in order, unmodifiable
     * @param location where the array starts
     */
    record Arr(List<Node> items, Location location) implements Node {
        @Override
        public String kind() {
            return "an array";
        }
    }

    /**
     * A string.
     *
     * @param value the text
     * @param location where the string starts
     */
    record Str(String value, Location location) implements Node {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /**
     * A number, kept as its text.
     *
     * @param text the number as written
     * @param integral whether it is an integer (no fraction or exponent)
     * @param location where the number starts
     */
    record Num(String text, boolean integral, Location location) implements Node {
        @Override
        public String kind() {
            return integral ? "an integer" : "a decimal number";
        }
    }

    /**
     * A boolean.
     *
     * @param value the value
     * @param location where it starts
     */
    record Bool(boolean value, Location location) implements Node {
        @Override
        public String kind() {
            return "a boolean";
        }
    }

    /**
     * An explicit null.
     *
     * @param location where it starts
     */
    record Null(Location location) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }
}
