package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.SecunityException;

/**
 * The codec of a JSON object, described by its fields: the one description from which decoding,
 * writing and the JSON Schema all follow.
 *
 * <p>Decoding reports every unknown property (unless ignored), every missing required one, every
 * null where none is allowed and every bad field value, then builds the model value from the
 * decoded fields. A model invariant that fails at build time ({@link SecunityDataException} with
 * paths relative to the value) is re-rooted under the object's JSON path, with the line and
 * column of the offending field.
 *
 * @param <T> the model type
 */
public final class ObjectCodec<T> implements Codec<T> {

    /** How a field may appear in a document. */
    enum Presence {
        /** Must be present and not null. */
        REQUIRED,
        /** May be left out; never null; written only when present. */
        OPTIONAL,
        /** Must be present; null means absent; always written. */
        NULLABLE,
        /** May be left out (a default applies); never null; always written. */
        DEFAULTED
    }

    /**
     * One field of an object.
     *
     * @param <T> the model type
     * @param <V> the field's decoded type
     */
    public static final class Field<T, V> {
        final String name;
        final Codec<V> codec;
        final Presence presence;
        final Function<T, Optional<V>> getter;
        final @Nullable V defaultValue;
        final String description;

        Field(String name, Codec<V> codec, Presence presence, Function<T, Optional<V>> getter,
                @Nullable V defaultValue, String description) {
            this.name = name;
            this.codec = codec;
            this.presence = presence;
            this.getter = getter;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        /**
         * Returns the field's name on the wire.
         *
         * @return the name
         */
        public String name() {
            return name;
        }
    }

    /**
     * The decoded fields of one object, handed to the constructor of the model value.
     *
     * @param <T> the model type
     */
    public static final class Decoded<T> {
        private final Map<Field<T, ?>, Optional<?>> values = new IdentityHashMap<>();
        private final Node.Obj node;
        private final String path;
        private final DecodeContext context;
        private final Map<String, String> aliases;
        private boolean failed;

        Decoded(Node.Obj node, String path, DecodeContext context, Map<String, String> aliases) {
            this.node = node;
            this.path = path;
            this.context = context;
            this.aliases = aliases;
        }

        /**
         * Returns a required field's value.
         *
         * @param <V> the value type
         * @param field the field
         * @return the value
         */
        @SuppressWarnings("unchecked")
        public <V> V get(Field<T, V> field) {
            Optional<?> value = values.get(field);
            if (value == null || value.isEmpty()) {
                if (field.defaultValue != null) {
                    return field.defaultValue;
                }
                throw new IllegalStateException("field " + field.name + " has no value");
            }
            return (V) value.get();
        }

        /**
         * Returns an optional or nullable field's value.
         *
         * @param <V> the value type
         * @param field the field
         * @return the value, or empty when absent or null
         */
        @SuppressWarnings("unchecked")
        public <V> Optional<V> optional(Field<T, V> field) {
            Optional<?> value = values.get(field);
            return value == null ? Optional.empty() : (Optional<V>) value;
        }

        /**
         * Returns where the object is.
         *
         * @return the object's JSON path
         */
        public String path() {
            return path;
        }

        /**
         * Returns the object's node.
         *
         * @return the node
         */
        public Node.Obj node() {
            return node;
        }

        /**
         * Reports a violation at a path relative to this object (such as {@code groundings.effectTags}),
         * located at the deepest node the path reaches.
         *
         * @param relative the relative path, in model or wire names; empty for the object itself
         * @param message the problem
         */
        public void fail(String relative, String message) {
            failed = true;
            String wire = translate(relative);
            context.fail(join(path, wire), locate(node, wire), message);
        }

        private String translate(String relative) {
            String p = relative;
            int end = segmentEnd(p);
            if (end > 0 && p.substring(0, end).contains(" ")) {
                // the model prefixes its own paths with "community haisl" or "practice 3"
                p = p.substring(end);
                if (p.startsWith(".")) {
                    p = p.substring(1);
                }
                end = segmentEnd(p);
            }
            if (end > 0) {
                String first = p.substring(0, end);
                String wire = aliases.get(first);
                if (wire != null) {
                    p = wire + p.substring(end);
                }
            }
            return p;
        }
    }

    private final String name;
    private final String description;
    private final List<Field<T, ?>> fields;
    private final Map<String, Field<T, ?>> byName;
    private final Map<String, String> aliases;
    private final Function<Decoded<T>, @Nullable T> constructor;
    private final List<Consumer<Decoded<T>>> validators;

