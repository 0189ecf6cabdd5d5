package org.secunity.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogTables;
import org.secunity.serialization.CsvExport;
import org.secunity.serialization.SecunityMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity catalog export}: the whole catalog document, or one CSV table. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Write the whole catalog as one document, {\"schemaVersion\":1,\"source\":…,\"communities\":[…],"
                    + "\"practices\":[…]} in JSON or YAML (docs/catalog-format.md), or one CSV table for analysis "
                    + "(header row of camelCase names, 0/1 columns per effect tag and challenge; docs/serialization.md).",
            "What it writes reads back with 'secunity catalog validate' and --catalog."
        })
public final class CatalogExportCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "json|yaml|csv", defaultValue = "json",
            description = "Output format: json, yaml or csv. Default: ${DEFAULT-VALUE}.")
    private Formats.Export format = Formats.Export.JSON;

    @Option(names = "--table", paramLabel = "TABLE", converter = Formats.TableConverter.class,
            description = "With --format csv, which table: practices (one row per practice with its tags and "
                    + "challenges), matrix (practice × effect tag), communities, events, community-tags "
                    + "(practices per community and effect tag) or practice-challenges. Default: practices.")
    private Formats.@Nullable Table table;

    @Option(names = "--layout", paramLabel = "long|wide",
            description = "With --format csv, the table's shape: long (tidy: one row per pair, for R and pandas) or "
                    + "wide (one column per tag or challenge). matrix, community-tags and practice-challenges have "
                    + "both; practices, communities and events are wide only. Default: long for community-tags and "
                    + "practice-challenges, wide for the others. Columns: docs/serialization.md.")
    private org.secunity.core.@Nullable TableLayout layout;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (UTF-8, replaced if it exists) instead of standard output.")
    private @Nullable Path output;

    @Option(names = "--bom",
            description = "With --format csv, start with a UTF-8 byte-order mark, so that Excel reads Japanese "
                    + "text correctly. Default: no BOM.")
    private boolean bom;

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public CatalogExportCommand() {}

    /**
     * Writes the export.
     *
     * @return 0
     * @throws BadInputException if --table or --bom is given without --format csv, or the output
     *     file cannot be written
     */
    @Override
    public Integer call() {
        if (format != Formats.Export.CSV && table != null) {
            throw new BadInputException("--table applies only to --format csv");
        }
        if (format != Formats.Export.CSV && bom) {
            throw new BadInputException("--bom applies only to --format csv");
        }
        if (format != Formats.Export.CSV && layout != null) {
            throw new BadInputException("--layout applies only to --format csv");
        }
        Formats.Table which = table == null ? Formats.Table.PRACTICES : table;
        if (layout == org.secunity.core.TableLayout.LONG && !which.hasLong) {
            throw new BadInputException("--layout long: table " + which.option() + " is wide only; the tables with a "
                    + "long layout are matrix, community-tags and practice-challenges");
        }
        Catalog catalog = catalogOption.catalog();
        Path file = output;
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(catalog, out);
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(catalog, out);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + file + ": " + Inputs.describe(e));
            }
        }
        return 0;
    }

    private void write(Catalog catalog, Writer out) {
        switch (format) {
            case JSON -> SecunityMapper.json().write(catalog, out);
            case YAML -> SecunityMapper.yaml().write(catalog, out);
            case CSV -> {
                Formats.Table which = table == null ? Formats.Table.PRACTICES : table;
                org.secunity.core.TableLayout shape = layout == null ? which.defaultLayout() : layout;
                CsvExport csv = CsvExport.create().withByteOrderMark(bom);
                org.secunity.serialization.CsvTable wide = which.table;
                switch (which) {
                    case COMMUNITY_TAGS -> csv.write(CatalogTables.communityTags(catalog, shape), out);
                    case PRACTICE_CHALLENGES -> csv.write(CatalogTables.practiceChallenges(catalog, shape), out);
                    case MATRIX -> {
                        if (shape == org.secunity.core.TableLayout.LONG) {
                            csv.write(CatalogTables.practiceTags(catalog, shape), out);
                        } else {
                            csv.write(org.secunity.serialization.CsvTable.EFFECT_TAG_MATRIX, catalog, out);
                        }
                    }
                    default -> csv.write(java.util.Objects.requireNonNull(wide, "table"), catalog, out);
                }
            }
        }
    }
}
