package org.secunity.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.ICalendarExport;
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
            "Dates are in Japan (Asia/Tokyo); an occurrence has a time only when the catalog gives the event's "
                    + "start time. --count counts the occurrences that happen; skipped ones are listed among them.",
            "JSON: {\"community\":\"sokansai-lt\",\"from\":\"2026-01-01\",\"dates\":[{\"date\":\"2026-02-12\","
                    + "\"movedFrom\":\"2026-02-11\",\"holiday\":{\"date\":…,\"ja\":…,\"en\":…},"
                    + "\"kind\":\"LIGHTNING_TALKS\",\"title\":{\"ja\":\"…\",\"en\":\"…\"},\"cadence\":{…}}], "
                    + "\"unscheduled\":[{\"kind\":…,\"title\":…,\"cadence\":…}]}; a skipped date has "
                    + "\"skipped\":true."
        })
public final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--community", paramLabel = "ID", required = true,
            description = "The community, by ID (see 'secunity catalog communities').")
    private String community = "";

    @Option(names = "--from", paramLabel = "DATE",
            description = "The first date to consider, yyyy-MM-dd, included when an event falls on it. Default: today.")
    private @Nullable LocalDate from;

    @Option(names = "--count", paramLabel = "N",
            description = "How many dates to list, 1 to 1000, over all the community's fixed events. "
                    + "Not with --ics. Default: 10.")
    private @Nullable Integer count;

    @Option(names = "--holidays", paramLabel = "JP",
            description = "Look at the national holidays of a country: JP (Japan, 1955 to 2099) is the one "
                    + "calendar there is. Default: holidays are not looked at.")
    private @Nullable String holidays;

    @Option(names = "--holiday-policy", paramLabel = "POLICY",
            description = "With --holidays, what happens to an occurrence on a holiday: SKIP (listed as skipped), "
                    + "NEXT_BUSINESS_DAY or PREVIOUS_BUSINESS_DAY (moved, keeping its time). Only holidays "
                    + "trigger it: the events held on Saturdays on purpose stay. Default: SKIP.")
    private @Nullable HolidayPolicy holidayPolicy;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (in the --lang language) or json. Default: ${DEFAULT-VALUE}.")
    private Formats.Listing format = Formats.Listing.TEXT;

    @Option(names = "--ics",
            description = "Write the community's calendar as iCalendar (RFC 5545, .ics) instead: one VEVENT with "
                    + "its RRULE per event with fixed dates, starting on or after --from (holiday adjustments as "
                    + "EXDATE/RDATE for two years), plus the community's past dated events; text in the --lang "
                    + "language.")
    private boolean ics;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (UTF-8, replaced if it exists) instead of standard output.")
    private @Nullable Path output;

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
        Integer given = count;
        if (given != null && (given < 1 || given > 1000)) {
            throw new BadInputException("--count must be from 1 to 1000, but was " + given);
        }
        if (ics && given != null) {
            throw new BadInputException("--count does not apply to --ics: a calendar carries each event's rule");
        }
        if (ics && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw new BadInputException("--format does not apply to --ics");
        }
        Catalog catalog = catalogOption.catalog();
        Community c = catalog.community(community)
                .orElseThrow(() -> CatalogOption.unknownCommunity(catalog, community));
        Environment environment = SecunityApp.environmentOf(spec);
        LocalDate start = from == null ? LocalDate.now(environment.clock()) : from;
        Schedule schedule = schedule(c);
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (ics) {
            ICalendarExport export = ICalendarExport.create().withLanguage(langOption.lang().locale())
                    .withClock(environment.clock());
            export = schedule.holidayPolicy().map(export::withHolidayPolicy).orElse(export);
            export.write(c, start, out);
        } else {
            List<ScheduledOccurrence> dates = schedule.next(start, given == null ? 10 : given);
            if (format == Formats.Listing.JSON) {
                out.println(Json.pretty(json(c, start, dates)));
            } else {
                printText(out, c, start, dates, langOption.lang());
            }
        }
        out.flush();
        Path file = output;
        if (file == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            try {
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("cannot write " + file + ": " + Inputs.describe(e));
            }
        }
        return 0;
    }

    private Schedule schedule(Community c) {
        String country = holidays;
        HolidayPolicy policy = holidayPolicy;
        if (country == null) {
            if (policy != null) {
                throw new BadInputException("--holiday-policy needs --holidays JP");
            }
            return Schedule.of(c);
        }
        if (!"JP".equalsIgnoreCase(country)) {
            throw new BadInputException("--holidays: unknown holiday calendar \"" + country + "\"; the one there is: JP");
        }
        return Schedule.of(c).withHolidayPolicy(policy == null ? HolidayPolicy.SKIP : policy);
    }

    private static ObjectNode json(Community c, LocalDate start, List<ScheduledOccurrence> dates) {
        ObjectNode root = Json.COMPACT.createObjectNode();
        root.put("community", c.id().value());
        root.put("from", start.toString());
        ArrayNode array = root.putArray("dates");
        for (ScheduledOccurrence d : dates) {
            ObjectNode item = array.addObject();
            item.put("date", d.date().toString());
            d.time().ifPresent(t -> item.put("time", t.toString()));
            if (d.isSkipped()) {
                item.put("skipped", true);
            }
            d.movedFrom().ifPresent(m -> item.put("movedFrom", m.toString()));
            d.holiday().ifPresent(h -> {
                ObjectNode holiday = item.putObject("holiday");
                holiday.put("date", h.date().toString());
                holiday.put("ja", h.ja());
                holiday.put("en", h.en());
            });
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
        event.cadence().ifPresent(cadence ->
                item.set("cadence", Json.tree(SecunityJson.write(WireType.EVENT_CADENCE, cadence))));
    }

    private static void printText(PrintWriter out, Community c, LocalDate start, List<ScheduledOccurrence> dates,
            Lang lang) {
        long happening = dates.stream().filter(d -> !d.isSkipped()).count();
        out.println(lang.pick(
                lang.of(c.name()) + "（" + c.id() + "）の予定: " + start + " 以降の" + happening + "件",
                lang.of(c.name()) + " (" + c.id() + "): the next " + happening + " dates from " + start));
        if (dates.isEmpty()) {
            out.println(lang.pick("  日付の決まった定例行事はありません。",
                    "  No event with fixed dates."));
        }
        for (ScheduledOccurrence d : dates) {
            String time = d.time().map(t -> " " + t).orElse("");
            String why = d.holiday().map(h -> lang.pick(h.ja(), h.en())).orElse("");
            String note = "";
            if (d.isSkipped()) {
                note = lang.pick("  ※休止: " + why, "  (skipped: " + why + ")");
            } else if (d.isMoved()) {
                note = lang.pick("  ※" + d.movedFrom().orElseThrow() + "（" + why + "）から移動",
                        "  (moved from " + d.movedFrom().orElseThrow() + ": " + why + ")");
            }
            out.println("  " + Schedules.dateWithDay(d.date(), lang) + time + "  " + lang.of(d.event().title())
                    + lang.pick("（", " (") + lang.of(d.event().cadence().orElseThrow().text()) + lang.pick("）", ")")
                    + note);
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
