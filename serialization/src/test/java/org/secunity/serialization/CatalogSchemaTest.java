package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.serialization.internal.JacksonFactories;
import org.secunity.serialization.internal.SchemaGenerator;

/**
 * The shipped JSON Schema is exactly what the codecs generate, and a real validator (networknt,
 * draft 2020-12) accepts the seed catalog and every positive document and rejects the negative
 * documents that break the document's shape.
 */
class CatalogSchemaTest {

    /**
     * Negative cases whose shape is valid: they break rules a JSON Schema cannot state (references,
     * uniqueness by key, groundings, date order, real calendar dates, absolute URIs), or spell a
     * number in a YAML form (0x1F) that a generic YAML reader accepts and ours refuses.
     */
    private static final Set<String> SEMANTIC_ONLY = Set.of("yaml-hex-number.yaml",
            "dangling-community.json", "dangling-partner.json", "duplicate-community-id.json",
            "duplicate-practice-number.json", "practice-number-out-of-range.json",
            "grounding-missing-quote.json", "grounding-extra-quote.json", "prefecture-outside-region.json",
            "end-before-start.json", "span-not-after-date.json", "bad-date.json", "relative-url.json");

    /** Negative cases that are not a single well-formed JSON or YAML document. */
    private static final Set<String> MALFORMED = Set.of("empty.json", "truncated.json", "trailing-garbage.json",
            "duplicate-key.json", "malformed.yaml", "two-documents.yaml", "yaml-alias.yaml");

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Catalogs.jsonSchema());
    }

    private static final ObjectMapper JSON = JacksonFactories.strictMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    @Test
    void shipped_schema_is_what_the_codecs_generate() throws IOException {
        String generated = SchemaGenerator.generate("catalog");
        if (Boolean.getBoolean("secunity.schema.update")) {
            Path file = Path.of("src/main/resources", SchemaGenerator.resource("catalog"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Catalogs.jsonSchema())
                .as("the shipped schema is stale: run the build with -Dsecunity.schema.update=true and commit the file")
                .isEqualTo(generated);
    }

    @Test
    void schema_is_draft_2020_12_and_closed() throws IOException {
        JsonNode schema = JSON.readTree(Catalogs.jsonSchema());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("required")).extracting(JsonNode::asText).contains("schemaVersion");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.at("/$defs/practice/properties/community/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(schema.at("/$defs/EffectTag/enum")).hasSize(5);
    }

    @Test
    void seed_catalog_is_valid_against_the_schema() throws IOException {
        try (InputStream in = SeedCatalog.class.getResourceAsStream(SeedCatalog.RESOURCE)) {
            assertThat(errors(JSON.readTree(in))).isEmpty();
        }
    }

    @Test
    void documents_this_library_writes_are_valid_against_the_schema() throws IOException {
        assertThat(errors(JSON.readTree(SecunityJson.write(SeedCatalog.load())))).isEmpty();
        assertThat(errors(YAML.readTree(SecunityYaml.write(SeedCatalog.load())))).isEmpty();
    }

    static Stream<Path> positiveFiles() throws IOException {
        return CatalogConformanceTest.positiveFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positiveFiles")
    void positive_document_is_valid_against_the_schema(Path file) throws IOException {
        assertThat(errors(tree(file))).isEmpty();
    }

    static Stream<Arguments> negativeCases() {
        return CatalogConformanceTest.negativeCases()
                .filter(a -> !MALFORMED.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void negative_document_is_rejected_by_the_schema_unless_only_a_semantic_rule_is_broken(String name, String expected)
            throws IOException {
        List<Error> errors = errors(tree(CatalogConformanceTest.directory("negative").resolve(name)));
        if (SEMANTIC_ONLY.contains(name)) {
            assertThat(errors).as("the schema cannot see this rule: %s", expected).isEmpty();
        } else {
            assertThat(errors).as(expected).isNotEmpty();
        }
    }

    private static JsonNode tree(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return file.toString().endsWith(".yaml") ? YAML.readTree(text) : JSON.readTree(text);
    }

    private static List<Error> errors(JsonNode document) {
        return schema().validate(Objects.requireNonNull(document));
    }
}
