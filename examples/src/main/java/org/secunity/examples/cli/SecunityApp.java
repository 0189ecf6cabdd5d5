package org.secunity.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code secunity} command-line app: {@code java -jar examples/target/secunity.jar …}.
 *
 * <p>Subcommands: {@code catalog} (practices, communities, export, validate), {@code chart}, {@code expand}
 * (RRULE expansion over JSON lines), {@code recommend}, {@code schedule}, {@code serve} (the HTTP
 * API) and {@code tour}.
 * Output is UTF-8 whatever the platform's encoding. Exit status 0 on success, 2 on bad input with
 * one line on stderr that says what was wrong and where, 1 on an internal error.
 *
 * <pre>{@code
 * int status = SecunityApp.run("catalog", "practices", "--format", "json");
 * }</pre>
 */
@Command(name = "secunity",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Browse the METI regional SECUNITY practice catalog (経済産業省「地域SECUNITY形成のためのプラクティス集」第1版), "
                    + "get practice recommendations for your community's situation, expand event cadences "
                    + "publish community schedules, and serve all of it over HTTP.%n",
            "Output is UTF-8. Text is printed in English, or in Japanese when the JVM locale is Japanese; "
                    + "--lang ja|en on any subcommand chooses."
        },
        subcommands = {
            CatalogCommand.class,
            ChartCommand.class,
            ExpandCommand.class,
            IcsCommand.class,
            RecommendCommand.class,
            ScheduleCommand.class,
            ServeCommand.class,
            TourCommand.class,
            HelpCommand.class
        },
        footerHeading = "%nExit status:%n",
        footer = {
            "  0  success",
            "  1  an internal error (a defect of the app; the stack trace is printed)",
            "  2  bad input: a bad option or argument, a missing file, an invalid",
            "     document or rule; one line on stderr says what and where",
            "",
            "Run 'secunity tour' for a guided tour, 'secunity help COMMAND' for a command's options."
        })
public final class SecunityApp implements Callable<Integer> {

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    /**
     * Creates the app with an environment.
     *
     * @param environment standard input, clock and terminal, not null
     */
    public SecunityApp(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Runs the app and exits the JVM with its exit status.
     *
     * @param args the command line
     */
    public static void main(String... args) {
        System.exit(run(args));
    }

    /**
     * Runs the app on this process's standard streams, without exiting.
     *
     * @param args the command line, not null
     * @return the exit status: 0, 1 or 2
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(Environment.system(), out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Returns the app's command line, ready to {@code execute(args)}; tests run it in-process.
     *
     * @param environment standard input, clock and terminal, not null
     * @param out where results go, not null
     * @param err where errors and progress go, not null
     * @return the command line, not null
     */
    public static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        Errors errors = new Errors();
        CommandLine commandLine = new CommandLine(new SecunityApp(environment));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Converters.register(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        return commandLine;
    }

    /**
     * Returns the environment the app runs in.
     *
     * @return the environment, not null
     */
    public Environment environment() {
        return environment;
    }

    /**
     * Returns the app of a command's root, for subcommands that need the environment.
     *
     * @param spec a subcommand's spec, not null
     * @return the environment of the app, not null
     */
    static Environment environmentOf(CommandSpec spec) {
        return ((SecunityApp) spec.root().userObject()).environment();
    }

    /**
     * Prints the usage help: {@code secunity} without a subcommand is the same as {@code secunity --help}.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
