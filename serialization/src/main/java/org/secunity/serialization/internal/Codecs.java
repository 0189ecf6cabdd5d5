package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.core.Labelled;

/** Codecs of scalars and lists, from which {@link ModelCodecs} composes the model's. */
public final class Codecs {

    private Codecs() {}

    /** Any string (blank checks are the model's). */
    public static final Codec<String> STRING = new Codec<>() {
        @Override
        public @Nullable String decode(Node node, String path, DecodeContext context) {
            if (node instanceof Node.Str s) {
                return s.value();
            }
            context.wrongType(path, node, "a string");
            return null;
        }

        @Override
        public void encode(String value, JsonGenerator out) throws IOException {
            out.writeString(value);
        }

        @Override
        public ObjectNode schema(SchemaContext schema) {
            return schema.object().put("type", "string");
        }
    };

    /** A string with at least one character that is not white space. */
    public static final Codec<String> NON_BLANK = new Codec<>() {
        @Override
        public @Nullable String decode(Node node, String path, DecodeContext context) {
            return STRING.decode(node, path, context);
        }

        @Override
        public void encode(String value, JsonGenerator out) throws IOException {
            out.writeString(value);
        }

        @Override
        public ObjectNode schema(SchemaContext schema) {
            return schema.ref("nonBlankString", () -> schema.object()
                    .put("type", "string")
                    .put("pattern", "\\S"));
        }
    };

    /** A boolean. */
    public static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public @Nullable Boolean decode(Node node, String path, DecodeContext context) {
            if (node instanceof Node.Bool b) {
                return b.value();
            }
            context.wrongType(path, node, "a boolean");
            return null;
        }

        @Override
        public void encode(Boolean value, JsonGenerator out) throws IOException {
            out.writeBoolean(value);
        }

