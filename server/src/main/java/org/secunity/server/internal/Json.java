package org.secunity.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.WireType;

/**
 * The server's own small JSON: the envelopes around the library's documents
 * ({@code {"practices": […]}}), problem details and the health document. Entries are always
 * written by the library's codecs, never by hand.
 */
final class Json {

    /** Reads only what the server itself wrote or ships; request bodies go to the library. */
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** Returns {@code {"<name>": <the list, as the library's codec writes it>}}. */
    static <T> ObjectNode envelope(String name, WireType<List<T>> type, List<T> values) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set(name, tree(SecunityMapper.json().write(type, values)));
        return root;
    }

    /** Parses JSON that the library or the server wrote. */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the library wrote invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a tree on one line. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
