package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.matching.PracticeMatcher;
import org.secunity.serialization.SeedCatalog;
import org.secunity.serialization.Situations;

class RecommendCommandTest {

    /** The sample situations, relative to the examples module, where surefire runs. */
    private static final Path SITUATIONS = Path.of("situations");

    @TempDir
    Path dir;

    private static List<Integer> practices(JsonNode ranking) {
        List<Integer> numbers = new ArrayList<>();
        ranking.get("recommendations").forEach(r -> numbers.add(r.get("practice").intValue()));
        return numbers;
    }

    @Test
    void the_sample_yaml_is_the_tour_s_situation() {
        assertThat(Situations.read(SITUATIONS.resolve("kyushu-volunteers.yaml")))
                .isEqualTo(TourCommand.sampleSituation());
    }

    @Test
    void json_output_follows_the_contract_shape_best_first() throws IOException {
        AppRunner.Result result = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--top", "5", "--format", "json");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode root = result.json();
        JsonNode recommendations = root.get("recommendations");
        assertThat(recommendations).hasSize(5);
        double previous = Double.MAX_VALUE;
        for (JsonNode r : recommendations) {
            assertThat(r.get("practice").isInt()).isTrue();
            double score = r.get("score").doubleValue();
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
            assertThat(r.get("reasons")).isNotEmpty();
            for (JsonNode reason : r.get("reasons")) {
                assertThat(reason.get("kind").textValue()).isNotBlank();
                assertThat(reason.get("text").textValue()).isNotBlank();
            }
        }
        assertThat(practices(root)).doesNotContain(13);
        List<Integer> expected = PracticeMatcher.of(SeedCatalog.load())
                .recommend(TourCommand.sampleSituation(), 5).practiceNumbers();
        assertThat(practices(root)).isEqualTo(expected);
    }

