package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.core.Grounded;
import org.secunity.core.Practice;
import org.secunity.serialization.internal.DecodeContext;
import org.secunity.serialization.internal.JacksonFactories;
import org.secunity.serialization.internal.ModelCodecs;
import org.secunity.serialization.internal.Node;
import org.secunity.serialization.internal.SchemaVersions;
import org.secunity.serialization.internal.TreeReader;
import org.secunity.serialization.internal.VersionedCodec;

/** The shapes of the wire format and the facade's behaviour. */
class WireFormatTest {

    private static JsonNode tree(String json) throws IOException {
        return JacksonFactories.strictMapper().readTree(json);
    }

    private static Practice practice(int number) {
        return Practice.builder().number(number).title(BilingualText.of("題", "Title"))
                .purpose(BilingualText.of("目的", "Purpose"))
                .addChallenge(Challenge.STAFF_ROTATION, "人事異動")
                .addEffectTag(EffectTag.REDUCE_OPERATING_BURDEN, "負担を軽減")
                .addEffectTag(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, "継続的に")
                .build();
    }

    @Test
    void practice_without_community_is_written_with_community_null_and_ids_in_grounding_order() throws IOException {
        JsonNode json = tree(SecunityMapper.json().write(practice(21)));
        assertThat(json.has("community")).isTrue();
        assertThat(json.get("community").isNull()).isTrue();
        assertThat(json.get("effectTags")).extracting(JsonNode::asText)
                .containsExactly("REDUCE_OPERATING_BURDEN", "ENABLE_CONTINUOUS_ACTIVITY");
        assertThat(json.at("/groundings/effectTags/REDUCE_OPERATING_BURDEN").asText()).isEqualTo("負担を軽減");
        assertThat(json.at("/groundings/partners").isObject()).isTrue();
        assertThat(json.get("partners").isArray()).isTrue();
        assertThat(json.has("sourceLabel")).as("optional values are left out").isFalse();
    }

    @Test
    void field_order_follows_the_catalog_format() throws IOException {
        List<String> names = new ArrayList<>();
        tree(SecunityMapper.json().write(practice(1))).fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("number", "community", "title", "purpose", "actors", "actions", "effects",
                "effectTags", "challenges", "partners", "stages", "organizerTypes", "groundings");
    }

    @Test
    void catalog_document_starts_with_the_schema_version() throws IOException {
        String json = SecunityMapper.json().write(Catalog.builder().addPractices(practice(1)).build());
        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,");
        assertThat(tree(json).get("schemaVersion").asInt()).isEqualTo(Catalogs.SCHEMA_VERSION);
    }

    @Test
    void grounded_values_have_their_own_shape() {
        Grounded<Challenge> g = Grounded.of(Challenge.SALES_PITCH_CONCERN, "売り込み");
        assertThat(SecunityMapper.json().write(g)).isEqualTo("{\n  \"value\": \"SALES_PITCH_CONCERN\",\n  \"quote\": \"売り込み\"\n}\n");
        assertThat(SecunityMapper.json().read(WireType.grounded(Challenge.class), SecunityMapper.json().write(g))).isEqualTo(g);
        assertThatThrownBy(() -> WireType.of(Grounded.class))
                .isExactlyInstanceOf(SecunityException.class)
                .hasMessageContaining("WireType.grounded(EffectTag.class)");
    }

    @Test
    void a_practice_list_reads_as_a_json_array() {
        List<Practice> list = List.of(practice(1), practice(2));
        String json = SecunityMapper.json().write(WireType.listOf(WireType.PRACTICE), list);
        assertThat(SecunityMapper.json().read(WireType.listOf(WireType.PRACTICE), json)).isEqualTo(list);
    }

