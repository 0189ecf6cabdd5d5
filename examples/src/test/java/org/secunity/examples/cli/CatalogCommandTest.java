package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.serialization.Catalogs;
import org.secunity.serialization.CsvTable;
import org.secunity.serialization.SeedCatalog;

class CatalogCommandTest {

    @TempDir
    Path dir;

    private static List<Integer> numbers(JsonNode practices) {
        List<Integer> numbers = new ArrayList<>();
        practices.forEach(p -> numbers.add(p.get("number").intValue()));
        return numbers;
    }

    @Test
    void practices_as_json_follow_the_contract_shape() throws IOException {
        AppRunner.Result result = AppRunner.run("catalog", "practices", "--format", "json");
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode practices = result.json().get("practices");
        assertThat(practices).hasSize(22);
        JsonNode first = practices.get(0);
        assertThat(first.get("number").intValue()).isEqualTo(1);
        assertThat(first.get("community").textValue()).isEqualTo("haisl");
        assertThat(first.get("effectTags").isArray()).isTrue();
        assertThat(first.get("challenges").isArray()).isTrue();
        assertThat(first.get("title").get("ja").textValue()).isNotBlank();
        assertThat(first.get("title").get("en").textValue()).isNotBlank();
        assertThat(practices.get(20).get("community").isNull()).isTrue();
        assertThat(practices.get(21).get("community").isNull()).isTrue();
    }

    @Test
    void practice_entries_are_those_of_the_exported_catalog_document() throws IOException {
        JsonNode listed = AppRunner.run("catalog", "practices", "--format", "json").json().get("practices");
        JsonNode exported = AppRunner.run("catalog", "export", "--format", "json").json().get("practices");
        assertThat(listed).isEqualTo(exported);
    }

    @Test
    void tag_filters_keep_practices_with_any_of_the_tags() throws IOException {
        JsonNode practices = AppRunner.run("catalog", "practices", "--format", "json",
                "--tag", "reduce_operating_burden").json().get("practices");
        assertThat(numbers(practices)).containsExactly(3, 7, 13, 15, 19);
        JsonNode either = AppRunner.run("catalog", "practices", "--format", "json",
                "--tag", "REDUCE_OPERATING_BURDEN,ENABLE_CONTINUOUS_ACTIVITY").json().get("practices");
        assertThat(numbers(either)).contains(2, 3, 5, 7, 13, 22);
    }

    @Test
    void challenge_and_community_filters_combine_with_and() throws IOException {
        JsonNode practices = AppRunner.run("catalog", "practices", "--format", "json",
                "--challenge", "SCHEDULING_CONFLICTS", "--community", "sokansai-lt").json().get("practices");
        assertThat(numbers(practices)).containsExactly(13);
    }

    @Test
    void community_none_keeps_the_practices_of_no_single_community() throws IOException {
        JsonNode practices = AppRunner.run("catalog", "practices", "--format", "json",
                "--community", "none").json().get("practices");
        assertThat(numbers(practices)).containsExactly(21, 22);
    }

    @Test
    void practices_as_text_are_a_table_in_the_chosen_language() {
        AppRunner.Result en = AppRunner.run("catalog", "practices", "--lang", "en", "--community", "sokansai-lt");
        assertThat(en.status()).isZero();
        assertThat(en.out()).contains("2 practices", "Title", "sokansai-lt",
                "Fix a regular event schedule in advance", "Effects: Promote company participation");
        AppRunner.Result ja = AppRunner.run("catalog", "practices", "--lang", "ja", "--community", "sokansai-lt");
        assertThat(ja.out()).contains("2件のプラクティス", "タイトル", "効果: 企業の参加を促進する");
    }

    @Test
    void no_matching_practice_is_said_plainly() {
        AppRunner.Result result = AppRunner.run("catalog", "practices", "--lang", "en",
                "--community", "none", "--tag", "REDUCE_OPERATING_BURDEN");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("No practice matches.");
    }

    @Test
    void an_unknown_tag_is_exit_2_naming_the_option_and_the_allowed_values() {
        AppRunner.Result result = AppRunner.run("catalog", "practices", "--tag", "FOO");
        result.assertBadInput()
                .contains("--tag").contains("'FOO'").contains("REDUCE_OPERATING_BURDEN");
    }

