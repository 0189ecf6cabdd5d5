package org.secunity.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --progress} and {@code --no-progress} options of the batch commands. */
public final class ProgressOption {

    @Option(names = "--progress",
            description = "Show a progress line on stderr even when stderr is not a terminal. "
                    + "Default: shown only when stderr is a terminal.")
    private boolean on;

    @Option(names = "--no-progress", description = "Never show the progress line.")
    private boolean off;

    /**
     * Tells whether either option was given.
     *
     * @return true if --progress or --no-progress is on the command line
     */
    public boolean given() {
        return on || off;
    }

    /** Creates the option holder; picocli calls this. */
    public ProgressOption() {}

    /**
     * Tells whether to show progress.
     *
     * @param environment the app's environment, not null
     * @return true when asked to, or when stderr is a terminal and not asked not to
     * @throws BadInputException if both --progress and --no-progress are given
     */
    public boolean enabled(Environment environment) {
        if (on && off) {
            throw new BadInputException("--progress and --no-progress contradict each other: give one of them");
        }
        return !off && (on || environment.stderrIsTerminal());
    }
}
