package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of one type: how to decode it from a located tree, how to write it, and its JSON
 * Schema.
 *
 * <p>Codecs are immutable and stateless; decoding reports into a {@link DecodeContext} and never
 * throws for bad data.
 *
 * @param <T> the decoded type
 */
public interface Codec<T> {

    /**
     * Decodes a value.
     *
     * @param node the value's node
     * @param path the value's JSON path
     * @param context where violations are reported
     * @return the value, or null when a violation was reported
     */
    @Nullable T decode(Node node, String path, DecodeContext context);

    /**
     * Writes a value.
     *
     * @param value the value
     * @param out the generator
     * @throws IOException if writing fails
     */
    void encode(T value, JsonGenerator out) throws IOException;

    /**
     * Returns the JSON Schema of the wire form, registering named definitions in the context.
     *
     * @param schema the schema being generated
     * @return the schema (or a {@code $ref} to a definition)
     */
    ObjectNode schema(SchemaContext schema);
}