        @Override
        public ObjectNode schema(SchemaContext schema) {
            return schema.object().put("type", "boolean");
        }
    };

    /**
     * Returns a codec of integers in a range.
     *
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return the codec
     */
    public static Codec<Integer> integer(int min, int max) {
        return new Codec<>() {
            @Override
            public @Nullable Integer decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Num n) || !n.integral()) {
                    context.wrongType(path, node, "an integer");
                    return null;
                }
                if (!INTEGER.matcher(n.text()).matches()) {
                    context.fail(path, node, "expected a decimal integer but found " + Paths.excerpt(n.text()));
                    return null;
                }
                long value;
                try {
                    value = Long.parseLong(n.text());
                } catch (NumberFormatException e) {
                    value = n.text().startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
                }
                if (value < min || value > max) {
                    context.fail(path, node, "must be " + range(min, max) + ", but was " + n.text());
                    return null;
                }
                return (int) value;
            }

            @Override
            public void encode(Integer value, JsonGenerator out) throws IOException {
                out.writeNumber(value);
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                ObjectNode node = schema.object().put("type", "integer");
                if (min != Integer.MIN_VALUE) {
                    node.put("minimum", min);
                }
                if (max != Integer.MAX_VALUE) {
                    node.put("maximum", max);
                }
                return node;
            }
        };
    }

    private static String range(int min, int max) {
        if (max == Integer.MAX_VALUE) {
            return ">= " + min;
        }
        return min == max ? String.valueOf(min) : "in " + min + ".." + max;
    }

    /**
     * Returns a codec of a vocabulary enum, by ID.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the codec
     */
    public static <E extends Enum<E> & Labelled> Codec<E> enumeration(Class<E> type) {
        return enumBy(type, Labelled::id, " ID (a string)");
    }

    /**
     * Returns a codec of a plain enum (not a vocabulary), by constant name.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the codec
     */
    public static <E extends Enum<E>> Codec<E> plainEnum(Class<E> type) {
        return enumBy(type, Enum::name, " (a string)");
    }

    /** The codec of an enum whose constants are written as strings, each its key. */
    private static <E extends Enum<E>> Codec<E> enumBy(Class<E> type, Function<E, String> key, String asWhat) {
        List<String> keys = Arrays.stream(type.getEnumConstants()).map(key).toList();
        Map<String, E> byKey = new HashMap<>();
        for (E e : type.getEnumConstants()) {
            byKey.putIfAbsent(key.apply(e), e);
        }
        return new Codec<>() {
            @Override
            public @Nullable E decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Str s)) {
                    context.wrongType(path, node, "a " + type.getSimpleName() + asWhat);
                    return null;
                }
                E value = byKey.get(s.value());
                if (value == null) {
                    context.fail(path, node, unknownValue(type, s.value(), path, keys));
                }
                return value;
            }

            @Override
            public void encode(E value, JsonGenerator out) throws IOException {
                out.writeString(key.apply(value));
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                return schema.ref(type.getSimpleName(), () -> {
                    ObjectNode node = schema.object().put("type", "string");
                    ArrayNode values = node.putArray("enum");
                    keys.forEach(values::add);
                    return node;
                });
            }
        };
    }

    /**
     * Returns the constant of a vocabulary enum with an ID.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @param id the ID
     * @return the constant, or null when none has the ID
     */
    public static <E extends Enum<E> & Labelled> @Nullable E byId(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Returns the message for an unknown enum ID: the value, the type, the field and the allowed values.
     *
     * @param type the enum's class
     * @param value the unknown ID
     * @param path where it was found
     * @param ids the allowed IDs
     * @return the message
     */
    public static String unknownValue(Class<?> type, String value, String path, List<String> ids) {
        return "\"" + Paths.excerpt(value) + "\" is not a valid " + type.getSimpleName() + " for "
                + fieldOf(path) + "; allowed values: " + String.join(", ", ids);
    }

    /** Returns the name of the last object member in a path: {@code effectTags} for {@code $.practices[3].effectTags[0]}. */
    private static String fieldOf(String path) {
        String p = path;
        while (p.endsWith("]")) {
            int open = p.lastIndexOf('[');
            if (p.startsWith("['", open + 1) || open < 0) {
                break;
            }
            p = p.substring(0, open);
        }
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    /**
     * Returns the codec of a list under one named member, {@code {"<member>": […]}}.
     *
     * @param <E> the item type
     * @param member the member's name
     * @param list the list's codec
     * @return the codec
     */
    public static <E> Codec<List<E>> envelope(String member, Codec<List<E>> list) {
        ObjectCodec.Builder<List<E>> b = ObjectCodec.builder(member + "Envelope",
                "A list under the member " + member);
        ObjectCodec.Field<List<E>, List<E>> items = b.required(member, list, Function.identity(), "The items");
        return b.build(d -> d.get(items));
    }

    /**
     * Returns a codec of a value written as text, such as a date.
     *
     * @param <T> the value's type
     * @param what what the text denotes, for messages ("a date (yyyy, yyyy-MM or yyyy-MM-dd)")
     * @param schemaName the name of the schema definition
     * @param pattern the regular expression of the text, for the schema, or null
     * @param format the JSON Schema {@code format}, or null
     * @param parse parses the text; throws {@link SecunityException} or {@link RuntimeException} on bad text
     * @param print prints a value as the text {@code parse} reads back
     * @return the codec
     */
    public static <T> Codec<T> text(String what, String schemaName, @Nullable String pattern,
            @Nullable String format, Function<String, T> parse, Function<T, String> print) {
        return new Codec<>() {
            @Override
            public @Nullable T decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Str s)) {
                    context.wrongType(path, node, what + " as a string");
                    return null;
                }
                try {
                    return parse.apply(s.value());
                } catch (RuntimeException e) {
                    context.fail(path, node, "\"" + Paths.excerpt(s.value()) + "\" is not " + what
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
                    return null;
                }
            }

            @Override
            public void encode(T value, JsonGenerator out) throws IOException {
                out.writeString(print.apply(value));
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                return schema.ref(schemaName, () -> {
                    ObjectNode node = schema.object().put("type", "string").put("description", what);
                    if (pattern != null) {
                        node.put("pattern", pattern);
                    }
                    if (format != null) {
                        node.put("format", format);
                    }
                    return node;
                });
            }
        };
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Returns a codec of lists: nulls are violations, and so are repeated items when {@code unique}.
     *
     * @param <E> the item type
     * @param item the items' codec
     * @param unique whether items must be distinct
     * @param minItems the least number of items
     * @return the codec
     */
    public static <E> Codec<List<E>> list(Codec<E> item, boolean unique, int minItems) {
        return new Codec<>() {
            @Override
            public @Nullable List<E> decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Arr array)) {
                    context.wrongType(path, node, "an array");
                    return null;
                }
                boolean ok = true;
                List<E> out = new ArrayList<>(array.items().size());
                List<Integer> at = new ArrayList<>(array.items().size());
                for (int i = 0; i < array.items().size(); i++) {
                    Node child = array.items().get(i);
                    String childPath = Paths.item(path, i);
                    if (child instanceof Node.Null) {
                        context.fail(childPath, child, "null is not allowed in a list");
                        ok = false;
                        continue;
                    }
                    E value = item.decode(child, childPath, context);
                    if (value == null) {
                        ok = false;
                        continue;
                    }
                    if (unique) {
                        int first = out.indexOf(value);
                        if (first >= 0) {
                            context.fail(childPath, child, "duplicate value " + describe(value)
                                    + " (first at " + Paths.item(path, at.get(first)) + ")");
                            ok = false;
                            continue;
                        }
                    }
                    out.add(value);
                    at.add(i);
                }
                if (ok && out.size() < minItems) {
                    context.fail(path, node, "must have at least " + minItems + " item" + (minItems == 1 ? "" : "s"));
                    ok = false;
                }
                return ok ? List.copyOf(out) : null;
            }

            @Override
            public void encode(List<E> value, JsonGenerator out) throws IOException {
                out.writeStartArray();
                for (E e : value) {
                    item.encode(e, out);
                }
                out.writeEndArray();
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                ObjectNode node = schema.object().put("type", "array");
                node.set("items", item.schema(schema));
                if (unique) {
                    node.put("uniqueItems", true);
                }
                if (minItems > 0) {
                    node.put("minItems", minItems);
                }
                return node;
            }
        };
    }

    private static String describe(Object value) {
        if (value instanceof Labelled l) {
            return l.id();
        }
        return "\"" + Paths.excerpt(String.valueOf(value)) + "\"";
    }

    /**
     * Returns a list codec's description: the items joined, for messages.
     *
     * @param values the values
     * @return the IDs or texts, comma-separated
     */
    public static String join(List<?> values) {
        return values.stream().map(Codecs::describe).collect(Collectors.joining(", "));
    }

    /** A decimal integer, as JSON and YAML write one (compiled once: it is checked for every integer read). */
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * Returns a codec of finite decimal numbers in a closed range; integers are accepted too.
     *
     * @param what what the number is, for messages ("weight")
     * @param min the least value allowed
     * @param max the greatest value allowed, or {@link Double#POSITIVE_INFINITY} for no bound
     * @return the codec
     */
    public static Codec<Double> decimal(String what, double min, double max) {
        return new Codec<>() {
            @Override
            public @Nullable Double decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Num n)) {
                    context.wrongType(path, node, "a number");
                    return null;
                }
                if (!DECIMAL.matcher(n.text()).matches()) {
                    context.fail(path, node, "expected a decimal number but found " + Paths.excerpt(n.text()));
                    return null;
                }
                double value = Double.parseDouble(n.text());
                if (!(value >= min && value <= max) || Double.isInfinite(value)) {
                    context.fail(path, node, what + " must be " + decimalRange(min, max) + ", but was " + n.text());
                    return null;
                }
                return value;
            }

            @Override
            public void encode(Double value, JsonGenerator out) throws IOException {
                out.writeNumber(value.doubleValue());
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                ObjectNode node = schema.object().put("type", "number").put("minimum", min);
                if (max != Double.POSITIVE_INFINITY) {
                    node.put("maximum", max);
                }
                return node;
            }
        };
    }

    private static String decimalRange(double min, double max) {
        return max == Double.POSITIVE_INFINITY ? "a finite number >= " + plain(min)
                : "in [" + plain(min) + ", " + plain(max) + "]";
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /**
     * Returns a codec of an object keyed by a vocabulary's IDs, such as {@code {"GOALS": 0.3}};
     * keys are read and written in document (and map) order.
     *
     * @param <E> the key vocabulary
     * @param <V> the value type
     * @param keyType the key enum's class
     * @param values the values' codec
     * @return the codec; decoded maps are unmodifiable, in document order
     */
    public static <E extends Enum<E> & Labelled, V> Codec<Map<E, V>> enumMap(Class<E> keyType, Codec<V> values) {
        return enumMap(keyType, values, "an object keyed by " + keyType.getSimpleName() + " IDs");
    }

    /**
     * Returns a codec of an object keyed by a vocabulary's IDs that names what it holds when a
     * value is of another type.
     *
     * @param <E> the key vocabulary
     * @param <V> the value type
     * @param keyType the key enum's class
     * @param values the values' codec
     * @param expected what a value of another type was expected to be, such as
     *     {@code "an object of quotes by EffectTag ID"}
     * @return the codec; decoded maps are unmodifiable, in document order
     */
    public static <E extends Enum<E> & Labelled, V> Codec<Map<E, V>> enumMap(Class<E> keyType, Codec<V> values,
            String expected) {
        List<String> ids = Arrays.stream(keyType.getEnumConstants()).map(Labelled::id).toList();
        return new Codec<>() {
            @Override
            public @Nullable Map<E, V> decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Obj object)) {
                    context.wrongType(path, node, expected);
                    return null;
                }
                Map<E, V> out = new LinkedHashMap<>();
                boolean ok = true;
                for (Node.Member m : object.members().values()) {
                    String childPath = Paths.member(path, m.key());
                    E key = byId(keyType, m.key());
                    if (key == null) {
                        context.fail(childPath, m.keyLocation(), unknownValue(keyType, m.key(), path, ids));
                        ok = false;
                        continue;
                    }
                    if (m.value() instanceof Node.Null) {
                        context.fail(childPath, m.value(), "must not be null");
                        ok = false;
                        continue;
                    }
                    V value = values.decode(m.value(), childPath, context);
                    if (value == null) {
                        ok = false;
                    } else {
                        out.put(key, value);
                    }
                }
                return ok ? Collections.unmodifiableMap(out) : null;
            }

            @Override
            public void encode(Map<E, V> value, JsonGenerator out) throws IOException {
                out.writeStartObject();
                for (Map.Entry<E, V> e : value.entrySet()) {
                    out.writeFieldName(e.getKey().id());
                    values.encode(e.getValue(), out);
                }
                out.writeEndObject();
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                ObjectNode node = schema.object().put("type", "object");
                node.set("propertyNames", enumeration(keyType).schema(schema));
                node.set("additionalProperties", values.schema(schema));
                return node;
            }
        };
    }
}
