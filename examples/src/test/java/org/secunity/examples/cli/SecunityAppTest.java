package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

class SecunityAppTest {

    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(SecunityApp.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())), new ArrayList<>(), all);
        return all.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!"help".equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, all);
            }
        });
    }

    @ParameterizedTest(name = "secunity {0} --help")
    @MethodSource("commands")
    void every_command_prints_its_help_on_stdout_and_exits_0(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        AppRunner.Result result = AppRunner.run(args.toArray(String[]::new));
        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Usage: secunity").contains("--help").contains("--version");
    }

    @ParameterizedTest(name = "secunity {0}")
    @MethodSource("commands")
    void every_option_and_parameter_is_described(List<String> command) {
        CommandLine root = SecunityApp.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine target = root;
        for (String name : command) {
            target = target.getSubcommands().get(name);
        }
        CommandSpec spec = target.getCommandSpec();
        assertThat(spec.usageMessage().description()).as("description of %s", command).isNotEmpty();
        for (OptionSpec option : spec.options()) {
            assertThat(String.join(" ", option.description())).as("%s %s", command, option.longestName())
                    .isNotBlank();
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            assertThat(String.join(" ", parameter.description())).as("%s %s", command, parameter.paramLabel())
                    .isNotBlank();
        }
    }

    @Test
    void version_names_the_app_and_its_version() {
        AppRunner.Result result = AppRunner.run("--version");
        assertThat(result.status()).isZero();
        assertThat(result.outLines().get(0)).startsWith("secunity ").doesNotContain("${");
    }

    @Test
    void no_subcommand_prints_the_usage_and_exits_0() {
        AppRunner.Result result = AppRunner.run();
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("catalog", "expand", "schedule", "tour", "Exit status");
    }

    @Test
    void help_documents_the_exit_status_and_the_language_default() {
        AppRunner.Result result = AppRunner.run("--help");
        assertThat(result.out().replaceAll("\\s+", " ")).contains("2 bad input")
                .contains("Japanese when the JVM locale is Japanese");
    }

    @Test
    void an_unknown_subcommand_is_one_line_on_stderr_and_exit_2() {
        AppRunner.Result result = AppRunner.run("frobnicate");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("frobnicate").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void an_unknown_option_is_one_line_on_stderr_and_exit_2() {
        AppRunner.Result result = AppRunner.run("catalog", "practices", "--frobnicate");
        result.assertBadInput()
                .startsWith("secunity catalog practices: ")
                .contains("--frobnicate")
                .contains("see 'secunity catalog practices --help'");
    }

    @Test
    void a_bad_language_is_one_line_on_stderr_and_exit_2() {
        AppRunner.Result result = AppRunner.run("tour", "--lang", "fr");
        result.assertBadInput().contains("--lang").contains("ja or en")
                .contains("'fr'");
    }

    @Test
    void the_language_defaults_to_japanese_under_a_japanese_locale() {
        assertThat(Lang.of(java.util.Locale.JAPAN)).isEqualTo(Lang.JA);
        assertThat(Lang.of(java.util.Locale.US)).isEqualTo(Lang.EN);
        assertThat(Lang.of(java.util.Locale.GERMANY)).isEqualTo(Lang.EN);
    }

    @Test
    void an_internal_error_is_exit_1_with_the_stack_trace() {
        StringWriter err = new StringWriter();
        CommandLine app = SecunityApp.commandLine(Environment.system(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        int status = new Errors().handleExecutionException(new IllegalStateException("boom"), app, app.parseArgs());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("internal error").contains("IllegalStateException: boom")
                .contains("\tat ");
    }

    @Test
    void multi_line_messages_are_folded_onto_one_line() {
        assertThat(Errors.oneLine("first\n  second\r\nthird")).isEqualTo("first second third");
    }

    @Test
    void control_and_format_characters_are_escaped_in_the_one_line() {
        // issue 11: ESC, BEL, DEL, C1, bidi overrides, tag characters and lone surrogates never reach the terminal
        assertThat(Errors.oneLine("a\u001B[2Jb\u0007c\u007Fd\u009Be\u202Ef\tg"))
                .isEqualTo("a\\u001B[2Jb\\u0007c\\u007Fd\\u009Be\\u202Ef\\tg");
        assertThat(Errors.oneLine("x" + new String(Character.toChars(0xE0041)) + "y\uD800z"))
                .isEqualTo("x\\u{E0041}y\\uD800z");
        assertThat(Errors.oneLine("偶数月の第2水曜日の晩 «ok»")).isEqualTo("偶数月の第2水曜日の晩 «ok»");
    }
}
