package org.secunity.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.serialization.Catalogs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secunity catalog validate FILE}: read a catalog document and report every problem. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Read a catalog document (JSON, or YAML for .yaml/.yml) and check it against the format and the "
                    + "catalog's rules: field types and vocabulary IDs, one grounding quote per curated value, "
                    + "unique community IDs, practices numbered 1..n, no reference to a missing community.",
            "Valid: exit 0 and one line on stdout, 'OK: FILE: … communities, … practices'.",
            "Invalid: exit 2 and one line per problem on stderr, each self-contained: "
                    + "'FILE: $.json.path: what is wrong (line L, column C)'; at most "
                    + SecunityDataException.MAX_VIOLATIONS + " of them, then one line counting the rest. Control "
                    + "and format characters from the document are escaped (\\u001B)."
        })
public final class CatalogValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The catalog document to check.")
    private Path file = Path.of("");

    @Mixin
    private LangOption langOption = new LangOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public CatalogValidateCommand() {}

    /**
     * Validates the file.
     *
     * @return 0 when valid, 2 when not
     */
    @Override
    public Integer call() {
        Catalog catalog;
        try {
            catalog = Catalogs.read(Inputs.readable(file));
        } catch (SecunityDataException e) {
            PrintWriter err = spec.commandLine().getErr();
            String source = e.source().orElse(file.toString());
            for (SecunityDataException.Violation v : e.violations()) {
                err.println(Errors.oneLine(source + ": " + v));
            }
            if (e.omittedViolations() > 0) {
                err.println(Errors.oneLine(source + ": … and " + Text.count(e.omittedViolations(), "more problem",
                        "more problems") + " (only the first " + SecunityDataException.MAX_VIOLATIONS
                        + " are listed)"));
            }
            err.flush();
            return Errors.BAD_INPUT;
        }
        Lang lang = langOption.lang();
        PrintWriter out = spec.commandLine().getOut();
        out.println("OK: " + file + ": " + lang.pick(
                "スキーマバージョン" + Catalogs.SCHEMA_VERSION + "、コミュニティ" + catalog.communities().size()
                        + "件、プラクティス" + catalog.practices().size() + "件",
                "schemaVersion " + Catalogs.SCHEMA_VERSION + ", " + Text.count(catalog.communities().size(),
                        "community", "communities") + ", " + Text.count(catalog.practices().size(), "practice",
                        "practices")));
        out.flush();
        return 0;
    }
}
