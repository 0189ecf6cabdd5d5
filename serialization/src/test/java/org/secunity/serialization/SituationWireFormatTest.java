package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.Situation;

/** The situation and weights documents: docs/design.md's contract, exact shapes, and one test per rejection. */
class SituationWireFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTRACT = """
            {"stage": "FORMING", "organizerType": "VOLUNTEER_GROUP", "region": "KYUSHU",
             "goals": {"ENABLE_CONTINUOUS_ACTIVITY": 1.0, "REDUCE_OPERATING_BURDEN": 0.5},
             "challenges": ["SCHEDULING_CONFLICTS", "SALES_PITCH_CONCERN"],
             "adoptedPractices": [13]}
            """;

    static Situation contractSituation() {
        return Situation.builder()
                .stage(CommunityStage.FORMING)
                .organizerType(OrganizerType.VOLUNTEER_GROUP)
                .region(Region.KYUSHU)
                .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
                .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 0.5)
                .addChallenges(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN)
                .addAdoptedPractice(13)
                .build();
    }

    @Test
    void the_contract_example_reads_as_the_situation_it_describes() {
        assertThat(SecunityMapper.json().read(Situation.class, CONTRACT)).isEqualTo(contractSituation());
        assertThat(Situations.read(CONTRACT, Format.JSON, SeedCatalog.load())).isEqualTo(contractSituation());
    }

    @Test
    void a_situation_is_written_with_its_schema_version_and_the_contract_keys() throws IOException {
        JsonNode written = JSON.readTree(SecunityMapper.json().write(contractSituation()));
        assertThat(written.fieldNames()).toIterable().containsExactly("schemaVersion", "stage", "organizerType",
                "region", "goals", "challenges", "partners", "adoptedPractices");
        assertThat(written.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(written.get("goals").toString())
                .isEqualTo("{\"ENABLE_CONTINUOUS_ACTIVITY\":1.0,\"REDUCE_OPERATING_BURDEN\":0.5}");
        assertThat(written.get("challenges").toString()).isEqualTo("[\"SCHEDULING_CONFLICTS\",\"SALES_PITCH_CONCERN\"]");
        assertThat(written.get("adoptedPractices").toString()).isEqualTo("[13]");
    }

    @Test
    void every_optional_field_of_the_matching_situation_has_a_wire_form() {
        Situation full = Situation.builder().stage(CommunityStage.GROWING).organizerType(OrganizerType.NPO)
                .region(Region.KINKI).prefecture(Prefecture.OSAKA).legalForm(LegalForm.NPO_CORPORATION)
                .putGoal(EffectTag.ENHANCE_ACTIVITY_EFFECT, 0.25).addChallenge(Challenge.LOW_VISIBILITY)
                .addPartners(PartnerKind.UNIVERSITY, PartnerKind.POLICE).addAdoptedPractices(1, 22).build();
        String json = SecunityMapper.json().write(full);
        assertThat(json.replaceAll("\\s", "")).contains("\"prefecture\":\"OSAKA\"",
                "\"legalForm\":\"NPO_CORPORATION\"", "\"partners\":[\"UNIVERSITY\",\"POLICE\"]");
        assertThat(SecunityMapper.json().read(Situation.class, json)).isEqualTo(full);
    }

    @Test
    void the_empty_situation_reads_from_an_empty_object() {
        assertThat(SecunityMapper.json().read(Situation.class, "{}")).isEqualTo(Situation.empty());
        assertThat(SecunityMapper.yaml().read(Situation.class, "{}")).isEqualTo(Situation.empty());
    }

    @Test
    void a_document_without_schema_version_is_version_1() {
        assertThat(SecunityMapper.json().read(Situation.class, "{\"schemaVersion\": 1, \"stage\": \"FORMING\"}"))
                .isEqualTo(SecunityMapper.json().read(Situation.class, "{\"stage\": \"FORMING\"}"));
    }

    @Test
    void reading_against_a_catalog_rejects_an_adopted_practice_it_lacks() {
        assertThatThrownBy(() -> SecunityMapper.json().read(WireType.situation(SeedCatalog.load()),
                "{\"adoptedPractices\": [99]}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("$.adoptedPractices[0]: unknown practice 99; the catalog has 1..22 (line 1, column 23)");
    }

    @Test
    void reading_against_an_empty_catalog_says_it_has_no_practices() {
        assertThatThrownBy(() -> SecunityMapper.json().read(WireType.situation(Catalog.empty()), "{\"adoptedPractices\": [1]}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.adoptedPractices[0]: unknown practice 1; the catalog has no practices");
    }

    @Test
    void a_nested_problem_is_located_by_line_and_column_in_yaml() {
        assertThatThrownBy(() -> SecunityMapper.yaml().read(Situation.class, "stage: FORMING\ngoals:\n  GROWTH: 1\n"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("$.goals.GROWTH: \"GROWTH\" is not a valid EffectTag for goals; allowed values: ")
                .hasMessageEndingWith("(line 3, column 3)");
    }

    @Test
    void every_problem_of_a_situation_is_reported_at_once() {
        assertThatThrownBy(() -> SecunityMapper.json().read(Situation.class,
                "{\"stage\": \"X\", \"region\": \"Y\", \"goals\": {\"REDUCE_OPERATING_BURDEN\": 7}}"))
                .isInstanceOf(SecunityDataException.class)
                .satisfies(e -> assertThat(((SecunityDataException) e).violations())
                        .extracting(SecunityDataException.Violation::path)
                        .containsExactly("$.stage", "$.region", "$.goals.REDUCE_OPERATING_BURDEN"));
    }

    @Test
    void situation_files_are_read_and_written_by_extension(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("situation.yaml");
        Situations.write(contractSituation(), yaml);
        assertThat(Files.readString(yaml)).contains("stage: \"FORMING\"");
        assertThat(Situations.read(yaml)).isEqualTo(contractSituation());
        Path json = dir.resolve("situation.json");
        Situations.write(contractSituation(), json);
        assertThat(Situations.read(json, SeedCatalog.load())).isEqualTo(contractSituation());
    }

    // ---- weights

    @Test
    void weights_are_written_with_camel_case_signal_names() {
        assertThat(SecunityMapper.json().write(MatchWeights.defaults()).replaceAll("\\s", ""))
                .isEqualTo("{\"goals\":0.3,\"challenges\":0.45,\"context\":0.15,\"similarity\":0.1}");
    }

    @Test
    void a_weight_left_out_keeps_its_default() {
        assertThat(SecunityMapper.json().read(MatchWeights.class, "{\"similarity\": 0}"))
                .isEqualTo(MatchWeights.defaults().with(org.secunity.matching.Signal.SIMILARITY, 0.0));
        assertThat(SecunityMapper.json().read(MatchWeights.class, "{}")).isEqualTo(MatchWeights.defaults());
    }

    @Test
    void weights_round_trip_and_need_not_add_up_to_one() {
        MatchWeights w = MatchWeights.of(2, 0.5, 0, 1e-3);
        assertThat(SecunityMapper.json().read(MatchWeights.class, SecunityMapper.json().write(w))).isEqualTo(w);
        assertThat(SecunityMapper.yaml().read(MatchWeights.class, SecunityMapper.yaml().write(w))).isEqualTo(w);
    }

    @Test
    void weights_files_are_read_by_extension(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("weights.yaml");
        Files.writeString(file, "goals: 0.5\nchallenges: 0.5\ncontext: 0\nsimilarity: 0\n");
        assertThat(Situations.readWeights(file)).isEqualTo(MatchWeights.of(0.5, 0.5, 0, 0));
    }

    @Test
    void a_negative_weight_is_rejected() {
        assertThatThrownBy(() -> SecunityMapper.json().read(MatchWeights.class, "{\"goals\": -1}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("$.goals: weight must be a finite number >= 0, but was -1 (line 1, column 11)");
    }

    @Test
    void an_upper_case_weight_key_is_rejected_naming_the_camel_case_keys() {
        assertThatThrownBy(() -> SecunityMapper.json().read(MatchWeights.class, "{\"GOALS\": 0.3}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.GOALS: unknown property \"GOALS\" of matchWeights; allowed: goals, challenges, "
                        + "context, similarity");
    }

    @Test
    void a_weight_as_a_string_is_rejected() {
        assertThatThrownBy(() -> SecunityMapper.json().read(MatchWeights.class, "{\"context\": \"0.1\"}"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.context: expected a number but found a string");
    }
}
