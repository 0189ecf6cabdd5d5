package org.secunity.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.WireType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity catalog communities}: the communities, as a table or JSON. */
@Command(name = "communities",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "List the catalog's communities, in the source's order, as a table or as JSON.",
            "JSON: {\"communities\":[{\"id\":\"haisl\",\"name\":{\"ja\":\"…\",\"en\":\"…\"},\"region\":\"HOKKAIDO\", …}]} "
                    + "with the entry shape of the catalog document (docs/catalog-format.md)."
        })
public final class CatalogCommunitiesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (a table in the --lang language) or json. Default: ${DEFAULT-VALUE}.")
    private Formats.Listing format = Formats.Listing.TEXT;

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    @Mixin
    private LangOption langOption = new LangOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public CatalogCommunitiesCommand() {}

    /**
     * Prints the communities.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        Catalog catalog = catalogOption.catalog();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Formats.Listing.JSON) {
            langOption.rejectFor("--format json");
            out.print(SecunityMapper.json().write(WireType.envelope("communities", WireType.COMMUNITY),
                    catalog.communities()));
        } else {
            printTable(out, catalog, langOption.lang());
        }
        out.flush();
        return 0;
    }

    static void printTable(PrintWriter out, Catalog catalog, Lang lang) {
        out.println(lang.pick(catalog.communities().size() + "件のコミュニティ",
                Text.count(catalog.communities().size(), "community", "communities")));
        out.println();
        out.println(Text.pad("ID", 19) + Text.pad(lang.pick("地域", "Region"), 10)
                + Text.pad(lang.pick("プラクティス", "Practices"), 14) + lang.pick("名称", "Name"));
        for (Community c : catalog.communities()) {
            String practices = catalog.practicesOf(c.id()).stream()
                    .map(p -> String.valueOf(p.number())).collect(Collectors.joining(", "));
            // the source's acronym in Japanese, its English translation in English (issue 10)
            String shortName = lang.pick(c.acronym().orElse(""), c.englishShortName().orElse(""));
            String name = lang.of(c.name()) + (shortName.isEmpty() ? "" : " (" + shortName + ")");
            out.println(Text.pad(c.id().value(), 19) + Text.pad(lang.label(c.region()), 10)
                    + Text.pad(practices, 14) + name);
        }
    }
}
