package org.secunity.examples.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.RecurrenceExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code secunity ics (--dtstart D (--rrule R | --cadence PHRASE) | --recurrence TEXT) --summary S}: one
 * recurrence as an iCalendar file.
 */
@Command(name = "ics",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        subcommands = IcsExpandCommand.class,
        description = {
            "Write one recurrence as an iCalendar (RFC 5545, .ics) calendar with one VEVENT: DTSTART, the rule "
                    + "written so that libical, lib-recur, ical4j and dateutil read the same dates as this engine "
                    + "(RecurrenceRule.portableFor), holiday adjustments as EXDATE/RDATE, and the summary. "
                    + "'secunity ics expand FILE' reads .ics files. See docs/icalendar.md.",
            "Example: secunity ics --dtstart 2026-01-01 --cadence 偶数月の第2水曜日の晩 --summary \"LT\" "
                    + "--holidays JP --holiday-policy NEXT_BUSINESS_DAY -o lt.ics"
        })
public final class IcsCommand implements Callable<Integer> {

    @Option(names = "--dtstart", paramLabel = "D",
            description = "The start: yyyy-MM-dd (all-day events) or yyyy-MM-ddTHH:mm[:ss] (a local date-time). "
                    + "Required with --rrule or --cadence; with --cadence, the event starts at the cadence's first date on or "
                    + "after it. Not with --recurrence, whose DTSTART line is the start.")
    private @Nullable String dtstart;

    @Option(names = "--zone", paramLabel = "Z",
            description = "With a date-time --dtstart: its time zone, a tzdb ID such as Asia/Tokyo (the file gets its "
                    + "VTIMEZONE). Default: floating local time.")
    private @Nullable String zone;

    @Option(names = "--rrule", paramLabel = "R",
            description = "The RRULE value, strict RFC 5545, without 'RRULE:'. One of --rrule, --cadence, --recurrence.")
    private @Nullable String rrule;

    @Option(names = "--recurrence", paramLabel = "TEXT",
            description = "The iCalendar text apps store for a recurrence: DTSTART (floating, ;TZID=, Z or ;VALUE=DATE), "
                    + "RRULE, RDATE and EXDATE lines (RecurrenceSet.parse, see docs/recurrence.md), separated by line "
                    + "breaks or by the two characters \\n, such as 'DTSTART:20260101T190000\\nRRULE:FREQ=MONTHLY;BYDAY=2WE'.")
    private @Nullable String recurrence;

    @Option(names = "--cadence", paramLabel = "PHRASE",
            description = "A Japanese or English phrase with fixed dates, such as 偶数月の第2水曜日の晩 or 'every Monday'; "
                    + "a time of day in it (晩 = 19:00) is the event's time when --dtstart is a date.")
    private @Nullable String cadence;

    @Option(names = "--summary", paramLabel = "S", description = "The event's SUMMARY, its title. Required.")
    private @Nullable String summary;

    @Option(names = "--holidays", paramLabel = "JP",
            description = "Adjust the occurrences on the national holidays of Japan (1955 to 2099) for two years from "
                    + "the start, as EXDATE and RDATE. Default: holidays are not looked at.")
    private @Nullable String holidays;

    @Option(names = "--holiday-policy", paramLabel = "POLICY",
            description = "With --holidays: SKIP (default), NEXT_BUSINESS_DAY or PREVIOUS_BUSINESS_DAY.")
    private @Nullable HolidayPolicy holidayPolicy;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file (UTF-8, replaced if it exists) instead of standard output.")
    private @Nullable Path output;

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public IcsCommand() {}

    /**
     * Writes the calendar.
     *
     * @return 0
     * @throws BadInputException if an option is missing, malformed or does not go with another
     */
    @Override
    public Integer call() {
        String title = required(summary, "--summary S");
        int forms = (rrule == null ? 0 : 1) + (cadence == null ? 0 : 1) + (recurrence == null ? 0 : 1);
        if (forms != 1) {
            throw new BadInputException("give one of --rrule R, --cadence PHRASE or --recurrence TEXT");
        }
        RecurrenceExport export = RecurrenceExport.of(title).withClock(SecunityApp.environmentOf(spec).clock());
        Optional<HolidayPolicy> policy = HolidayOptions.policy(holidays, holidayPolicy);
        if (policy.isPresent()) {
            export = export.withHolidayPolicy(policy.get());
        }
        return Outputs.emit(spec, output, export.write(set()));
    }

    /** The recurrence set the options give: a rule from the start, a cadence from its first date, or the text's set. */
    private RecurrenceSet<?> set() {
        String text = recurrence;
        if (text != null) {
            if (dtstart != null || zone != null) {
                throw new BadInputException("--recurrence TEXT carries its own DTSTART (and TZID): leave out --dtstart and --zone");
            }
            return RecurrenceSet.parse(text.replace("\\n", "\n"));
        }
        Temporal from = start(required(dtstart, "--dtstart D"));
        String r = rrule;
        if (r == null) {
            return RecurrenceExport.setOf(Cadence.parse(java.util.Objects.requireNonNull(cadence)), from);
        }
        RecurrenceRule rule = RecurrenceRule.parse(r);
        if (from instanceof LocalDate d) {
            return RecurrenceSet.builder(d).rule(rule).build();
        }
        if (from instanceof LocalDateTime t) {
            return RecurrenceSet.builder(t).rule(rule).build();
        }
        return RecurrenceSet.builder((ZonedDateTime) from).rule(rule).build();
    }

    private Temporal start(String text) {
        Temporal start;
        try {
            start = text.indexOf('T') < 0 ? LocalDate.parse(text) : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--dtstart: '" + text + "' is not a date (yyyy-MM-dd) or a date-time "
                    + "(yyyy-MM-ddTHH:mm[:ss])");
        }
        String z = zone;
        if (z == null) {
            return start;
        }
        if (!(start instanceof LocalDateTime local)) {
            throw new BadInputException("--zone needs a date-time --dtstart, such as " + text + "T09:00");
        }
        try {
            return ZonedDateTime.of(local, ZoneId.of(z));
        } catch (DateTimeException e) {
            throw new BadInputException("--zone: unknown time zone '" + z + "'; give a tzdb ID such as Asia/Tokyo");
        }
    }

    private static String required(@Nullable String value, String option) {
        if (value == null) {
            throw new BadInputException("missing " + option + " (see 'secunity ics --help')");
        }
        return value;
    }
}
