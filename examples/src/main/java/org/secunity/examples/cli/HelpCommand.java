package org.secunity.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;

/**
 * {@code secunity help [COMMAND [SUBCOMMAND…]]}: the help of any command, however deep, the same as
 * {@code COMMAND SUBCOMMAND --help}. Works for every subcommand the app has or will have: it walks picocli's
 * command tree, and an unknown name gets the nearest ones as a suggestion.
 */
@Command(name = "help",
        helpCommand = true,
        description = "Print the help of a command, as COMMAND --help does: secunity help catalog practices.",
        synopsisHeading = "%nUsage: ",
        optionListHeading = "%nOptions:%n")
public final class HelpCommand implements IHelpCommandInitializable2, Callable<Integer> {

    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "The command, and its subcommands, whose help to print; none for the app's help.")
    private List<String> names = new ArrayList<>();

    private @Nullable CommandLine self;
    private @Nullable ColorScheme colors;
    private @Nullable PrintWriter out;

    /** Creates the command; picocli calls this. */
    public HelpCommand() {}

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    /**
     * Prints the help of the named command.
     *
     * @return 0
     * @throws BadInputException if a name is not a command
     */
    @Override
    public Integer call() {
        CommandLine help = java.util.Objects.requireNonNull(self, "init");
        CommandLine target = java.util.Objects.requireNonNull(help.getParent(), "parent");
        for (String name : names) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new BadInputException(UsageErrors.unknownCommand(target, name, true));
            }
            target = sub;
        }
        target.usage(java.util.Objects.requireNonNull(out, "init"), java.util.Objects.requireNonNull(colors, "init"));
        return 0;
    }
}
