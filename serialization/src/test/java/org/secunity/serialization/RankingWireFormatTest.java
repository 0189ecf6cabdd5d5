package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.ReasonKind;
import org.secunity.matching.Situation;

/** The ranking document: docs/design.md's {@code recommend} keys, its extensions, languages, and reading it back. */
class RankingWireFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Catalog SEED = SeedCatalog.load();

    private static Ranking contractRanking() {
        return PracticeMatcher.of(SEED).recommend(SituationWireFormatTest.contractSituation(), 3);
    }

    private static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }

    @Test
    void the_contract_keys_keep_their_names_best_first() throws IOException {
        Ranking ranking = contractRanking();
        JsonNode doc = tree(RankingWriter.create().write(ranking));
        JsonNode first = doc.get("recommendations").get(0);
        assertThat(doc.fieldNames()).toIterable()
                .containsExactly("recommendations", "candidates", "situation", "weights");
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("practice", "rank", "score", "matches", "contributions", "reasons");
        assertThat(first.get("practice").asInt()).isEqualTo(ranking.practiceNumbers().get(0));
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("score").asDouble()).isEqualTo(ranking.recommendations().get(0).score());
        assertThat(first.get("contributions").fieldNames()).toIterable()
                .containsExactly("GOALS", "CHALLENGES", "CONTEXT", "SIMILARITY");
        assertThat(doc.get("recommendations")).extracting(r -> r.get("practice").asInt())
                .containsExactlyElementsOf(ranking.practiceNumbers());
        JsonNode reason = first.get("reasons").get(0);
        assertThat(reason.fieldNames()).toIterable().startsWith("kind", "direction", "value").contains("text");
    }

    @Test
    void reason_texts_are_english_strings_by_default_as_in_the_contract() throws IOException {
        Ranking ranking = contractRanking();
        Reason reason = ranking.recommendations().get(0).reasons().get(0);
        JsonNode text = tree(RankingWriter.create().write(ranking)).at("/recommendations/0/reasons/0/text");
        assertThat(text.isTextual()).isTrue();
        assertThat(text.asText()).isEqualTo(reason.text().en());
        assertThat(RankingWriter.create().language()).contains(Locale.ENGLISH);
    }

    @Test
    void reason_texts_are_japanese_strings_for_a_japanese_locale() throws IOException {
        Ranking ranking = contractRanking();
        Reason reason = ranking.recommendations().get(0).reasons().get(0);
        RankingWriter japanese = RankingWriter.create().withLanguage(Locale.JAPAN);
        assertThat(japanese.language()).contains(Locale.JAPANESE);
        assertThat(tree(japanese.write(ranking)).at("/recommendations/0/reasons/0/text").asText())
                .isEqualTo(reason.text().ja());
        assertThat(RankingWriter.create().withLanguage(Locale.GERMAN).language()).contains(Locale.ENGLISH);
    }

    @Test
    void reason_texts_are_ja_en_objects_when_both_languages_are_asked_for() throws IOException {
        Ranking ranking = contractRanking();
        Reason reason = ranking.recommendations().get(0).reasons().get(0);
        JsonNode text = tree(RankingWriter.create().withBothLanguages().write(ranking))
                .at("/recommendations/0/reasons/0/text");
        assertThat(text.get("ja").asText()).isEqualTo(reason.text().ja());
        assertThat(text.get("en").asText()).isEqualTo(reason.text().en());
    }

    @Test
    void a_reason_value_names_its_vocabulary() throws IOException {
        Situation situation = Situation.builder().organizerType(OrganizerType.POLICE)
                .addChallenge(Challenge.LACK_OF_EXPERTISE).build();
        Ranking ranking = PracticeMatcher.of(SEED).rankAll(situation);
        JsonNode doc = tree(RankingWriter.create().write(ranking));
        boolean sawChallenge = false;
        for (JsonNode rec : doc.get("recommendations")) {
            for (JsonNode reason : rec.get("reasons")) {
                JsonNode value = reason.get("value");
                assertThat(value.fieldNames()).toIterable().containsExactly("type", "id");
                if (reason.get("kind").asText().equals("CHALLENGE")) {
                    assertThat(value.toString()).isEqualTo("{\"type\":\"Challenge\",\"id\":\"LACK_OF_EXPERTISE\"}");
                    sawChallenge = true;
                }
            }
        }
        assertThat(sawChallenge).isTrue();
    }

    @Test
    void a_similar_community_reason_carries_its_community_and_an_against_reason_its_direction() throws IOException {
        Situation situation = Situation.builder().organizerType(OrganizerType.BUSINESS_FEDERATION)
                .addPartner(PartnerKind.MEDIA).build();
        Ranking ranking = PracticeMatcher.of(SEED).rankAll(situation);
        String json = RankingWriter.create().write(ranking);
        boolean similar = ranking.recommendations().stream().flatMap(r -> r.reasons().stream())
                .anyMatch(r -> r.kind() == ReasonKind.SIMILAR_COMMUNITY);
        boolean against = ranking.recommendations().stream().flatMap(r -> r.reasons().stream())
                .anyMatch(r -> r.direction() == Reason.Direction.AGAINST);
        assertThat(similar).isTrue();
        assertThat(json).contains("\"community\": \"");
        if (against) {
            assertThat(json).contains("\"direction\": \"AGAINST\"");
        }
        assertThat(SecunityMapper.json().read(WireType.ranking(SEED), RankingWriter.create().withBothLanguages().write(ranking)))
                .isEqualTo(ranking);
    }

    @Test
    void the_lossless_form_reads_back_equal() {
        Ranking ranking = contractRanking();
        String json = SecunityMapper.json().write(WireType.ranking(SEED), ranking);
        assertThat(json).isEqualTo(RankingWriter.create().withBothLanguages().write(ranking));
        assertThat(SecunityMapper.json().read(WireType.ranking(SEED), json)).isEqualTo(ranking);
    }

    @Test
    void a_ranking_written_to_a_byte_stream_is_the_document_in_utf_8_and_reads_back_equal() throws IOException {
        Ranking ranking = contractRanking();
        PracticeMatcher matcher = PracticeMatcher.of(SEED);
        for (Format format : Format.values()) {
            RankingWriter both = RankingWriter.create().withBothLanguages().withFormat(format);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            both.write(ranking, bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertThat(SecunityMapper.of(format).read(WireType.ranking(SEED), text)).isEqualTo(ranking);
            assertThat(text).isEqualTo(both.write(ranking));
        }
        RankingWriter japanese = RankingWriter.create().withLanguage(Locale.JAPANESE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        japanese.write(ranking, matcher.explain(SituationWireFormatTest.contractSituation(), 1), bytes);
        JsonNode doc = tree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(doc.at("/recommendations/0/reasons/0/text").asText())
                .isEqualTo(ranking.recommendations().get(0).reasons().get(0).text().ja());
        assertThat(doc.at("/explained/practice").asInt()).isEqualTo(1);
    }

    @Test
    void a_ranking_is_written_to_a_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ranking.yaml");
        RankingWriter.create().withFormat(Format.YAML).withBothLanguages().write(contractRanking(), file);
        assertThat(SecunityMapper.yaml().read(WireType.ranking(SEED), file)).isEqualTo(contractRanking());
        assertThat(Files.readString(file)).contains("recommendations:", "  - practice: ");
    }

    @Test
    void a_ranking_without_a_wire_type_is_refused_naming_the_writer() {
        assertThatThrownBy(() -> SecunityMapper.json().write(contractRanking()))
                .isExactlyInstanceOf(SecunityException.class)
                .hasMessage("a Ranking is written with RankingWriter or WireType.ranking(catalog)");
    }

    // ---- rejections

    private static void rejects(String json, String expected) {
        assertThatThrownBy(() -> SecunityMapper.json().read(WireType.ranking(SEED), json))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining(expected);
    }

    private static String oneReason(String reason) {
        return "{\"recommendations\": [{\"practice\": 3, \"rank\": 1, \"score\": 0.5, \"reasons\": [" + reason
                + "]}], \"candidates\": 22}";
    }

    @Test
    void a_practice_the_catalog_lacks_is_rejected() {
        rejects("{\"recommendations\": [{\"practice\": 99, \"rank\": 1, \"score\": 0.5}], \"candidates\": 22}",
                "$.recommendations[0].practice: unknown practice 99; the catalog has 1..22 (line 1, column 35)");
    }

    @Test
    void an_adopted_practice_of_the_situation_the_catalog_lacks_is_rejected() {
        rejects("{\"candidates\": 0, \"situation\": {\"adoptedPractices\": [23]}}",
                "$.situation.adoptedPractices[0]: unknown practice 23; the catalog has 1..22");
    }

    @Test
    void an_unknown_vocabulary_is_rejected_listing_the_vocabularies() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"value\": {\"type\": \"Colour\", \"id\": \"RED\"}, \"text\": \"x\"}"),
                "$.recommendations[0].reasons[0].value.type: \"Colour\" is not a vocabulary; allowed values: "
                        + "EffectTag, Challenge, CommunityStage, OrganizerType, PartnerKind, Region, Prefecture, LegalForm");
    }

    @Test
    void an_id_outside_the_named_vocabulary_is_rejected() {
        rejects(oneReason("{\"kind\": \"CHALLENGE\", \"value\": {\"type\": \"Challenge\", \"id\": \"POLICE\"}, "
                        + "\"text\": \"x\"}"),
                "$.recommendations[0].reasons[0].value.id: \"POLICE\" is not a valid Challenge for id; allowed values: "
                        + "LOW_VISIBILITY");
    }

    @Test
    void a_value_without_its_vocabulary_is_rejected() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"value\": {\"id\": \"REDUCE_OPERATING_BURDEN\"}, \"text\": \"x\"}"),
                "$.recommendations[0].reasons[0].value: missing required property \"type\" of labelledValue");
    }

    @Test
    void a_bare_id_as_value_is_rejected() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"value\": \"REDUCE_OPERATING_BURDEN\", \"text\": \"x\"}"),
                "$.recommendations[0].reasons[0].value: expected an object {\"type\": …, \"id\": …} but found a string");
    }

    @Test
    void an_unknown_direction_is_rejected_listing_the_directions() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"direction\": \"UP\", \"value\": {\"type\": \"EffectTag\", "
                        + "\"id\": \"REDUCE_OPERATING_BURDEN\"}, \"text\": \"x\"}"),
                "$.recommendations[0].reasons[0].direction: \"UP\" is not a valid Direction for direction; "
                        + "allowed values: FOR, AGAINST");
    }

    @Test
    void a_blank_text_is_rejected() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"value\": {\"type\": \"EffectTag\", \"id\": \"REDUCE_OPERATING_BURDEN\"}, "
                        + "\"text\": \" \"}"),
                "$.recommendations[0].reasons[0].text: must not be blank");
    }

    @Test
    void a_blank_quote_is_rejected() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"value\": {\"type\": \"EffectTag\", \"id\": \"REDUCE_OPERATING_BURDEN\"}, "
                        + "\"text\": \"x\", \"quote\": \" \"}"),
                "$.recommendations[0].reasons[0].quote: must not be blank");
    }

    @Test
    void a_text_that_is_neither_string_nor_object_is_rejected() {
        rejects(oneReason("{\"kind\": \"GOAL\", \"value\": {\"type\": \"EffectTag\", \"id\": \"REDUCE_OPERATING_BURDEN\"}, "
                        + "\"text\": 3}"),
                "$.recommendations[0].reasons[0].text: expected a string or an object {\"ja\": …, \"en\": …} but found an integer");
    }

    @Test
    void a_negative_score_is_rejected() {
        rejects("{\"recommendations\": [{\"practice\": 3, \"rank\": 1, \"score\": -0.5}], \"candidates\": 22}",
                "$.recommendations[0].score: score must be a finite number >= 0, but was -0.5");
    }

    @Test
    void a_ranking_without_candidates_is_rejected() {
        rejects("{\"recommendations\": []}", "$: missing required property \"candidates\" of ranking");
    }

    @Test
    void a_text_in_one_language_reads_as_that_text_in_both() {
        Ranking back = SecunityMapper.json().read(WireType.ranking(SEED), oneReason("{\"kind\": \"GOAL\", \"value\": "
                + "{\"type\": \"EffectTag\", \"id\": \"REDUCE_OPERATING_BURDEN\"}, \"text\": \"Serves your goal\"}"));
        Reason reason = back.recommendations().get(0).reasons().get(0);
        assertThat(reason.text().ja()).isEqualTo("Serves your goal");
        assertThat(reason.text().en()).isEqualTo("Serves your goal");
        assertThat(reason.direction()).isEqualTo(Reason.Direction.FOR);
        assertThat(back.situation()).isEqualTo(Situation.empty());
    }

    @Test
    void an_explained_ranking_adds_the_recommendation_after_the_ranking_members() throws IOException {
        Ranking ranking = contractRanking();
        Situation situation = SituationWireFormatTest.contractSituation();
        int outside = SEED.practices().stream().map(org.secunity.core.Practice::number)
                .filter(n -> !ranking.practiceNumbers().contains(n) && !situation.adoptedPractices().contains(n))
                .findFirst().orElseThrow();
        org.secunity.matching.Recommendation explained = PracticeMatcher.of(SEED).explain(situation, outside);
        RankingWriter writer = RankingWriter.create().withLanguage(java.util.Locale.JAPANESE);
        JsonNode doc = tree(writer.write(ranking, explained));
        assertThat(doc.fieldNames()).toIterable()
                .containsExactly("recommendations", "candidates", "situation", "weights", "explained");
        assertThat(doc.get("explained").get("practice").asInt()).isEqualTo(outside);
        // the explained entry is written exactly as a recommendation of the ranking would be
        Ranking one = Ranking.builder().from(ranking).recommendations(java.util.List.of(explained)).build();
        assertThat(doc.get("explained")).isEqualTo(tree(writer.write(one)).get("recommendations").get(0));
        com.fasterxml.jackson.databind.node.ObjectNode rest = ((com.fasterxml.jackson.databind.node.ObjectNode) doc)
                .deepCopy();
        rest.remove("explained");
        assertThat(rest).isEqualTo(tree(writer.write(ranking)));
    }

    @Test
    void a_ranking_line_is_the_document_on_one_line() throws IOException {
        Ranking ranking = contractRanking();
        String line = RankingWriter.create().writeLine(ranking);
        assertThat(line).doesNotContain("\n").startsWith("{\"recommendations\":[{\"practice\":");
        assertThat(tree(line)).isEqualTo(tree(RankingWriter.create().write(ranking)));
    }
}