    @Test
    void json_reason_texts_follow_the_language() throws IOException {
        JsonNode ja = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("public-agency.json").toString(), "--format", "json", "--lang", "ja").json();
        assertThat(ja.get("recommendations").get(0).get("reasons").get(0).get("text").textValue())
                .containsPattern("[ぁ-ん]");
        JsonNode en = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("public-agency.json").toString(), "--format", "json", "--lang", "en").json();
        assertThat(en.get("recommendations").get(0).get("reasons").get(0).get("text").textValue())
                .doesNotContainPattern("[ぁ-ん]");
    }

    @Test
    void text_output_shows_rank_score_title_and_reasons_with_quotes() {
        AppRunner.Result result = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--top", "3", "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Top 3 of 21 candidates:")
                .contains(" 1. Practice ").contains("score 0.").contains("+ Challenge: ").contains("「");
        AppRunner.Result ja = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--top", "3", "--lang", "ja");
        assertThat(ja.out()).contains("候補21件のうち上位3件:").contains("スコア");
    }

    @Test
    void weights_change_the_scores() throws IOException {
        JsonNode custom = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--format", "json",
                "--weights", SITUATIONS.resolve("weights.json").toString()).json();
        assertThat(custom.get("weights").get("challenges").doubleValue()).isEqualTo(0.6);
        assertThat(AppRunner.run("recommend", "--situation", SITUATIONS.resolve("kyushu-volunteers.yaml").toString(),
                "--weights", SITUATIONS.resolve("weights.json").toString(), "--lang", "en").out())
                .contains("Weights: goals 0.20, challenges 0.60, context 0.20, similarity 0.00");
    }

    @Test
    void explain_tells_where_a_practice_outside_the_top_ranks() throws IOException {
        AppRunner.Result text = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--top", "1", "--explain", "2", "--lang", "en");
        assertThat(text.status()).isZero();
        assertThat(text.out()).contains("Why practice 2 ranks where it does:").contains("Practice 2 ");
        JsonNode json = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--top", "1", "--explain", "2",
                "--format", "json").json();
        assertThat(json.get("explained").get("practice").intValue()).isEqualTo(2);
        assertThat(json.get("explained").get("rank").intValue()).isGreaterThan(1);
    }

    @Test
    void explain_of_an_unknown_or_adopted_practice_is_exit_2() {
        AppRunner.Result unknown = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--explain", "99");
        unknown.assertBadInput()
                .isEqualTo("secunity recommend: --explain: unknown practice 99; the catalog has 1..22");
        AppRunner.Result adopted = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--explain", "13");
        adopted.assertBadInput().contains("adoptedPractices");
    }

    @Test
    void a_bad_situation_file_is_exit_2_naming_the_file_and_the_field() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"stage\": \"LAUNCH\", \"challenges\": [\"BOREDOM\"]}");
        AppRunner.Result result = AppRunner.run("recommend", "--situation", file.toString());
        assertThat(result.out()).isEmpty();
        result.assertBadInput()
                .startsWith("secunity recommend: " + file + ": 2 problems: $.stage: \"LAUNCH\" is not a valid "
                        + "CommunityStage for stage; allowed values: FORMING, GROWING, ESTABLISHED, STAGNATING")
                .contains("$.challenges[0]: \"BOREDOM\"");
    }

    @Test
    void a_bad_yaml_situation_is_exit_2_with_line_and_column() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "stage: FORMING\nregion: KANSAI\n");
        AppRunner.Result result = AppRunner.run("recommend", "--situation", file.toString());
        result.assertBadInput().contains("$.region").contains("line 2");
    }

    @Test
    void an_adopted_practice_outside_the_catalog_is_exit_2() throws IOException {
        Path file = dir.resolve("adopted.json");
        Files.writeString(file, "{\"adoptedPractices\": [99]}");
        AppRunner.Result result = AppRunner.run("recommend", "--situation", file.toString());
        result.assertBadInput().contains("$.adoptedPractices[0]").contains("99");
    }

    @Test
    void a_missing_situation_file_is_exit_2() {
        Path file = dir.resolve("none.yaml");
        AppRunner.Result result = AppRunner.run("recommend", "--situation", file.toString());
        result.assertBadInput()
                .isEqualTo("secunity recommend: cannot read " + file + ": no such file");
    }

    @Test
    void a_bad_weights_file_is_exit_2_naming_the_key() throws IOException {
        Path file = dir.resolve("weights.json");
        Files.writeString(file, "{\"goals\": -1}");
        AppRunner.Result result = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--weights", file.toString());
        result.assertBadInput().contains(file.toString()).contains("goals");
    }

    @Test
    void top_out_of_range_is_exit_2() {
        AppRunner.Result result = AppRunner.run("recommend", "--situation",
                SITUATIONS.resolve("kyushu-volunteers.yaml").toString(), "--top", "0");
        result.assertBadInput().contains("--top must be from 1 to 1000, but was 0");
    }

    @Test
    void situation_and_jsonl_are_mutually_exclusive_and_one_is_required() {
        AppRunner.Result both = AppRunner.run("recommend", "--situation", "a.json", "--jsonl", "-");
        both.assertBadInput().contains("mutually exclusive");
        AppRunner.Result none = AppRunner.run("recommend");
        none.assertBadInput().contains("--situation").contains("--jsonl");
    }

    @Test
    void batch_mode_answers_each_line_in_order_and_reports_bad_lines_in_band() throws IOException {
        String input = Files.readString(SITUATIONS.resolve("batch.jsonl"))
                + "{\"stage\": \"LAUNCH\"}\n"
                + "\n"
                + "{\"adoptedPractices\": [1]}\n";
        AppRunner.Result result = AppRunner.runWithInput(input, "recommend", "--jsonl", "-", "--top", "2");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines).hasSize(6);
        for (int i : new int[] {0, 1, 2, 5}) {
            assertThat(practices(AppRunner.json(lines.get(i)))).hasSize(2);
        }
        assertThat(AppRunner.json(lines.get(3)).get("error").textValue())
                .startsWith("line 4: $.stage: \"LAUNCH\" is not a valid CommunityStage");
        assertThat(AppRunner.json(lines.get(4)).get("error").textValue()).startsWith("line 5: empty line");
        assertThat(practices(AppRunner.json(lines.get(5)))).doesNotContain(1);
    }

    @Test
    void batch_mode_reads_a_file_and_shows_progress_when_asked() {
        AppRunner.Result result = AppRunner.run("recommend", "--jsonl", SITUATIONS.resolve("batch.jsonl").toString(),
                "--progress");
        assertThat(result.status()).isZero();
        assertThat(result.outLines()).hasSize(3);
        assertThat(result.err()).contains("recommend: 3 lines, 0 errors, done");
    }

    @Test
    void batch_mode_refuses_explain_and_text_format() {
        AppRunner.Result explain = AppRunner.run("recommend", "--jsonl", "-", "--explain", "2");
        explain.assertBadInput().contains("--explain");
        AppRunner.Result text = AppRunner.run("recommend", "--jsonl", "-", "--format", "text");
        text.assertBadInput().contains("--format text works with --situation");
    }

    @Test
    void batch_mode_of_a_missing_file_is_exit_2() {
        Path file = dir.resolve("none.jsonl");
        AppRunner.Result result = AppRunner.run("recommend", "--jsonl", file.toString());
        result.assertBadInput().contains("cannot read " + file);
    }
}
