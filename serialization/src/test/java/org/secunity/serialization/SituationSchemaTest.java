package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.secunity.serialization.internal.SchemaGenerator;

/**
 * The shipped situation JSON Schema is exactly what the codecs generate, and a real validator
 * (networknt, draft 2020-12) accepts every positive situation document and rejects the negative
 * ones that break the document's shape.
 */
class SituationSchemaTest extends DocumentSchemaTest {

    SituationSchemaTest() {
        super(DocumentCases.SITUATION,
                // shape valid: rules a JSON Schema cannot state
                Set.of("adopted-practice-not-in-catalog.json", "prefecture-outside-region.json"),
                // not a single well-formed JSON or YAML document, or one a generic YAML reader refuses (.nan)
                Set.of("empty.json", "truncated.json", "trailing-document.json", "duplicate-goal.json",
                        "goal-nan.yaml"));
    }

    @Test
    void schema_is_draft_2020_12_closed_and_requires_nothing() throws IOException {
        JsonNode schema = cases.schemaTree();
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
        assertThat(cases.errors(SecunityMapper.json().write(SituationWireFormatTest.contractSituation()), Format.JSON))
                .isEmpty();
        assertThat(cases.errors(SecunityMapper.yaml().write(SituationWireFormatTest.contractSituation()), Format.YAML))
                .isEmpty();
    }
}
