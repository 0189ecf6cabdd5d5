package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.serialization.Format;

/**
 * Generates the JSON Schema (draft 2020-12) of each document from its codecs' field descriptions,
 * so that the schema can never drift from what the readers accept.
 *
 * <p>The generated text is shipped as a resource ({@code org/secunity/serialization/schema/NAME.schema.json});
 * a test fails when the shipped file differs from what this generator produces.
 */
public final class SchemaGenerator {

    /** The JSON Schema dialect. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /** A document with a schema: its name, title and root codec. */
    private record Document(String title, String description, Codec<?> root) {}

    private static final Map<String, Document> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("catalog", new Document("Secunity catalog document",
                "Communities and practices of regional security communities (地域SECUNITY), schema version "
                        + SchemaVersions.CATALOG.current() + ". See docs/catalog-format.md.",
                new VersionedCodec<>(SchemaVersions.CATALOG, ModelCodecs.CATALOG)));
        DOCUMENTS.put("situation", new Document("Secunity situation document",
                "What a community says about itself when it asks the matcher for recommendations, schema version "
                        + MatchingCodecs.SITUATION_VERSIONS.current() + "; every field optional. See docs/serialization.md.",
                MatchingCodecs.SITUATION_DOCUMENT));
    }

    private SchemaGenerator() {}

    /**
     * Returns the names of the documents that have a schema.
     *
     * @return the names, such as {@code catalog}
     */
    public static List<String> documents() {
        return new ArrayList<>(DOCUMENTS.keySet());
    }

    /**
     * Returns the resource path of a document's shipped schema.
     *
     * @param document the document's name
     * @return the path, without a leading slash
     */
    public static String resource(String document) {
        return "org/secunity/serialization/schema/" + document + ".schema.json";
    }

    /**
     * Reads a document's shipped schema from the class path.
     *
     * @param document the document's name, one of {@link #documents()}
     * @return the schema text
     * @throws SecunityException if the resource is missing from the class path
     * @throws SecunityIOException if it cannot be read
     */
    public static String shipped(String document) {
        String name = "/" + resource(document);
        try (InputStream in = SchemaGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new SecunityException("the resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SecunityIOException("cannot read the resource " + name, e);
        }
    }

    /**
     * Generates a document's schema as text.
     *
     * @param document the document's name, one of {@link #documents()}
     * @return the schema, pretty-printed, ending with a line break
     * @throws SecunityException if there is no such document
     */
    public static String generate(String document) {
        Document doc = DOCUMENTS.get(document);
        if (doc == null) {
            throw new SecunityException("no schema for " + document + "; documents: " + DOCUMENTS.keySet());
        }
        SchemaContext context = new SchemaContext();
        ObjectNode root = context.object()
                .put("$schema", DIALECT)
                .put("$id", "urn:secunity:schema:" + document)
                .put("title", doc.title());
        ObjectNode body = doc.root().schema(context);
        root.setAll(body);
        root.put("description", doc.description());
        root.set("$defs", sorted(context.definitions()));
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JacksonFactories.generator(Format.JSON, out)) {
            JacksonFactories.strictMapper().writeTree(generator, root);
        } catch (IOException e) {
            throw new SecunityIOException("cannot write the schema of " + document, e);
        }
        return out + "\n";
    }

    private static ObjectNode sorted(ObjectNode defs) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = defs.fieldNames();
        it.forEachRemaining(names::add);
        names.sort(null);
        ObjectNode out = defs.objectNode();
        for (String name : names) {
            JsonNode def = defs.get(name);
            out.set(name, def);
        }
        return out;
    }
}
