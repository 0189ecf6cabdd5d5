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
 * The shipped situation JSON Schema is exactly what the codecs generate, and a real validator
 * (networknt, draft 2020-12) accepts every positive situation document and rejects the negative
 * ones that break the document's shape.
 */
class SituationSchemaTest {

    /** Negative cases whose shape is valid: they break rules a JSON Schema cannot state. */
    private static final Set<String> SEMANTIC_ONLY = Set.of("adopted-practice-not-in-catalog.json",
            "prefecture-outside-region.json");

    /**
     * Negative cases that are not a single well-formed JSON or YAML document, or that a generic YAML
     * reader refuses ({@code .nan}).
     */
    private static final Set<String> MALFORMED = Set.of("empty.json", "truncated.json", "trailing-document.json",
            "duplicate-goal.json", "goal-nan.yaml");

    private static final ObjectMapper JSON = JacksonFactories.strictMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Situations.jsonSchema());
    }

    @Test
    void shipped_schema_is_what_the_codecs_generate() throws IOException {
        String generated = SchemaGenerator.generate("situation");
        if (Boolean.getBoolean("secunity.schema.update")) {
            Path file = Path.of("src/main/resources", SchemaGenerator.resource("situation"));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Situations.jsonSchema())
                .as("the shipped schema is stale: run the build with -Dsecunity.schema.update=true and commit the file")
                .isEqualTo(generated);
    }

    @Test
    void schema_is_draft_2020_12_closed_and_requires_nothing() throws IOException {
        JsonNode schema = JSON.readTree(Situations.jsonSchema());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo("urn:secunity:schema:situation");
        assertThat(schema.has("required")).isFalse();
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.at("/properties/goals/additionalProperties/maximum").asDouble()).isEqualTo(1.0);
        assertThat(schema.at("/properties/challenges/uniqueItems").asBoolean()).isTrue();
        assertThat(schema.at("/$defs/Challenge/enum")).hasSize(22);
    }

    @Test
    void the_catalog_schema_is_shipped_next_to_it() {
        assertThat(SchemaGenerator.documents()).containsExactly("catalog", "situation");
        assertThat(SchemaGenerator.resource("situation")).startsWith("org/secunity/serialization/schema/");
    }

    @Test
    void documents_this_library_writes_are_valid_against_the_schema() throws IOException {
        String json = SecunityJson.write(SituationWireFormatTest.contractSituation());
        assertThat(errors(JSON.readTree(json))).isEmpty();
        assertThat(errors(YAML.readTree(SecunityYaml.write(SituationWireFormatTest.contractSituation())))).isEmpty();
    }

    static Stream<Path> positiveFiles() throws IOException {
        return SituationConformanceTest.positiveFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positiveFiles")
    void positive_document_is_valid_against_the_schema(Path file) throws IOException {
        assertThat(errors(tree(file))).isEmpty();
    }

    static Stream<Arguments> negativeCases() {
        return SituationConformanceTest.negativeCases().filter(a -> !MALFORMED.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void negative_document_is_rejected_by_the_schema_unless_only_a_semantic_rule_is_broken(String name, String expected)
            throws IOException {
        List<Error> errors = errors(tree(SituationConformanceTest.directory("negative").resolve(name)));
        if (SEMANTIC_ONLY.contains(name)) {
            assertThat(errors).as("the schema cannot see this rule: %s", expected).isEmpty();
        } else {
            assertThat(errors).as(expected).isNotEmpty();
        }
    }

    private static JsonNode tree(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".yaml") ? YAML.readTree(text) : JSON.readTree(text);
    }

    private static List<Error> errors(JsonNode document) {
        return schema().validate(Objects.requireNonNull(document));
    }
}
