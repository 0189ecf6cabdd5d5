package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** End-to-end tests of the shaded app jar, {@code java -jar examples/target/secunity.jar …}, in a child JVM. */
class SecunityJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Processes.Result secunity(String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(Processes.tool("java"), "-jar", Processes.jar().toString()));
        command.addAll(List.of(args));
        return Processes.run(Processes.root(), stdin, 120, command.toArray(String[]::new));
    }

    @Test
    void the_app_jar_and_the_plain_jar_have_a_stable_module_name() throws IOException {
        List<Path> jars = new ArrayList<>(List.of(Processes.jar()));
        Path target = Processes.jar().getParent();
        try (DirectoryStream<Path> plain = Files.newDirectoryStream(target, "secunity-examples-*.jar")) {
            plain.forEach(jars::add);
        }
        assertThat(jars).hasSize(2);
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).as("%s", jar)
                        .isEqualTo("org.secunity.examples");
            }
        }
    }

    @Test
    void catalog_practices_as_json_has_the_contract_shape() throws IOException {
        Processes.Result result = secunity("", "catalog", "practices", "--format", "json");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode practices = JSON.readTree(result.out()).get("practices");
        assertThat(practices.isArray()).isTrue();
        assertThat(practices).hasSize(22);
        for (int i = 0; i < 22; i++) {
            JsonNode p = practices.get(i);
            assertThat(p.get("number").intValue()).isEqualTo(i + 1);
            assertThat(p.has("community")).isTrue();
            assertThat(p.get("effectTags").isArray()).isTrue();
            assertThat(p.get("challenges").isArray()).isTrue();
            assertThat(p.get("title").get("ja").isTextual()).isTrue();
            assertThat(p.get("title").get("en").isTextual()).isTrue();
        }
        assertThat(practices.get(0).get("community").textValue()).isEqualTo("haisl");
        assertThat(practices.get(20).get("community").isNull()).isTrue();
        assertThat(practices.get(21).get("community").isNull()).isTrue();
    }

    @Test
    void catalog_communities_as_json_lists_the_ten_ids() throws IOException {
        Processes.Result result = secunity("", "catalog", "communities", "--format", "json");
        assertThat(result.status()).as(result.err()).isZero();
        List<String> ids = new ArrayList<>();
        JSON.readTree(result.out()).get("communities").forEach(c -> ids.add(c.get("id").textValue()));
        assertThat(ids).containsExactly("haisl", "cyber-donet", "iwate-seminar", "miyagi-council", "misec",
                "kansai-sec-net", "sokansai-lt", "kyukeiren-cswg", "kumamoto-council", "kagoshima-council");
    }

    @Test
    void expand_reads_json_lines_from_a_pipe() throws IOException {
        Processes.Result result = secunity(
                "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":2}\nnope\n",
                "expand", "--jsonl", "-");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("occurrences").toString())
                .isEqualTo("[\"1997-09-10T09:00:00\",\"1997-10-08T09:00:00\"]");
        assertThat(JSON.readTree(lines.get(1)).get("error").textValue()).startsWith("line 2: $: malformed JSON");
    }

    @Test
    void recommend_reads_the_sample_yaml_situation() throws IOException {
        Processes.Result result = secunity("", "recommend", "--situation", "examples/situations/kyushu-volunteers.yaml",
                "--format", "json", "--top", "3");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(JSON.readTree(result.out()).get("recommendations")).hasSize(3);
    }

    @Test
    void bad_input_is_exit_2_with_one_line_on_stderr_and_no_stack_trace() {
        Processes.Result result = secunity("", "catalog", "validate", "no-such-catalog.json");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList()).singleElement().asString()
                .isEqualTo("secunity catalog validate: cannot read no-such-catalog.json: no such file");
    }

    @Test
    void japanese_text_is_utf_8_whatever_the_platform_encoding() {
        Processes.Result result = secunity("", "tour", "--lang", "ja", "--from", "2026-01-01");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("経済産業省", "2026-01-05（月）");
    }

    @Test
    void version_and_help_work_from_the_jar() {
        Processes.Result version = secunity("", "--version");
        assertThat(version.status()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("secunity 0.");
        Processes.Result help = secunity("", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("catalog", "expand", "recommend", "schedule", "tour");
    }
}
