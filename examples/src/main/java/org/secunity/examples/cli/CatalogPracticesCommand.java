package org.secunity.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.core.Practice;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.WireType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity catalog practices}: the practices, filtered, as a table or JSON. */
@Command(name = "practices",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "List the catalog's practices, in number order, as a table or as JSON.",
            "Filters combine with AND; the values of one repeated filter combine with OR "
                    + "(--tag A --tag B: practices with tag A or B).",
            "JSON: {\"practices\":[{\"number\":1,\"community\":\"haisl\",\"effectTags\":[…],\"challenges\":[…],"
                    + "\"title\":{\"ja\":\"…\",\"en\":\"…\"}, …}]} with the entry shape of the catalog document "
                    + "(docs/catalog-format.md); practices of no single community (21, 22) have \"community\":null."
        })
public final class CatalogPracticesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (a table in the --lang language) or json. Default: ${DEFAULT-VALUE}.")
    private Formats.Listing format = Formats.Listing.TEXT;

    @Option(names = "--tag", paramLabel = "TAG", split = ",",
            description = "Keep practices with this effect tag (repeatable, or comma-separated). "
                    + "One of: ${COMPLETION-CANDIDATES}.")
    private List<EffectTag> tags = new ArrayList<>();

    @Option(names = "--challenge", paramLabel = "CHALLENGE", split = ",",
            description = "Keep practices that address this challenge (repeatable, or comma-separated). "
                    + "One of: ${COMPLETION-CANDIDATES}.")
    private List<Challenge> challenges = new ArrayList<>();

    @Option(names = "--community", paramLabel = "ID",
            description = "Keep the practices of this community (an ID such as haisl or sokansai-lt; "
                    + "see 'secunity catalog communities'), or 'none' for the practices of no single community.")
    private @Nullable String community;

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    @Mixin
    private LangOption langOption = new LangOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public CatalogPracticesCommand() {}

    /**
     * Prints the practices.
     *
     * @return 0
     * @throws BadInputException if the community is not in the catalog
     */
    @Override
    public Integer call() {
        Catalog catalog = catalogOption.catalog();
        List<Practice> practices = select(catalog);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Formats.Listing.JSON) {
            langOption.rejectFor("--format json");
            out.print(SecunityMapper.json().write(WireType.envelope("practices", WireType.PRACTICE), practices));
        } else {
            printTable(out, practices, langOption.lang());
        }
        out.flush();
        return 0;
    }

    private List<Practice> select(Catalog catalog) {
        Set<EffectTag> tagSet = tags.isEmpty() ? EnumSet.noneOf(EffectTag.class) : EnumSet.copyOf(tags);
        Set<Challenge> challengeSet = challenges.isEmpty() ? EnumSet.noneOf(Challenge.class) : EnumSet.copyOf(challenges);
        String id = community;
        if (id != null && !"none".equals(id) && catalog.community(id).isEmpty()) {
            throw CatalogOption.unknownCommunity(catalog, id, "none");
        }
        return catalog.practicesWhere(p -> (tagSet.isEmpty() || tagSet.stream().anyMatch(p::hasEffectTag))
                && (challengeSet.isEmpty() || challengeSet.stream().anyMatch(p::addresses))
                && (id == null || ("none".equals(id)
                        ? p.community().isEmpty()
                        : p.community().map(c -> c.value().equals(id)).orElse(false))));
    }

    static void printTable(PrintWriter out, List<Practice> practices, Lang lang) {
        if (practices.isEmpty()) {
            out.println(lang.pick("該当するプラクティスはありません。", "No practice matches."));
            return;
        }
        out.println(lang.pick(practices.size() + "件のプラクティス", Text.count(practices.size(), "practice", "practices")));
        out.println();
        out.println(Text.pad(lang.pick("番号", "No."), 5) + Text.pad(lang.pick("コミュニティ", "Community"), 19)
                + lang.pick("タイトル", "Title"));
        String indent = " ".repeat(24);
        for (Practice p : practices) {
            String who = p.community().map(id -> id.value()).orElse(lang.pick("(共通)", "(shared)"));
            out.println(Text.padLeft(String.valueOf(p.number()), 3) + "  " + Text.pad(who, 19) + lang.of(p.title()));
            out.println(indent + lang.pick("効果: ", "Effects: ")
                    + p.effectTags().stream().map(lang::label).collect(Collectors.joining(lang.pick("、", "; "))));
            if (!p.challenges().isEmpty()) {
                out.println(indent + lang.pick("課題: ", "Challenges: ")
                        + p.challenges().stream().map(lang::label).collect(Collectors.joining(lang.pick("、", "; "))));
            }
        }
    }
}
