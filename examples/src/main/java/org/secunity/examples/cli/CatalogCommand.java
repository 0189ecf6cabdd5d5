package org.secunity.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code secunity catalog}: the groups of catalog subcommands. */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Query, export and validate catalogs: the bundled seed catalog of 10 communities and "
                + "22 practices, or a catalog document of your own (--catalog FILE).",
        subcommands = {
            CatalogPracticesCommand.class,
            CatalogCommunitiesCommand.class,
            CatalogExportCommand.class,
            CatalogValidateCommand.class
        })
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Creates the command; picocli calls this. */
    public CatalogCommand() {
        this.spec = CommandSpec.create();
    }

    /**
     * Prints the usage help, as {@code secunity catalog --help} does.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
