package org.secunity.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The server's own small JSON: problem details, the health document and the OpenAPI merge.
 * Documents (envelopes such as {@code {"practices": […]}} with {@code WireType.envelope},
 * rankings) are written by the library's codecs, never here.
 */
final class Json {

    /** Reads only what the server itself wrote or ships; request bodies go to the library. */
    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

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
