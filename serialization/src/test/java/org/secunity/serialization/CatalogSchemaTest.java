package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema is exactly what the codecs generate, and a real validator (networknt,
 * draft 2020-12) accepts the seed catalog and every positive document and rejects the negative
 * documents that break the document's shape.
 */
class CatalogSchemaTest extends DocumentSchemaTest {

    CatalogSchemaTest() {
        super(DocumentCases.CATALOG,
                // shape valid: rules a JSON Schema cannot state (references, uniqueness by key, groundings,
                // date order, real calendar dates, what a cadence's wording means, how often a rule repeats,
                // RRULE values the engine refuses), or a number in a YAML form (0x1F) that a
                // generic YAML reader accepts and ours refuses
                Set.of("yaml-hex-number.yaml",
                        "dangling-community.json", "dangling-partner.json", "duplicate-community-id.json",
                        "duplicate-practice-number.json", "practice-number-out-of-range.json",
                        "grounding-missing-quote.json", "grounding-extra-quote.json", "prefecture-outside-region.json",
                        "end-before-start.json", "span-not-after-date.json", "bad-date.json",
                        "cadence-contradicts-rrule.json", "sub-daily-cadence.json", "rrule-bad-byday.json"),
                // not a single well-formed JSON or YAML document
                Set.of("empty.json", "truncated.json", "trailing-garbage.json",
                        "duplicate-key.json", "malformed.yaml", "two-documents.yaml", "yaml-alias.yaml"));
    }

    @Test
    void schema_is_draft_2020_12_and_closed() throws IOException {
        JsonNode schema = cases.schemaTree();
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("required")).extracting(JsonNode::asText).contains("schemaVersion");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.at("/$defs/practice/properties/community/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(schema.at("/$defs/EffectTag/enum")).hasSize(5);
    }

    @Test
    void seed_catalog_is_valid_against_the_schema() throws IOException {
        try (InputStream in = SeedCatalog.class.getResourceAsStream(SeedCatalog.RESOURCE)) {
            String json = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cases.errors(json, Format.JSON)).isEmpty();
        }
    }

    @Test
    void documents_this_library_writes_are_valid_against_the_schema() throws IOException {
        assertThat(cases.errors(SecunityMapper.json().write(SeedCatalog.load()), Format.JSON)).isEmpty();
        assertThat(cases.errors(SecunityMapper.yaml().write(SeedCatalog.load()), Format.YAML)).isEmpty();
    }
}
