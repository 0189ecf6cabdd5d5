package org.secunity.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.serialization.SecunityJson;
import org.secunity.serialization.WireType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity schedule --community ID}: the upcoming dates of a community's fixed cadences. */
@Command(name = "schedule",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "List the upcoming dates of a community's events whose cadence the source fixes "
                    + "(an RRULE in the catalog, such as sokansai-lt's lightning talks on the second Wednesday of "
                    + "even-numbered months), merged in date order; events that recur without fixed dates "
                    + "(\"about twice a year\") are listed after them.",
            "Communities with fixed cadences in the bundled catalog: sokansai-lt, kagoshima-council.",
            "JSON: {\"community\":\"sokansai-lt\",\"from\":\"2026-01-01\",\"dates\":[{\"date\":\"2026-02-11\","
                    + "\"kind\":\"LIGHTNING_TALKS\",\"title\":{\"ja\":\"…\",\"en\":\"…\"},\"cadence\":{…}}], "
                    + "\"unscheduled\":[{\"kind\":…,\"title\":…,\"cadence\":…}]}"
        })
public final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--community", paramLabel = "ID", required = true,
            description = "The community, by ID (see 'secunity catalog communities').")
    private String community = "";

    @Option(names = "--from", paramLabel = "DATE",
            description = "The first date to consider, yyyy-MM-dd, included when an event falls on it. Default: today.")
    private @Nullable LocalDate from;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10",
            description = "How many dates to list, 1 to 1000, over all the community's fixed events. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int count = 10;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (in the --lang language) or json. Default: ${DEFAULT-VALUE}.")
    private Formats.Listing format = Formats.Listing.TEXT;

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    @Mixin
    private LangOption langOption = new LangOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public ScheduleCommand() {}

    /**
     * Prints the schedule.
     *
     * @return 0
     * @throws BadInputException if the community is unknown or the count out of range
     */
    @Override
    public Integer call() {
        if (count < 1 || count > 1000) {
            throw new BadInputException("--count must be from 1 to 1000, but was " + count);
        }
        Catalog catalog = catalogOption.catalog();
        Community c = catalog.community(community).orElseThrow(() -> new BadInputException(
                "--community: unknown community \"" + community + "\"; the catalog has "
                        + catalog.communities().stream().map(x -> x.id().value()).collect(Collectors.joining(", "))));
        LocalDate start = from == null ? LocalDate.now(SecunityApp.environmentOf(spec).clock()) : from;
        List<Schedules.Dated> dates = Schedules.upcoming(c, start, count);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Formats.Listing.JSON) {
            out.println(Json.pretty(json(c, start, dates)));
        } else {
            printText(out, c, start, dates, langOption.lang());
        }
        out.flush();
        return 0;
    }

    private static ObjectNode json(Community c, LocalDate start, List<Schedules.Dated> dates) {
        ObjectNode root = Json.COMPACT.createObjectNode();
        root.put("community", c.id().value());
        root.put("from", start.toString());
        ArrayNode array = root.putArray("dates");
        for (Schedules.Dated d : dates) {
            ObjectNode item = array.addObject();
            item.put("date", d.date().toString());
            eventFields(item, d.event());
        }
        ArrayNode unscheduled = root.putArray("unscheduled");
        for (Event e : Schedules.unfixedEvents(c)) {
            eventFields(unscheduled.addObject(), e);
        }
        return root;
    }

    private static void eventFields(ObjectNode item, Event event) {
        item.put("kind", event.kind().id());
        item.set("title", Json.tree(SecunityJson.write(WireType.BILINGUAL_TEXT, event.title())));
        event.startTime().ifPresent(t -> item.put("startTime", t.toString()));
        event.cadence().ifPresent(cadence ->
                item.set("cadence", Json.tree(SecunityJson.write(WireType.EVENT_CADENCE, cadence))));
    }

    private static void printText(PrintWriter out, Community c, LocalDate start, List<Schedules.Dated> dates,
            Lang lang) {
        out.println(lang.pick(
                lang.of(c.name()) + "（" + c.id() + "）の予定: " + start + " 以降の" + dates.size() + "件",
                lang.of(c.name()) + " (" + c.id() + "): the next " + dates.size() + " dates from " + start));
        if (dates.isEmpty()) {
            out.println(lang.pick("  日付の決まった定例行事はありません。",
                    "  No event with fixed dates."));
        }
        for (Schedules.Dated d : dates) {
            String time = d.event().startTime().map(t -> " " + t).orElse("");
            out.println("  " + Schedules.dateWithDay(d.date(), lang) + time + "  " + lang.of(d.event().title())
                    + lang.pick("（", " (") + lang.of(d.cadence().text()) + lang.pick("）", ")"));
        }
        List<Event> unfixed = Schedules.unfixedEvents(c);
        if (!unfixed.isEmpty()) {
            out.println(lang.pick("日付の決まっていない定例行事:", "Recurring without fixed dates:"));
            for (Event e : unfixed) {
                out.println("  " + lang.of(e.title()) + lang.pick("（", " (")
                        + lang.of(e.cadence().orElseThrow().text()) + lang.pick("）", ")"));
            }
        }
    }
}