    @Test
    void an_unknown_community_is_exit_2_listing_the_catalog_s_communities() {
        AppRunner.Result result = AppRunner.run("catalog", "practices", "--community", "nobody");
        result.assertBadInput()
                .isEqualTo("secunity catalog practices: --community: unknown community \"nobody\"; the catalog has "
                        + "haisl, cyber-donet, iwate-seminar, miyagi-council, misec, kansai-sec-net, sokansai-lt, "
                        + "kyukeiren-cswg, kumamoto-council, kagoshima-council, none");
    }

    @Test
    void communities_as_json_follow_the_contract_shape() throws IOException {
        AppRunner.Result result = AppRunner.run("catalog", "communities", "--format", "json");
        assertThat(result.status()).isZero();
        JsonNode communities = result.json().get("communities");
        assertThat(communities).hasSize(10);
        assertThat(communities.get(0).get("id").textValue()).isEqualTo("haisl");
        assertThat(communities.get(0).get("name").get("ja").textValue()).isNotBlank();
    }

    @Test
    void communities_as_text_list_every_id_with_its_practices() {
        AppRunner.Result result = AppRunner.run("catalog", "communities", "--lang", "en");
        assertThat(result.out()).contains("10 communities", "sokansai-lt", "13, 14", "Kyushu");
        assertThat(AppRunner.run("catalog", "communities", "--lang", "ja").out()).contains("10件のコミュニティ", "九州");
    }

