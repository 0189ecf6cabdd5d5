package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secunity.examples.cli.Environment;
import org.secunity.examples.cli.SecunityApp;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Keeps README.md true: its code is the examples' code, its commands are CI's, its CLI reference is complete. */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    /** Returns the fenced code blocks of a language ("" for blocks without one), in order. */
    private static List<String> blocks(String text, String language) {
        List<String> blocks = new ArrayList<>();
        @org.jspecify.annotations.Nullable StringBuilder block = null;
        String blockLanguage = "";
        for (String line : text.lines().toList()) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                    blockLanguage = line.substring(3).strip();
                } else {
                    if (blockLanguage.equals(language)) {
                        blocks.add(block.toString());
                    }
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    @Test
    void every_java_line_of_the_readme_is_in_a_compiled_example() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/secunity/examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Files.readAllLines(file).forEach(line -> sources.append(normalize(line)).append('\n'));
            }
        }
        List<String> blocks = blocks(readme(), "java");
        assertThat(blocks).isNotEmpty();
        for (String block : blocks) {
            for (String line : block.lines().map(ReadmeTest::normalize).filter(l -> !l.isEmpty()).toList()) {
                assertThat(sources.toString()).as("README line found in the examples").contains(line);
            }
        }
    }

    @Test
    void the_quick_start_is_two_commands_and_the_second_is_ci_s() throws IOException {
        String readme = readme();
        String quickStart = readme.substring(readme.indexOf("## Quick start"), readme.indexOf("## Adding the dependency"));
        List<String> commands = blocks(quickStart, "sh").stream().map(String::strip).toList();
        assertThat(commands).hasSize(2);
        assertThat(commands).allSatisfy(c -> assertThat(c.lines().count()).isEqualTo(1));
        // issue 10: the first command builds only what the tour needs (no javadoc, sources, benchmarks)
        assertThat(commands.get(0)).startsWith("mvn ").contains(" -DskipTests -pl examples -am package ")
                .endsWith("&& bin/secunity tour");
        List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run")).stream().map(String::strip)
                .filter(l -> l.startsWith("mvn ") && !l.startsWith("mvn -v")).toList();
        assertThat(ci).as("CI runs the README's test command first, then the release checks")
                .startsWith(commands.get(1));
        assertThat(String.join("\n", ci)).contains("-Prelease-checks");
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("scripts/check-reproducible");
    }

    @Test
    void the_cli_reference_names_every_command_and_option() throws IOException {
        String readme = readme();
        CommandLine app = SecunityApp.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<CommandLine> all = new ArrayList<>();
        collect(app, all);
        for (CommandLine command : all) {
            String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^secunity ?", "");
            if (!name.isEmpty() && !"help".equals(name)) {
                assertThat(readme).as("command %s", name).contains("`" + name);
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                assertThat(readme).as("%s %s", name, option.longestName()).contains(option.longestName());
            }
        }
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    @Test
    void the_expand_examples_print_what_the_readme_says() throws IOException {
        List<String> lines = blocks(readme(), "").stream().filter(b -> b.contains("\"dtstart\""))
                .findFirst().orElseThrow().lines().toList();
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("→ ")) {
                expected.add(line.substring(2));
            } else {
                input.append(line).append('\n');
            }
        }
        StringWriter out = new StringWriter();
        Environment environment = new Environment(
                new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), Clock.systemUTC(), false);
        int status = SecunityApp.commandLine(environment, new PrintWriter(out), new PrintWriter(new StringWriter()))
                .execute("expand", "--jsonl", "-");
        assertThat(status).isZero();
        List<String> actual = out.toString().lines().toList();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("answer %d", i + 1).matches(elided(expected.get(i)));
        }
    }

    /** The README's answer as a pattern: its text literally, where each "…" stands for any text the README leaves out. */
    private static Pattern elided(String answer) {
        return Pattern.compile(Arrays.stream(answer.split("…", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}