    private ObjectCodec(String name, String description, List<Field<T, ?>> fields, Map<String, String> aliases,
            List<Consumer<Decoded<T>>> validators, Function<Decoded<T>, @Nullable T> constructor) {
        this.name = name;
        this.description = description;
        this.fields = List.copyOf(fields);
        Map<String, Field<T, ?>> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name, f));
        this.byName = Collections.unmodifiableMap(map);
        this.aliases = Map.copyOf(aliases);
        this.constructor = constructor;
        this.validators = List.copyOf(validators);
    }

    /**
     * Starts the description of an object codec.
     *
     * @param <T> the model type
     * @param name the name of the schema definition, such as {@code practice}
     * @param description what the object is, for the schema
     * @return the builder
     */
    public static <T> Builder<T> builder(String name, String description) {
        return new Builder<>(name, description);
    }

    /**
     * Returns the fields, in wire order.
     *
     * @return the fields
     */
    public List<Field<T, ?>> fields() {
        return fields;
    }

    @Override
    public @Nullable T decode(Node node, String path, DecodeContext context) {
        if (!(node instanceof Node.Obj object)) {
            context.wrongType(path, node, "an object (" + name + ")");
            return null;
        }
        Decoded<T> decoded = new Decoded<>(object, path, context, aliases);
        for (Node.Member member : object.members().values()) {
            Field<T, ?> field = byName.get(member.key());
            String childPath = Paths.member(path, member.key());
            if (field == null) {
                if (!context.options().unknownPropertiesIgnored()) {
                    context.fail(childPath, member.keyLocation(), "unknown property \"" + Paths.excerpt(member.key())
                            + "\" of " + name + "; allowed: " + String.join(", ", byName.keySet()));
                    decoded.failed = true;
                }
                continue;
            }
            decodeField(field, member, childPath, decoded, context);
        }
        for (Field<T, ?> field : fields) {
            if ((field.presence == Presence.REQUIRED || field.presence == Presence.NULLABLE)
                    && !object.members().containsKey(field.name)) {
                context.fail(path, object, "missing required property \"" + field.name + "\" of " + name
                        + (field.presence == Presence.NULLABLE ? " (write null for none)" : ""));
                decoded.failed = true;
            }
        }
        for (Consumer<Decoded<T>> validator : validators) {
            validator.accept(decoded);
        }
        if (decoded.failed) {
            return null;
        }
        try {
            T value = constructor.apply(decoded);
            return decoded.failed ? null : value;
        } catch (SecunityDataException e) {
            for (Violation v : e.violations()) {
                decoded.fail(v.path(), v.message());
            }
            return null;
        } catch (SecunityException e) {
            decoded.fail("", String.valueOf(e.getMessage()));
            return null;
        }
    }

    private <V> void decodeField(Field<T, V> field, Node.Member member, String childPath, Decoded<T> decoded,
            DecodeContext context) {
        Node value = member.value();
        if (value instanceof Node.Null) {
            if (field.presence == Presence.NULLABLE) {
                decoded.values.put(field, Optional.empty());
            } else {
                context.fail(childPath, value, field.presence == Presence.REQUIRED
                        ? "must not be null"
                        : "null is not allowed; leave the property out instead");
                decoded.failed = true;
            }
            return;
        }
        V v = field.codec.decode(value, childPath, context);
        if (v == null) {
            decoded.failed = true;
        } else {
            decoded.values.put(field, Optional.of(v));
        }
    }

    @Override
    public void encode(T value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        encodeFields(value, out);
        out.writeEndObject();
    }

    /**
     * Writes the value's fields into an object the caller has started, so that a document can add
     * members after them.
     *
     * @param value the value
     * @param out the generator, inside an object
     * @throws IOException if writing fails
     */
    public void encodeFields(T value, JsonGenerator out) throws IOException {
        for (Field<T, ?> field : fields) {
            encodeField(field, value, out);
        }
    }

    private <V> void encodeField(Field<T, V> field, T value, JsonGenerator out) throws IOException {
        Optional<V> v = field.getter.apply(value);
        if (v.isPresent()) {
            out.writeFieldName(field.name);
            field.codec.encode(v.get(), out);
        } else if (field.presence == Presence.NULLABLE) {
            out.writeFieldName(field.name);
            out.writeNull();
        } else if (field.presence == Presence.REQUIRED || field.presence == Presence.DEFAULTED) {
            throw new IllegalStateException("no value for the required field " + field.name + " of " + name);
        }
    }

    @Override
    public ObjectNode schema(SchemaContext schema) {
        return schema.ref(name, () -> inlineSchema(schema));
    }

    /**
     * Returns the object's schema itself, not a reference to a definition (for a document's root).
     *
     * @param schema the schema being generated
     * @return the object's schema
     */
    public ObjectNode inlineSchema(SchemaContext schema) {
        ObjectNode node = schema.object().put("type", "object").put("description", description);
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = schema.object().arrayNode();
        for (Field<T, ?> field : fields) {
            ObjectNode fieldSchema = field.codec.schema(schema);
            if (field.presence == Presence.NULLABLE) {
                ObjectNode either = schema.object();
                either.putArray("anyOf").add(fieldSchema).add(schema.object().put("type", "null"));
                fieldSchema = either;
            }
            fieldSchema.put("description", field.description);
            properties.set(field.name, fieldSchema);
            if (field.presence == Presence.REQUIRED || field.presence == Presence.NULLABLE) {
                required.add(field.name);
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
        return node;
    }

    private static int segmentEnd(String path) {
        if (path.startsWith("[")) {
            return 0;
        }
        int end = 0;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
            end++;
        }
        return end;
    }

    private static String join(String root, String relative) {
        if (relative.isEmpty()) {
            return root;
        }
        return relative.startsWith("[") ? root + relative : root + "." + relative;
    }

    /** Walks a relative path of names and indexes as far as the tree allows. */
    private static Node.Location locate(Node start, String relative) {
        Node node = start;
        Node.Location at = start.location();
        String rest = relative;
        while (!rest.isEmpty()) {
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
                continue;
            }
            if (rest.startsWith("[")) {
                int close = rest.indexOf(']');
                if (close < 0) {
                    break;
                }
                int index;
                try {
                    index = Integer.parseInt(rest.substring(1, close));
                } catch (NumberFormatException e) {
                    break;
                }
                if (!(node instanceof Node.Arr array) || index < 0 || index >= array.items().size()) {
                    break;
                }
                node = array.items().get(index);
                at = node.location();
                rest = rest.substring(close + 1);
                continue;
            }
            int end = segmentEnd(rest);
            String key = rest.substring(0, end);
            if (!(node instanceof Node.Obj object) || !object.members().containsKey(key)) {
                break;
            }
            Node.Member member = object.members().get(key);
            node = member.value();
            at = node.location();
            rest = rest.substring(end);
        }
        return at;
    }

    /**
     * Describes an object codec field by field.
     *
     * @param <T> the model type
     */
    public static final class Builder<T> {
        private final String name;
        private final String description;
        private final List<Field<T, ?>> fields = new ArrayList<>();
        private final Map<String, String> aliases = new HashMap<>();
        private final List<Consumer<Decoded<T>>> validators = new ArrayList<>();

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        private <V> Field<T, V> add(Field<T, V> field) {
            fields.add(field);
            return field;
        }

        /**
         * Adds a field that must be present and not null.
         *
         * @param <V> the field's type
         * @param name the wire name
         * @param codec the value's codec
         * @param getter reads the value for writing
         * @param description what the field is, for the schema
         * @return the field, to read its value in the constructor
         */
        public <V> Field<T, V> required(String name, Codec<V> codec, Function<T, V> getter, String description) {
            return add(new Field<>(name, codec, Presence.REQUIRED, t -> Optional.of(getter.apply(t)), null,
                    description));
        }

        /**
         * Adds a field that may be left out, and is never null.
         *
         * @param <V> the field's type
         * @param name the wire name
         * @param codec the value's codec
         * @param getter reads the value for writing
         * @param description what the field is, for the schema
         * @return the field
         */
        public <V> Field<T, V> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter,
                String description) {
            return add(new Field<>(name, codec, Presence.OPTIONAL, getter, null, description));
        }

        /**
         * Adds a field that must be present and may be null (for "none").
         *
         * @param <V> the field's type
         * @param name the wire name
         * @param codec the value's codec
         * @param getter reads the value for writing
         * @param description what the field is, for the schema
         * @return the field
         */
        public <V> Field<T, V> nullable(String name, Codec<V> codec, Function<T, Optional<V>> getter,
                String description) {
            return add(new Field<>(name, codec, Presence.NULLABLE, getter, null, description));
        }

        /**
         * Adds a field that may be left out for a default, and is always written.
         *
         * @param <V> the field's type
         * @param name the wire name
         * @param codec the value's codec
         * @param defaultValue the value when left out
         * @param getter reads the value for writing
         * @param description what the field is, for the schema
         * @return the field
         */
        public <V> Field<T, V> defaulted(String name, Codec<V> codec, V defaultValue, Function<T, V> getter,
                String description) {
            return add(new Field<>(name, codec, Presence.DEFAULTED, t -> Optional.of(getter.apply(t)),
                    defaultValue, description));
        }

        /**
         * Adds a list field: left out means empty, always written.
         *
         * @param <E> the item type
         * @param name the wire name
         * @param codec the list's codec
         * @param getter reads the list for writing
         * @param description what the field is, for the schema
         * @return the field
         */
        public <E> Field<T, List<E>> list(String name, Codec<List<E>> codec, Function<T, List<E>> getter,
                String description) {
            return defaulted(name, codec, List.of(), getter, description);
        }

        /**
         * Declares that the model calls a wire field by another name in its invariant messages.
         *
         * @param modelName the model's attribute name, such as {@code effectTagGroundings}
         * @param wireName the wire name, such as {@code effectTags}
         * @return this builder
         */
        public Builder<T> alias(String modelName, String wireName) {
            aliases.put(modelName, wireName);
            return this;
        }

        /**
         * Adds a check of the raw object that runs even when some fields failed to decode, so that
         * document-wide rules (unique IDs, references) are reported together with field errors.
         *
         * @param validator reports violations through {@link Decoded#fail}; reads {@link Decoded#node()}
         * @return this builder
         */
        public Builder<T> validate(Consumer<Decoded<T>> validator) {
            validators.add(validator);
            return this;
        }

        /**
         * Finishes the codec.
         *
         * @param constructor builds the model value from the decoded fields; may report violations
         *     through {@link Decoded#fail} and return null
         * @return the codec
         */
        public ObjectCodec<T> build(Function<Decoded<T>, @Nullable T> constructor) {
            return new ObjectCodec<>(name, description, fields, aliases, validators, constructor);
        }
    }
}
