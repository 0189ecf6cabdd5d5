package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.secunity.serialization.SeedCatalog;

/**
 * Fuzzing the command line (issue 11), as {@code ReaderFuzzProperties} fuzzes the readers: random
 * subcommands, options, values, files and standard input never make the app exit 1 (a defect) nor print
 * a stack trace, and every run ends within a bound on hangs. Commands that write files or serve ({@code -o},
 * {@code --output}, {@code chart}, {@code serve}) are left out, and so are picocli's {@code @file} arguments.
 */
class CliFuzzProperties {

    private static Path dir = Path.of("");

    private static final List<List<String>> COMMANDS = List.of(List.of("recommend"), List.of("expand"),
            List.of("catalog", "practices"), List.of("catalog", "communities"), List.of("catalog", "export"),
            List.of("catalog", "validate"), List.of("schedule"), List.of("tour"), List.of("help"), List.of("catalog"),
            List.of());

    private static final List<String> WORDS = List.of("--situation", "--jsonl", "--top", "--format", "--catalog",
            "--weights", "--lang", "--table", "--layout", "--community", "--from", "--to", "--all", "--ics",
            "--holidays", "--holiday-policy", "--count", "--explain", "--tag", "--challenge", "--bom", "--help",
            "--version", "--no-progress", "-", "--", "json", "csv", "text", "yaml", "wide", "long", "ja", "en", "JP",
            "SKIP", "haisl", "misec", "practices", "matrix", "events", "community-tags", "2026-01-01", "2026-13-01",
            "+10000-01-01", "-0001-01-01", "-1", "0", "1", "1000", "99999999999", "", " ", "ENABLE_CONTINUOUS_ACTIVITY",
            "STAFF_ROTATION");

    private static final List<String> FILES = List.of("situation.json", "bad-situation.json", "situation.yaml",
            "lines.jsonl", "catalog.json", "weights.json", "empty", "a-directory", "missing.json", "loop",
            "control\u001B.json");

    @BeforeContainer
    static void files() throws IOException {
        dir = Files.createTempDirectory("cli-fuzz");
        Files.writeString(dir.resolve("situation.json"), "{\"stage\":\"FORMING\",\"challenges\":[\"STAFF_ROTATION\"]}");
        Files.writeString(dir.resolve("bad-situation.json"), "{\"stage\":\"\\u001B[2J\",\"goals\":{\"X\":9}}");
        Files.writeString(dir.resolve("situation.yaml"), "stage: GROWING\nregion: KINKI\n");
        Files.writeString(dir.resolve("lines.jsonl"), "{}\n{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=DAILY\"}\n\r\n"
                + "\uFEFF{\"stage\":1}\r{\"cadence\":\"2月30日\",\"dtstart\":\"2026-01-01\"}\n");
        try (var in = SeedCatalog.class.getResourceAsStream(SeedCatalog.RESOURCE)) {
            Files.write(dir.resolve("catalog.json"), in.readAllBytes());
        }
        Files.writeString(dir.resolve("weights.json"), "{\"goals\":0.5,\"challenges\":0.5}");
        Files.writeString(dir.resolve("empty"), "");
        Files.createDirectory(dir.resolve("a-directory"));
        Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<List<String>> commandLines() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Arbitraries.of(FILES).map(f -> dir.resolve(f).toString()),
                Arbitraries.strings().all().ofMaxLength(12)
                        .filter(s -> !s.startsWith("-o") && !s.startsWith("--o") && !s.startsWith("@")));
        return Combinators.combine(Arbitraries.of(COMMANDS), word.list().ofMaxSize(6)).as((command, rest) -> {
            List<String> args = new ArrayList<>(command);
            args.addAll(rest);
            return args;
        });
    }

    @Provide
    Arbitrary<String> inputs() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.of("{}\n", "{\"stage\":\"FORMING\"}\r\n{", "\uFEFF{}\r{}",
                        "{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30\",\"limit\":5}\n",
                        "{\"dtstart\":\"2026-01-01\",\"cadence\":\"every 99999999999 days\"}\n", "[[[[[[[[[[[[[[[[[[[[[[[[[["));
    }

    @Property(tries = 200)
    void random_command_lines_never_exit_1_nor_print_a_stack_trace(
            @ForAll("commandLines") List<String> args, @ForAll("inputs") String stdin) {
        AppRunner.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> AppRunner.runIn(
                new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), AppRunner.CLOCK,
                        false), args.toArray(String[]::new)), () -> "no answer within 20 s for " + args);
        assertThat(result.status()).as("exit status of %s; stderr: %s", args, result.err()).isIn(0, 2);
        assertThat(result.err()).as("stderr of %s", args).doesNotContain("\tat ").doesNotContain("internal error");
    }
}
