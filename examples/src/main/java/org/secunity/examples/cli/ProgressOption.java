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

    /** Creates the option holder; picocli calls this. */
    public ProgressOption() {}

    /**
     * Tells whether to show progress.
     *
     * @param environment the app's environment, not null
     * @return true when asked to, or when stderr is a terminal and not asked not to
     */
    public boolean enabled(Environment environment) {
        return !off && (on || environment.stderrIsTerminal());
    }
}
