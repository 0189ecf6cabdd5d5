package org.secunity.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.recurrence.RecurrenceIterator;
import org.secunity.recurrence.RecurrenceSet;
import org.secunity.serialization.ExpandAnswer;
import org.secunity.serialization.ICalendarEvent;
import org.secunity.serialization.ICalendarReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secunity ics expand FILE}: the occurrences of each event of an iCalendar file, as one JSON document. */
@Command(name = "expand",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Read an iCalendar (.ics) file, as Google Calendar, Outlook, Apple Calendar or Thunderbird export it, and "
                    + "print each event's occurrences as one JSON document, the events in file order: "
                    + "{\"events\":[{\"uid\":…,\"summary\":…,\"occurrences\":[…]},…]}. RECURRENCE-ID overrides are applied (a moved "
                    + "instance at its new time, a cancelled one left out). Times print as in 'secunity expand': "
                    + "2026-01-14T19:00:00+09:00 for a TZID (Windows zone names included), 2026-01-14T19:00:00 "
                    + "floating, 2026-04-29 all day.",
            "An event the engine cannot expand has {\"uid\":…,\"error\":\"…\"} in place of its occurrences, and "
                    + "the others go on. "
                    + "A file that cannot be read (an unterminated component, a bad date, an unknown zone, a bound "
                    + "passed; see docs/icalendar.md) is exit 2 with the line and what was wrong."
        })
public final class IcsExpandCommand implements Callable<Integer> {

    /** The most occurrences printed per event. */
    static final int MAX_LIMIT = 1000;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .ics file, UTF-8.")
    private Path file = Path.of("");

    @Option(names = "--from", paramLabel = "DATE",
            description = "Only occurrences on or after this date, yyyy-MM-dd (in the event's own time). "
                    + "Default: from each event's start.")
    private @Nullable LocalDate from;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N occurrences per event, 0 to " + MAX_LIMIT + ". Default: ${DEFAULT-VALUE}.")
    private int limit = 10;

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public IcsExpandCommand() {}

    /**
     * Prints the occurrences.
     *
     * @return 0
     * @throws BadInputException if the limit is out of range or the file cannot be read
     */
    @Override
    public Integer call() {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new BadInputException("--limit must be from 0 to " + MAX_LIMIT + ", but was " + limit);
        }
        List<ICalendarEvent> events = ICalendarReader.create().read(Inputs.readable(file));
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode document = Json.COMPACT.createObjectNode();
        ArrayNode answers = document.putArray("events");
        for (ICalendarEvent event : events) {
            ObjectNode line = answers.addObject();
            event.uid().ifPresent(u -> line.put("uid", u));
            event.summary().ifPresent(s -> line.put("summary", s));
            try {
                ArrayNode occurrences = Json.COMPACT.createArrayNode();
                for (String t : occurrences(event.recurrence())) {
                    occurrences.add(t);
                }
                line.set("occurrences", occurrences);
            } catch (SecunityException e) {
                line.put("error", "line " + event.line() + ": " + e.getMessage());
            }
        }
        out.println(Json.compact(document));
        out.flush();
        return 0;
    }

    private <T extends Comparable<? super T>> List<String> occurrences(RecurrenceSet<T> set) {
        RecurrenceIterator<T> it = set.iterator();
        LocalDate day = from;
        if (day != null) {
            it.skipTo(at(set.start(), day));
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        while (out.size() < limit && it.hasNext()) {
            out.add(ExpandAnswer.occurrenceText((Temporal) it.next()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(T start, LocalDate day) {
        Object t = start instanceof LocalDate ? day
                : start instanceof LocalDateTime ? day.atStartOfDay()
                : day.atStartOfDay(((ZonedDateTime) start).getZone());
        return (T) t;
    }
}
