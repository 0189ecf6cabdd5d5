package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.serialization.ReadOptions;
import org.secunity.serialization.SeedCatalog;

/**
 * The hostile-input suite of issue 11: every row of {@code hostile-inputs.yaml} runs the app in-process
 * through its entry point and checks the exit status, the shape of the one-line message, the size of what
 * was written, and that the run ends within a generous bound (a guard against hangs, not a speed test).
 * On every row, stderr holds no stack trace and no raw control or format character.
 *
 * <p>A row marked {@code disabled: <helper>} belongs to a fix made on another branch; the lead enables it
 * after merging.
 */
class HostileInputTest {

    /** One row of the table. */
    record Case(String name, List<String> args, @Nullable String stdin, Map<String, String> files,
            Map<String, String> generated, Map<String, String> links, Map<String, Map<String, String>> seedCatalogs,
            int exit, @Nullable String stderr, int stderrLines, int maxStderr, @Nullable String stdout,
            int stdoutLines, int maxStdout, int seconds, @Nullable String disabled) {

        Case {
            files = files == null ? Map.of() : files;
            generated = generated == null ? Map.of() : generated;
            links = links == null ? Map.of() : links;
            seedCatalogs = seedCatalogs == null ? Map.of() : seedCatalogs;
            stderrLines = stderrLines == 0 && exit == 2 ? 1 : stderrLines;
            maxStderr = maxStderr == 0 ? 4_000 : maxStderr;
            maxStdout = maxStdout == 0 ? 1_000_000 : maxStdout;
            seconds = seconds == 0 ? 20 : seconds;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** Raw control (Cc) and format (Cf) characters other than the line feed, which must never reach stderr. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");

    static Stream<Case> cases() throws IOException {
        try (InputStream in = Objects.requireNonNull(HostileInputTest.class.getResourceAsStream("hostile-inputs.yaml"))) {
            return List.of(YAML.readValue(in, Case[].class)).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostile_input_gets_a_bounded_clear_answer(Case c, @TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(c.disabled() == null, () -> "enabled after merging the branch of " + c.disabled());
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : c.files().entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> g : c.generated().entrySet()) {
            Files.writeString(dir.resolve(g.getKey()), generate(g.getValue()), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, Map<String, String>> s : c.seedCatalogs().entrySet()) {
            Files.writeString(dir.resolve(s.getKey()), seedCatalogWith(s.getValue()), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> l : c.links().entrySet()) {
            Files.createSymbolicLink(dir.resolve(l.getKey()), Path.of(l.getValue()));
        }
        names.put("{dir}", dir.toString());
        List<String> args = new ArrayList<>();
        for (String arg : c.args()) {
            for (Map.Entry<String, String> n : names.entrySet()) {
                arg = arg.replace(n.getKey(), n.getValue());
            }
            args.add(arg);
        }
        String stdin = c.stdin() == null ? "" : c.stdin();
        AppRunner.Result result = assertTimeoutPreemptively(Duration.ofSeconds(c.seconds()), () -> AppRunner.runIn(
                new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), AppRunner.CLOCK,
                        false), args.toArray(String[]::new)), () -> c.name() + ": no answer within " + c.seconds() + " s");

        String err = result.err();
        assertThat(result.status()).as("exit status; stderr: %s", excerpt(err)).isEqualTo(c.exit());
        assertThat(err).as("stack trace on stderr").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(UNSAFE.matcher(err).find()).as("raw control or format character on stderr: %s", excerpt(err))
                .isFalse();
        assertThat(err.length()).as("stderr size").isLessThanOrEqualTo(c.maxStderr());
        assertThat(err.lines().count()).as("stderr lines: %s", excerpt(err)).isEqualTo(c.stderrLines());
        if (c.stderr() != null) {
            assertThat(err.lines().findFirst().orElse("")).as("stderr").containsPattern(c.stderr());
        }
        assertThat(result.out().length()).as("stdout size").isLessThanOrEqualTo(c.maxStdout());
        if (c.stdout() != null) {
            assertThat(result.out()).as("stdout").containsPattern(c.stdout());
        }
        if (c.stdoutLines() > 0) {
            assertThat(result.out().lines().count()).as("stdout lines: %s", excerpt(result.out()))
                    .isEqualTo(c.stdoutLines());
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "…";
    }

    /** The seed catalog document with some text replaced, each replacement required to apply. */
    private static String seedCatalogWith(Map<String, String> replacements) {
        String text;
        try (InputStream in = Objects.requireNonNull(SeedCatalog.class.getResourceAsStream(SeedCatalog.RESOURCE))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            assertThat(text).as("the seed catalog has the text to replace").contains(r.getKey());
            text = text.replace(r.getKey(), r.getValue());
        }
        return text;
    }

    /** Documents too large to write in the table. */
    private static String generate(String kind) {
        int n = ReadOptions.DEFAULT_MAX_COLLECTION_SIZE;
        return switch (kind) {
            // 100,000 bad items in each array and 100,000 bad goals: 2.6 MB, 400,000 violations and more
            case "situation-with-400000-bad-entries" -> {
                StringBuilder json = new StringBuilder("{\"challenges\":[");
                for (int i = 0; i < n; i++) {
                    json.append(i == 0 ? "" : ",").append("\"X").append(i).append('"');
                }
                json.append("],\"partners\":[").append("1,".repeat(n - 1)).append("1],\"adoptedPractices\":[")
                        .append("\"a\",".repeat(n - 1)).append("\"a\"],\"goals\":{");
                for (int i = 0; i < n; i++) {
                    json.append(i == 0 ? "" : ",").append("\"G").append(i).append("\":2");
                }
                yield json.append("}}").toString();
            }
            // a catalog document whose communities are 100,000 numbers
            case "catalog-with-100000-bad-communities" -> "{\"schemaVersion\":1,\"communities\":["
                    + "1,".repeat(n - 1) + "1],\"practices\":[]}";
            // one situation line of JSON lines just under the 100,000-character line limit, every item bad
            case "jsonl-line-of-99000-characters" -> {
                StringBuilder json = new StringBuilder("{\"challenges\":[");
                for (int i = 0; json.length() < 99_000; i++) {
                    json.append(i == 0 ? "" : ",").append("\"X").append(i).append('"');
                }
                yield json.append("]}\n{}\n").toString();
            }
            default -> throw new IllegalArgumentException("unknown generated document " + kind);
        };
    }
}