    @Test
    void every_violation_of_a_document_is_reported_in_document_order_with_its_line() {
        String json = String.join("\n",
                "{\"schemaVersion\": 1,",
                " \"practices\": [",
                "  {\"number\": 1, \"community\": null, \"title\": {\"ja\": \"\", \"en\": \"t\"},",
                "   \"purpose\": {\"ja\": \"p\", \"en\": \"p\"}, \"stages\": [\"SOON\"]},",
                "  {\"number\": 2, \"community\": \"ghost\", \"purpose\": 7}",
                " ]}");
        assertThatThrownBy(() -> SecunityMapper.json().read(Catalog.class, new StringReader(json), "mine.json"))
                .isInstanceOf(SecunityDataException.class)
                .satisfies(e -> {
                    SecunityDataException d = (SecunityDataException) e;
                    assertThat(d.source()).contains("mine.json");
                    assertThat(d.violations()).extracting(SecunityDataException.Violation::path).containsExactly(
                            "$.practices[0].title.ja", "$.practices[0].stages[0]", "$.practices[1].purpose",
                            "$.practices[1]", "$.practices[1].community");
                    assertThat(d.violations().get(0).message()).isEqualTo("must not be blank (line 3, column 52)");
                    assertThat(d.violations().get(1).message()).isEqualTo(
                            "\"SOON\" is not a valid CommunityStage for stages; allowed values: FORMING, GROWING,"
                                    + " ESTABLISHED, STAGNATING (line 4, column 50)");
                    assertThat(d.violations().get(3).message()).contains("missing required property \"title\"");
                    assertThat(d.getMessage()).startsWith("mine.json: 5 problems: $.practices[0].title.ja: ");
                });
    }

    @Test
    void a_model_rule_is_reported_under_the_json_path_once_the_fields_are_valid() {
        String json = "{\"number\": 0, \"community\": null, \"title\": {\"ja\": \" \", \"en\": \"t\"},"
                + " \"purpose\": {\"ja\": \"p\", \"en\": \"p\"}}";
        assertThatThrownBy(() -> SecunityMapper.json().read(Practice.class, json))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.number: must be >= 1, but was 0 (line 1, column 12)")
                .hasMessageContaining("$.title.ja: must not be blank (line 1, column 50)");
    }

    @Test
    void reading_a_missing_file_names_it() {
        Path missing = Path.of("no-such-catalog.json");
        assertThatThrownBy(() -> Catalogs.read(missing))
                .isInstanceOf(SecunityException.class)
                .hasMessageStartingWith("no-such-catalog.json: cannot read the file");
    }

