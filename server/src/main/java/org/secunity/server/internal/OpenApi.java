package org.secunity.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.secunity.serialization.Catalogs;
import org.secunity.serialization.Situations;

/**
 * The OpenAPI 3.1 document of {@code /v1/openapi.json}: the paths and the server's own shapes
 * from the module's {@code openapi.json} resource, with the library's catalog and situation JSON
 * Schemas (generated from the codecs) merged into {@code components.schemas}, so that the
 * document says exactly what the codecs write and read.
 */
final class OpenApi {

    private static final String RESOURCE = "/org/secunity/server/openapi.json";
    private static final String DEFS = "#/$defs/";
    private static final String COMPONENTS = "#/components/schemas/";

    private OpenApi() {}

    /** Returns the document. */
    static String document() {
        ObjectNode root = (ObjectNode) template();
        ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
        merge(schemas, "Catalog", Json.tree(Catalogs.jsonSchema()));
        merge(schemas, "Situation", Json.tree(Situations.jsonSchema()));
        return Json.write(root);
    }

    private static JsonNode template() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a library schema as a component, its definitions beside it, references rewritten. */
    private static void merge(ObjectNode schemas, String name, JsonNode schema) {
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        JsonNode defs = copy.remove("$defs");
        copy.remove("$schema");
        copy.remove("$id");
        rewrite(copy);
        schemas.set(name, copy);
        if (defs != null) {
            for (Map.Entry<String, JsonNode> def : defs.properties()) {
                JsonNode value = def.getValue().deepCopy();
                rewrite(value);
                JsonNode existing = schemas.get(def.getKey());
                if (existing != null && !existing.equals(value)) {
                    throw new IllegalStateException("two library schemas define " + def.getKey() + " differently");
                }
                schemas.set(def.getKey(), value);
            }
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.textValue().startsWith(DEFS)) {
                object.set("$ref", TextNode.valueOf(COMPONENTS + ref.textValue().substring(DEFS.length())));
            }
            object.forEach(OpenApi::rewrite);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi::rewrite);
        }
    }
}
