package org.secunity.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogTables;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.EventDistribution;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.CsvExport;
import org.secunity.serialization.ICalendarExport;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.WireType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code secunity schedule --community ID}: the upcoming dates of a community's fixed cadences;
 * {@code schedule --all --from D --to D}: every community's, over a window.
 */
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

    @Option(names = "--community", paramLabel = "ID",
            description = "The community, by ID (see 'secunity catalog communities'). This or --all.")
    private @Nullable String community;

    @Option(names = "--all",
            description = "Every community's fixed-date events from --from to --to, merged in date order, as text or "
                    + "--format csv (one row per occurrence with its holiday adjustment and reason; columns in "
                    + "docs/serialization.md). The window is at most ten years and 100,000 occurrences.")
    private boolean all;

    @Option(names = "--to", paramLabel = "DATE",
            description = "With --all: the day after the last, yyyy-MM-dd. Required with --all.")
    private @Nullable LocalDate to;

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

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "Output format: text (in the --lang language), json (with --community) or csv (with --all). "
                    + "Default: ${DEFAULT-VALUE}.")
    private Formats.ScheduleFormat format = Formats.ScheduleFormat.TEXT;

    @Option(names = "--bom",
            description = "With --format csv, start with a UTF-8 byte-order mark, for Excel. Default: no BOM.")
    private boolean bom;

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
        String id = community;
        if ((id == null) == !all) {
            throw new BadInputException("give either --community ID or --all");
        }
        if (!all && to != null) {
            throw new BadInputException("--to applies only to --all");
        }
        if (bom && format != Formats.ScheduleFormat.CSV) {
            throw new BadInputException("--bom applies only to --format csv");
        }
        Catalog catalog = catalogOption.catalog();
        Environment environment = SecunityApp.environmentOf(spec);
        LocalDate start = from == null ? LocalDate.now(environment.clock()) : from;
        if (id == null) {
            return everyCommunity(catalog, start);
        }
        if (format == Formats.ScheduleFormat.CSV) {
            throw new BadInputException("--format csv works with --all");
        }
        Community c = catalog.community(id)
                .orElseThrow(() -> CatalogOption.unknownCommunity(catalog, id));
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
            if (format == Formats.ScheduleFormat.JSON) {
                langOption.rejectFor("--format json");
                out.println(Json.pretty(json(c, start, dates)));
            } else {
                printText(out, c, start, dates, langOption.lang());
            }
        }
        out.flush();
        return emit(text.toString());
    }

    private int emit(String text) {
        return Outputs.emit(spec, output, text);
    }

    /** {@code --all}: every community's occurrences in the window, as text or CSV. */
    private int everyCommunity(Catalog catalog, LocalDate start) {
        LocalDate end = to;
        if (end == null) {
            throw new BadInputException("--all needs --to DATE, the day after the last");
        }
        if (ics || count != null || format == Formats.ScheduleFormat.JSON) {
            throw new BadInputException("--all writes text or --format csv; --ics, --count and --format json work "
                    + "with --community");
        }
        EventDistribution window = EventDistribution.of(catalog, start, end, policy());
        if (format == Formats.ScheduleFormat.CSV) {
            return emit(CsvExport.create().withByteOrderMark(bom).write(CatalogTables.occurrences(window)));
        }
        Lang lang = langOption.lang();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(lang.pick(start + " から " + end + " の前日まで: " + window.happening() + "件",
                "From " + start + " to the day before " + end + ": " + window.happening() + " dates"));
        for (ScheduledOccurrence d : window.occurrences()) {
            out.println("  " + Schedules.dateWithDay(d.date(), lang) + d.time().map(t -> " " + t).orElse("") + "  "
                    + d.community() + "  " + lang.of(d.event().title()) + note(d, lang));
        }
        if (!window.unplaced().isEmpty()) {
            out.println(lang.pick("日付の決まっていない行事 " + window.unplaced().size() + "件は含まない。",
                    window.unplaced().size() + " events without fixed dates are not listed."));
        }
        out.flush();
        return emit(text.toString());
    }

    private static String note(ScheduledOccurrence d, Lang lang) {
        String why = d.holiday().map(h -> lang.pick(h.ja(), h.en())).orElse("");
        if (d.isSkipped()) {
            return lang.pick("  ※休止: " + why, "  (skipped: " + why + ")");
        }
        if (d.isMoved()) {
            return lang.pick("  ※" + d.movedFrom().orElseThrow() + "（" + why + "）から移動",
                    "  (moved from " + d.movedFrom().orElseThrow() + ": " + why + ")");
        }
        return "";
    }

    private Schedule schedule(Community c) {
        return policy().map(Schedule.of(c)::withHolidayPolicy).orElse(Schedule.of(c));
    }

    /** The holiday policy --holidays and --holiday-policy ask for, or empty for none. */
    private Optional<HolidayPolicy> policy() {
        return HolidayOptions.policy(holidays, holidayPolicy);
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
        item.set("title", Json.tree(SecunityMapper.json().write(WireType.BILINGUAL_TEXT, event.title())));
        event.cadence().ifPresent(cadence ->
                item.set("cadence", Json.tree(SecunityMapper.json().write(WireType.EVENT_CADENCE, cadence))));
    }

    private static void printText(PrintWriter out, Community c, LocalDate start, List<ScheduledOccurrence> dates,
            Lang lang) {
        long happening = dates.stream().filter(d -> !d.isSkipped()).count();
        out.println(lang.pick(
                lang.of(c.name()) + "（" + c.id() + "）の予定: " + start + " 以降の" + happening + "件",
                lang.of(c.name()) + " (" + c.id() + "): " + (happening == 0 ? "no dates"
                        : happening == 1 ? "the next date" : "the next " + happening + " dates") + " from " + start));
        if (dates.isEmpty()) {
            out.println(lang.pick("  日付の決まった定例行事はありません。",
                    "  No event with fixed dates."));
        }
        for (ScheduledOccurrence d : dates) {
            String time = d.time().map(t -> " " + t).orElse("");
            String note = note(d, lang);
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