    @Test
    void catalogs_write_and_read_files_by_extension(@TempDir Path dir) throws IOException {
        Catalog seed = SeedCatalog.load();
        Path yaml = dir.resolve("seed.yml");
        Path json = dir.resolve("seed.json");
        Catalogs.write(seed, yaml);
        Catalogs.write(seed, json);
        assertThat(Files.readString(yaml)).startsWith("schemaVersion: 1\n");
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Catalogs.read(yaml)).isEqualTo(seed);
        assertThat(Catalogs.read(json)).isEqualTo(seed);
    }

    @Test
    void older_versions_are_migrated_before_decoding() {
        // A pretend version 2 of the catalog that renamed "practices" to "entries": version 1
        // documents are migrated by the step 1 -> 2 and keep their line numbers.
        SchemaVersions v2 = new SchemaVersions("catalog", 2, List.of(tree -> {
            Map<String, Node.Member> members = new LinkedHashMap<>(tree.members());
            Node.Member practices = members.remove("practices");
            if (practices != null) {
                members.put("entries", new Node.Member("entries", practices.keyLocation(), practices.value()));
            }
            return new Node.Obj(members, tree.location());
        }));
        Node v1 = TreeReader.read(new StringReader("{\"schemaVersion\": 1,\n \"practices\": []}"), Format.JSON,
                ReadOptions.defaults(), new ArrayList<>());
        Node.Obj migrated = (Node.Obj) v2.upgrade(v1);
        assertThat(migrated.members()).containsOnlyKeys("schemaVersion", "entries");
        assertThat(((Node.Num) migrated.members().get("schemaVersion").value()).text()).isEqualTo("2");
        assertThat(migrated.members().get("entries").keyLocation().line()).isEqualTo(2);

        Node v3 = TreeReader.read(new StringReader("{\"schemaVersion\": 3}"), Format.JSON, ReadOptions.defaults(),
                new ArrayList<>());
        assertThatThrownBy(() -> v2.upgrade(v3))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("catalog schemaVersion 3 is newer than this library supports (2)");
    }

    @Test
    void the_current_catalog_codec_reads_version_1_without_migrations() {
        VersionedCodec<Catalog> codec = new VersionedCodec<>(SchemaVersions.CATALOG, ModelCodecs.CATALOG);
        Node doc = TreeReader.read(new StringReader("{\"schemaVersion\": 1}"), Format.JSON, ReadOptions.defaults(),
                new ArrayList<>());
        DecodeContext context = new DecodeContext(ReadOptions.defaults());
        assertThat(codec.decode(doc, "$", context)).isEqualTo(Catalog.empty());
        assertThat(context.violations()).isEmpty();
    }

    @Test
    void values_without_a_wire_form_are_refused() {
        assertThatThrownBy(() -> SecunityMapper.json().write(new Object()))
                .isExactlyInstanceOf(SecunityException.class)
                .hasMessageContaining("no wire form for java.lang.Object");
        assertThatThrownBy(() -> WireType.of(String.class)).isExactlyInstanceOf(SecunityException.class)
                .hasMessageStartingWith("no wire form for java.lang.String; supported: [Catalog, ");
    }

    @Test
    void every_key_of_every_codec_is_camel_case() {
        List<org.secunity.serialization.internal.ObjectCodec<?>> codecs = new java.util.ArrayList<>(ModelCodecs.all());
        codecs.addAll(org.secunity.serialization.internal.MatchingCodecs.all());
        for (org.secunity.serialization.internal.ObjectCodec<?> codec : codecs) {
            assertThat(codec.fields()).extracting(org.secunity.serialization.internal.ObjectCodec.Field::name)
                    .allSatisfy(name -> assertThat(name).matches("[a-z][a-zA-Z0-9]*"))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void format_follows_the_file_extension() {
        assertThat(Format.of(Path.of("a.YAML"))).isEqualTo(Format.YAML);
        assertThat(Format.of(Path.of("a.yml"))).isEqualTo(Format.YAML);
        assertThat(Format.of(Path.of("a.json"))).isEqualTo(Format.JSON);
        assertThat(Format.of(Path.of("catalog"))).isEqualTo(Format.JSON);
    }

    @Test
    void json_schema_is_served_from_the_jar() {
        assertThat(Catalogs.jsonSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    void an_envelope_holds_a_list_under_one_member_both_ways() {
        List<Practice> practices = SeedCatalog.load().practices().subList(0, 2);
        WireType<List<Practice>> envelope = WireType.envelope("practices", WireType.PRACTICE);
        String json = SecunityMapper.json().write(envelope, practices);
        assertThat(json).startsWith("{\n  \"practices\": [\n    {\n      \"number\": 1,");
        assertThat(SecunityMapper.json().read(envelope, json)).isEqualTo(practices);
        String line = SecunityMapper.jsonLine(envelope, practices);
        assertThat(line).startsWith("{\"practices\":[{\"number\":1,").doesNotContain("\n");
        assertThat(SecunityMapper.json().read(envelope, line)).isEqualTo(practices);
        assertThat(SecunityMapper.json().read(envelope, "{\"practices\": []}")).isEmpty();
        assertThatThrownBy(() -> SecunityMapper.json().read(envelope, "{\"practices\": [], \"more\": 1}"))
                .isInstanceOf(SecunityDataException.class).hasMessageContaining("$.more: unknown property \"more\"");
        assertThatThrownBy(() -> SecunityMapper.json().read(envelope, "{}"))
                .isInstanceOf(SecunityDataException.class).hasMessageContaining("missing required property \"practices\"");
    }

    @Test
    void an_envelope_member_is_a_plain_name() {
        for (String bad : List.of("", "1st", "two words", "a\"b", "x".repeat(65))) {
            assertThatThrownBy(() -> WireType.envelope(bad, WireType.PRACTICE)).as(bad)
                    .isExactlyInstanceOf(SecunityException.class)
                    .hasMessageStartingWith("an envelope member is a letter then letters and digits");
        }
        assertThat(WireType.envelope("communities2", WireType.COMMUNITY).name()).isEqualTo("communities2");
    }
}