    @Test
    void export_json_is_the_whole_catalog_document_and_reads_back() throws IOException {
        AppRunner.Result result = AppRunner.run("catalog", "export", "--format", "json");
        assertThat(result.status()).isZero();
        JsonNode doc = result.json();
        assertThat(doc.get("schemaVersion").intValue()).isEqualTo(1);
        assertThat(doc.get("communities")).hasSize(10);
        assertThat(doc.get("practices")).hasSize(22);
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, result.out());
        assertThat(Catalogs.read(file)).isEqualTo(SeedCatalog.load());
    }

    @Test
    void export_yaml_to_a_file_reads_back_as_the_same_catalog() {
        Path file = dir.resolve("catalog.yaml");
        AppRunner.Result result = AppRunner.run("catalog", "export", "--format", "yaml", "--output", file.toString());
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Catalogs.read(file)).isEqualTo(SeedCatalog.load());
    }

    @Test
    void export_csv_writes_the_chosen_table_with_its_header() {
        AppRunner.Result matrix = AppRunner.run("catalog", "export", "--format", "csv", "--table", "matrix");
        assertThat(matrix.status()).isZero();
        assertThat(matrix.outLines().get(0)).isEqualTo(String.join(",", CsvTable.EFFECT_TAG_MATRIX.columns()));
        assertThat(matrix.outLines()).hasSize(23);
        AppRunner.Result practices = AppRunner.run("catalog", "export", "--format", "csv");
        assertThat(practices.outLines().get(0)).isEqualTo(String.join(",", CsvTable.PRACTICES.columns()));
        assertThat(AppRunner.run("catalog", "export", "--format", "csv", "--table", "communities").outLines())
                .hasSize(11);
        assertThat(AppRunner.run("catalog", "export", "--format", "csv", "--table", "events").outLines().get(0))
                .isEqualTo(String.join(",", CsvTable.EVENTS.columns()));
    }

    @Test
    void export_csv_with_bom_starts_with_the_byte_order_mark() throws IOException {
        Path file = dir.resolve("practices.csv");
        AppRunner.Result result = AppRunner.run("catalog", "export", "--format", "csv", "--bom", "-o", file.toString());
        assertThat(result.status()).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("地域");
    }

    @Test
    void export_table_without_csv_is_exit_2() {
        AppRunner.Result result = AppRunner.run("catalog", "export", "--format", "json", "--table", "matrix");
        result.assertBadInput()
                .isEqualTo("secunity catalog export: --table applies only to --format csv");
    }

    @Test
    void export_bom_without_csv_is_exit_2() {
        AppRunner.Result result = AppRunner.run("catalog", "export", "--bom");
        result.assertBadInput().contains("--bom applies only to --format csv");
    }

    @Test
    void export_to_a_missing_directory_is_exit_2_naming_the_file() {
        Path file = dir.resolve("missing").resolve("catalog.json");
        AppRunner.Result result = AppRunner.run("catalog", "export", "--output", file.toString());
        result.assertBadInput().contains("cannot write " + file);
    }

    @Test
    void an_unknown_export_format_is_exit_2() {
        AppRunner.Result result = AppRunner.run("catalog", "export", "--format", "xml");
        result.assertBadInput().contains("--format").contains("'xml'");
    }

    @Test
    void validate_accepts_a_valid_catalog_with_a_one_line_summary() throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, AppRunner.run("catalog", "export").out());
        AppRunner.Result result = AppRunner.run("catalog", "validate", file.toString(), "--lang", "en");
        assertThat(result.status()).isZero();
        assertThat(result.outLines()).singleElement().asString()
                .isEqualTo("OK: " + file + ": schemaVersion 1, 10 communities, 22 practices");
    }

    @Test
    void validate_reports_every_violation_on_its_own_line_with_the_file_and_json_path() throws IOException {
        Path file = dir.resolve("bad.json");
        String doc = AppRunner.run("catalog", "export").out()
                .replaceFirst("\"region\": \"HOKKAIDO\"", "\"region\": \"KANSAI\"")
                .replaceFirst("\"PROMOTE_COMPANY_PARTICIPATION\"", "\"FOO\"");
        Files.writeString(file, doc);
        AppRunner.Result result = AppRunner.run("catalog", "validate", file.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith(file + ": $.communities[0].region: ")
                .contains("\"KANSAI\"").contains("line ");
        assertThat(result.errLines()).allSatisfy(line -> assertThat(line).startsWith(file + ": $."));
        assertThat(result.err()).contains("\"FOO\"").doesNotContain("Exception");
    }

    @Test
    void validate_reports_malformed_json_with_line_and_column() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1,\n  \"communities\": [\n");
        AppRunner.Result result = AppRunner.run("catalog", "validate", file.toString());
        result.assertBadInput().startsWith(file + ": ").contains("line");
    }

    @Test
    void validate_reads_yaml_by_extension() throws IOException {
        Path file = dir.resolve("catalog.yml");
        AppRunner.run("catalog", "export", "--format", "yaml", "--output", file.toString());
        assertThat(AppRunner.run("catalog", "validate", file.toString()).status()).isZero();
    }

    @Test
    void validate_of_a_missing_file_is_exit_2_naming_it() {
        Path file = dir.resolve("nowhere.json");
        AppRunner.Result result = AppRunner.run("catalog", "validate", file.toString());
        result.assertBadInput()
                .isEqualTo("secunity catalog validate: cannot read " + file + ": no such file");
    }

    @Test
    void validate_without_a_file_is_exit_2() {
        AppRunner.Result result = AppRunner.run("catalog", "validate");
        result.assertBadInput().contains("FILE");
    }

    @Test
    void another_catalog_can_replace_the_bundled_one() throws IOException {
        Path file = dir.resolve("mine.yaml");
        Catalog seed = SeedCatalog.load();
        Catalog small = Catalog.builder().from(seed)
                .communities(List.of(Community.builder().from(seed.communities().get(0))
                        .partnerCommunities(List.of()).build()))
                .practices(seed.practicesOf(seed.communities().get(0).id()))
                .build();
        Catalogs.write(small, file);
        JsonNode practices = AppRunner.run("catalog", "practices", "--format", "json",
                "--catalog", file.toString()).json().get("practices");
        assertThat(numbers(practices)).containsExactly(1, 2);
    }

    @Test
    void an_invalid_catalog_option_is_exit_2_with_the_first_problem_on_one_line() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": 99}");
        AppRunner.Result result = AppRunner.run("catalog", "communities", "--catalog", file.toString());
        result.assertBadInput().startsWith("secunity catalog communities: " + file);
    }
}
