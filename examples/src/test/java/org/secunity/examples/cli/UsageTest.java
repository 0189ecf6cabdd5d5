package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage in the user's words (issue 10): help for any command path, "did you mean" for typos of commands and
 * options, option values described without Java class names, and every pair of options that contradict each
 * other or cannot apply together rejected.
 */
class UsageTest {

    @Test
    void help_prints_the_help_of_a_subcommand_of_a_subcommand() {
        AppRunner.Result result = AppRunner.run("help", "catalog", "practices");
        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: secunity catalog practices").contains("--tag")
                .isEqualTo(AppRunner.run("catalog", "practices", "--help").out());
    }

    @Test
    void help_without_a_command_prints_the_apps_help() {
        assertThat(AppRunner.run("help").out()).startsWith("Usage: secunity").contains("Exit status:");
    }

    @Test
    void help_suggests_the_nearest_command() {
        AppRunner.run("help", "catalog", "practises").assertBadInput()
                .isEqualTo("secunity help: unknown command 'practises' of 'secunity catalog'; did you mean 'practices'?");
    }

    @Test
    void a_misspelt_subcommand_gets_a_suggestion() {
        AppRunner.run("catalog", "practises").assertBadInput()
                .isEqualTo("secunity catalog: unknown command 'practises'; did you mean 'practices'? "
                        + "(see 'secunity catalog --help')");
        AppRunner.run("shedule").assertBadInput()
                .isEqualTo("secunity: unknown command 'shedule'; did you mean 'schedule'? (see 'secunity --help')");
    }

    @Test
    void a_subcommand_far_from_every_name_lists_the_commands() {
        AppRunner.run("catalog", "frobnicate").assertBadInput()
                .isEqualTo("secunity catalog: unknown command 'frobnicate'; the commands are: "
                        + "communities, export, practices, validate (see 'secunity catalog --help')");
    }

    @Test
    void a_misspelt_option_gets_a_suggestion() {
        AppRunner.run("recommend", "--situation", "x.json", "--tpo", "3").assertBadInput()
                .isEqualTo("secunity recommend: unknown option '--tpo'; did you mean '--top'? "
                        + "(see 'secunity recommend --help')");
        AppRunner.run("schedule", "--comunity", "haisl").assertBadInput()
                .startsWith("secunity schedule: unknown option '--comunity'; did you mean '--community'?");
    }

    @Test
    void an_unknown_option_far_from_every_name_gets_no_suggestion() {
        AppRunner.run("tour", "--frobnicate").assertBadInput()
                .isEqualTo("secunity tour: unknown option '--frobnicate' (see 'secunity tour --help')");
    }

    @Test
    void a_date_that_is_not_written_yyyy_mm_dd_is_described_without_java_names() {
        AppRunner.run("schedule", "--community", "sokansai-lt", "--from", "05/01/2026").assertBadInput()
                .isEqualTo("secunity schedule: Invalid value for option '--from': '05/01/2026' is not a date: "
                        + "write it yyyy-MM-dd, such as 2026-01-05 (see 'secunity schedule --help')");
    }

    @Test
    void a_date_that_does_not_exist_is_described_without_java_names() {
        AppRunner.run("tour", "--from", "2026-02-30").assertBadInput()
                .doesNotContain("java.").doesNotContain("DateTime").doesNotContain("LocalDate")
                .contains("'2026-02-30' is not a date of the calendar");
    }

    @Test
    void a_number_that_is_not_a_number_is_described_in_words() {
        AppRunner.run("recommend", "--situation", "x.json", "--top", "three").assertBadInput()
                .contains("Invalid value for option '--top': 'three' is not a whole number")
                .doesNotContain("int");
    }

    @Test
    void progress_and_no_progress_together_are_rejected() {
        AppRunner.runWithInput("{}\n", "expand", "--jsonl", "-", "--progress", "--no-progress").assertBadInput()
                .isEqualTo("secunity expand: --progress and --no-progress contradict each other: give one of them");
    }

    @Test
    void recommend_jsonl_rejects_the_text_format(@TempDir Path dir) throws IOException {
        AppRunner.runWithInput("{}\n", "recommend", "--jsonl", "-", "--format", "text").assertBadInput()
                .isEqualTo("secunity recommend: --format text works with --situation; --jsonl writes JSON lines "
                        + "(--format json, the default) or --format csv");
    }

    @Test
    void recommend_jsonl_with_format_json_writes_json_lines() {
        AppRunner.Result result = AppRunner.runWithInput("{}\n", "recommend", "--jsonl", "-", "--format", "json");
        assertThat(result.status()).isZero();
        assertThat(result.outLines()).singleElement().asString().startsWith("{\"recommendations\":");
    }

    @Test
    void recommend_situation_rejects_the_progress_options(@TempDir Path dir) throws IOException {
        Path situation = Files.writeString(dir.resolve("s.json"), "{}", StandardCharsets.UTF_8);
        AppRunner.run("recommend", "--situation", situation.toString(), "--no-progress").assertBadInput()
                .isEqualTo("secunity recommend: --progress and --no-progress work with --jsonl, not with --situation");
    }

    @Test
    void lang_is_refused_where_the_output_carries_both_languages() {
        for (List<String> command : List.of(List.of("catalog", "practices"), List.of("catalog", "communities"),
                List.of("schedule", "--community", "sokansai-lt"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--format", "json", "--lang", "ja"));
            AppRunner.run(args.toArray(String[]::new)).assertBadInput()
                    .endsWith(": --lang chooses the language of text; --format json carries both languages, "
                            + "so leave --lang out");
        }
    }

    @Test
    void suggestions_come_from_the_smallest_edit_distance_with_swaps() {
        assertThat(UsageErrors.distance("practises", "practices")).isEqualTo(1);
        assertThat(UsageErrors.distance("--tpo", "--top")).isEqualTo(1);
        assertThat(UsageErrors.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(UsageErrors.nearest("comunities", List.of("communities", "practices", "export")))
                .containsExactly("communities");
        assertThat(UsageErrors.nearest("--format", List.of("--top", "--from"))).isEmpty();
        assertThat(UsageErrors.nearest("ab", List.of("abc", "abd", "xyz"))).containsExactly("abc", "abd");
        String longName = "x".repeat(UsageErrors.MAX_TYPED + 6);
        assertThat(UsageErrors.nearest(longName.substring(1) + "y", List.of(longName))).as("bounded work").isEmpty();
        assertThat(UsageErrors.nearest(longName.substring(10) + "y", List.of(longName.substring(9))))
                .containsExactly(longName.substring(9));
    }
}
