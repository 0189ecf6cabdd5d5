package org.secunity.examples.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.secunity.serialization.ExpandAnswer;
import org.secunity.serialization.ExpandRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity expand --jsonl FILE|-}: expand recurrence rules given as JSON lines. */
@Command(name = "expand",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Expand RFC 5545 recurrence rules given as JSON lines: one output line per input line, in the same "
                    + "order, each written and flushed as soon as it is computed (constant memory, fit for pipes).%n",
            "Input line, for example:",
            "  {\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":5}",
            "  {\"dtstart\":\"2026-01-01\",\"cadence\":\"毎週月曜日\",\"holidays\":\"JP\"}",
            "  {\"recurrence\":\"DTSTART;TZID=Asia/Tokyo:20260107T190000\\nRRULE:FREQ=WEEKLY\"}",
            "  dtstart  yyyy-MM-ddTHH:mm[:ss] (a local date-time) or yyyy-MM-dd, with:",
            "  rrule    the RRULE value, strict RFC 5545, without 'RRULE:'; or instead:",
            "  cadence  a Japanese or English phrase with fixed dates, such as 偶数月の第2水",
            "           曜日の晩, 毎週月曜日, second Saturday of July, every other Wednesday",
            "           at 19:00; a time of day in it (晩 = 19:00) replaces dtstart's",
            "  recurrence  instead of dtstart and rrule or cadence: the iCalendar text of a",
            "           recurrence set, DTSTART (floating, ;TZID=, Z or ;VALUE=DATE), RRULE,",
            "           RDATE and EXDATE lines (LF or CRLF, folded lines); DTSTART is an",
            "           occurrence, as RFC 5545 says",
            "  zone     optional: a zone ID such as Asia/Tokyo; none: floating local time",
            "           (with recurrence: only for a floating DTSTART)",
            "  limit    optional: at most this many occurrences, 0 to " + ExpandRequest.MAX_LIMIT
                    + "; default " + ExpandRequest.DEFAULT_LIMIT,
            "  holidays        optional: JP, the national holidays of Japan (1955-2099)",
            "  holidayPolicy   with holidays: SKIP (default), NEXT_BUSINESS_DAY or",
            "                  PREVIOUS_BUSINESS_DAY: what happens to an occurrence on a day off",
            "  holidayTrigger  with holidays: NON_BUSINESS_DAY (default: Saturdays, Sundays",
            "                  and holidays are days off) or HOLIDAY (holidays only, for",
            "                  events held on weekends on purpose)%n",
            "Output line: {\"occurrences\":[\"1997-09-10T09:00:00\", …]}: the rule's occurrences in order, at most "
                    + "limit; DTSTART is included only when it matches the rule. Floating times print as "
                    + "1997-09-10T09:00:00, dates as 1997-09-10, zoned times as the local time with its offset, "
                    + "2026-01-14T19:00:00+09:00 (times in a DST gap move later, as RFC 5545 says).%n",
            "The work of one line is bounded: when the bound stops the expansion before limit, the line is "
                    + "{\"occurrences\":[…],\"truncated\":\"…why…\"} with the occurrences found.%n",
            "With holidays, occurrences are those after the policy: skipped ones are left out, moved ones are "
                    + "at their new date (same time of day), and the limit counts what is left.%n",
            "A bad line (malformed JSON, an unknown or missing field, a bad rule) is answered with "
                    + "{\"error\":\"line N: …\"} naming the field, or the rule part and index, and the run goes on. "
                    + "Lines longer than " + JsonLines.MAX_LINE_LENGTH + " characters are errors too.%n",
            "Exit status: 0 when every line was read, even if some were answered with an error (errors are "
                    + "reported in-band); 2 when the input file cannot be read. Reading stops early, with status 0, "
                    + "when standard output is closed (as by 'head')."
        })
public final class ExpandCommand implements Callable<Integer> {

    @Option(names = "--jsonl", paramLabel = "FILE|-", required = true,
            description = "The JSON lines to expand: a UTF-8 file, or - for standard input.")
    private String input = "-";

    @Mixin
    private ProgressOption progressOption = new ProgressOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public ExpandCommand() {}

    /**
     * Expands every line.
     *
     * @return 0
     * @throws BadInputException if the input cannot be opened
     */
    @Override
    public Integer call() throws IOException {
        JsonLines.answerEach(spec, input, progressOption, "expand", ExpandAnswer::answerLine);
        return 0;
    }
}
