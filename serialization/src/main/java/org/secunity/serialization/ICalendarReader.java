package org.secunity.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;

/**
 * Reads the {@code VEVENT}s of RFC 5545 iCalendar ({@code .ics}) files: what Google Calendar,
 * Outlook and Exchange, Apple Calendar and Thunderbird export.
 *
 * <p><b>What is read.</b> Every {@code VEVENT} of every {@code VCALENDAR} in the file (a file may
 * hold several), with {@code UID}, {@code SUMMARY}, {@code DESCRIPTION} and {@code LOCATION}
 * (TEXT unescaped), {@code DTSTART}, {@code DTEND} or {@code DURATION}, {@code RRULE}s (read
 * strictly, against the start, by {@link RecurrenceRule#parse(CharSequence, Temporal)}),
 * {@code RDATE}s (dates, date-times or the starts of periods) and {@code EXDATE}s, comma lists
 * included. A {@code VEVENT} with a {@code RECURRENCE-ID} overrides one instance of the event with
 * the same {@code UID}: that instance moves to the override's start, or goes when the override is
 * {@code STATUS:CANCELLED}; an override without its main event is read as an event of its own.
 * Components other than {@code VEVENT} ({@code VTIMEZONE}, {@code VTODO}, {@code VALARM}, ...)
 * and unknown properties are skipped.
 *
 * <p><b>Times.</b> {@code VALUE=DATE} values are {@link LocalDate}s, floating ones
 * {@link LocalDateTime}s, UTC ones ({@code Z}) and those with a {@code TZID}
 * {@link ZonedDateTime}s. A {@code TZID} is a tzdb ID ({@code Asia/Tokyo}), a Windows zone name
 * ({@code Tokyo Standard Time}, mapped with the Unicode CLDR table windowsZones.xml, territory 001),
 * or a tzdb ID behind a path prefix ({@code /mozilla.org/20050126_1/Asia/Tokyo}); the file's
 * {@code VTIMEZONE} definitions are not interpreted, so another name is refused. {@code RDATE},
 * {@code EXDATE}, {@code DTEND} and {@code RECURRENCE-ID} values are taken to the start's type:
 * zoned ones to the start's zone (same instant), floating ones into it; a date-time for a date
 * start gives its date; a date for a date-time start is refused.
 *
 * <p><b>Bounds</b>, so that a hostile file costs little: at most {@value #MAX_CHARS} characters,
 * {@value #MAX_LINE_CHARS} characters in one unfolded content line, {@value #MAX_EVENTS}
 * {@code VEVENT}s, {@value #MAX_VALUES} values in one property and {@value #MAX_EVENT_VALUES}
 * {@code RDATE} and {@code EXDATE} values in one event, and components nested
 * {@value #MAX_DEPTH} deep. A file past a bound, or a bad one (an unterminated component, an
 * {@code END} that does not match, a bad date, an unknown zone, a bad rule, a {@code VEVENT}
 * without {@code DTSTART}), is refused with one {@link SecunityDataException} naming the line and
 * what was wrong, such as {@code team.ics: line 12: DTSTART: "2026013" is not a DATE or DATE-TIME}.
 * Expanding the events is the engine's business, under its own work bounds.
 *
 * <p>Immutable and safe to share.
 *
 * <pre>{@code
 * List<ICalendarEvent> events = ICalendarReader.create().read(Path.of("calendar.ics"));
 * events.get(0).recurrence().take(5);
 * }</pre>
 */
public final class ICalendarReader {

    /** The most characters of one file. */
    public static final int MAX_CHARS = 10_000_000;

    /** The most characters of one unfolded content line. */
    public static final int MAX_LINE_CHARS = 100_000;

    /** The most {@code VEVENT}s of one file, overrides included. */
    public static final int MAX_EVENTS = 10_000;

    /** The most values of one property (a comma list of {@code RDATE}s, say). */
    public static final int MAX_VALUES = 1_000;

    /** The most {@code RDATE} and {@code EXDATE} values of one event. */
    public static final int MAX_EVENT_VALUES = 10_000;

    /** The deepest nesting of components ({@code VCALENDAR} is depth 1). */
    public static final int MAX_DEPTH = 8;

    private static final ICalendarReader DEFAULT = new ICalendarReader();

    private ICalendarReader() {}

    /**
     * Returns the reader.
     *
     * @return the reader, not null
     */
    public static ICalendarReader create() {
        return DEFAULT;
    }

    /**
     * Reads the events of an iCalendar text.
     *
     * @param text the text, not null
     * @return the main events, in file order, each with its overrides, not null
     * @throws SecunityDataException if the text is not an iCalendar file this reader can read
     */
    public List<ICalendarEvent> read(String text) {
        Objects.requireNonNull(text, "text");
        return read(new StringReader(text), null);
    }

    /**
     * Reads the events of an iCalendar file in UTF-8.
     *
     * @param file the file, not null
     * @return the main events, in file order, not null
     * @throws SecunityDataException if the file is not an iCalendar file this reader can read (the
     *     message starts with the file name)
     * @throws SecunityIOException if the file cannot be read (with the {@link java.io.IOException}
     *     as its cause)
     */
    public List<ICalendarEvent> read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new SecunityIOException("cannot read " + file, new IOException("no such file", e));
        } catch (IOException e) {
            throw new SecunityIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads the events of iCalendar text from a reader, which is not closed.
     *
     * @param in the reader, not null
     * @param source the name of the input for messages, such as the file name, or null
     * @return the main events, in file order, not null
     * @throws SecunityDataException if the input is not an iCalendar file this reader can read
     * @throws SecunityIOException if reading fails (with the {@link java.io.IOException} as its cause)
     */
    public List<ICalendarEvent> read(Reader in, @Nullable String source) {
        Objects.requireNonNull(in, "in");
        try {
            return new Parse(source).run(in);
        } catch (IOException e) {
            throw new SecunityIOException((source == null ? "" : source + ": ") + "cannot read", e);
        }
    }

    /** Returns a description for logs. */
    @Override
    public String toString() {
        return "ICalendarReader[" + MAX_CHARS + " characters, " + MAX_EVENTS + " events]";
    }

    /** One content line, unfolded: its name, parameters and value, and the line where it starts. */
    private record ContentLine(int line, String name, Map<String, String> parameters, String value) {}

    /** The properties of one VEVENT as read. */
    private static final class Fields {
        final int line;
        final Map<String, ContentLine> single = new HashMap<>();
        final List<ContentLine> rrules = new ArrayList<>();
        final List<ContentLine> rdates = new ArrayList<>();
        final List<ContentLine> exdates = new ArrayList<>();

        Fields(int line) {
            this.line = line;
        }
    }

    /** One read of one input. */
    private static final class Parse {
        private final @Nullable String source;
        private final List<Fields> events = new ArrayList<>();

        Parse(@Nullable String source) {
            this.source = source;
        }

        SecunityDataException error(int line, String message) {
            return new SecunityDataException(source, List.of(new SecunityDataException.Violation("line " + line,
                    message)), null);
        }

        List<ICalendarEvent> run(Reader in) throws IOException {
            List<String> stack = new ArrayList<>();
            List<Integer> begins = new ArrayList<>();
            Fields current = null;
            boolean sawCalendar = false;
            LineSource lines = new LineSource(in);
            ContentLine cl;
            while ((cl = lines.next()) != null) {
                if (cl.name().equals("BEGIN")) {
                    String component = cl.value().toUpperCase(Locale.ROOT);
                    if (stack.isEmpty() && !component.equals("VCALENDAR")) {
                        throw error(cl.line(), "BEGIN:" + cl.value() + " outside a VCALENDAR");
                    }
                    if (!stack.isEmpty() && component.equals("VCALENDAR")) {
                        throw error(cl.line(), "a VCALENDAR inside a " + stack.get(stack.size() - 1));
                    }
                    if (stack.size() == MAX_DEPTH) {
                        throw error(cl.line(), "components nested deeper than " + MAX_DEPTH);
                    }
                    stack.add(component);
                    begins.add(cl.line());
                    sawCalendar = true;
                    if (component.equals("VEVENT") && stack.size() == 2) {
                        if (events.size() == MAX_EVENTS) {
                            throw error(cl.line(), "more than " + MAX_EVENTS + " VEVENTs");
                        }
                        current = new Fields(cl.line());
                    }
                } else if (cl.name().equals("END")) {
                    String component = cl.value().toUpperCase(Locale.ROOT);
                    if (stack.isEmpty()) {
                        throw error(cl.line(), "END:" + cl.value() + " without its BEGIN");
                    }
                    String open = stack.remove(stack.size() - 1);
                    int begin = begins.remove(begins.size() - 1);
                    if (!open.equals(component)) {
                        throw error(cl.line(), "END:" + cl.value() + " does not close BEGIN:" + open + " of line "
                                + begin);
                    }
                    if (current != null && component.equals("VEVENT") && stack.size() == 1) {
                        events.add(current);
                        current = null;
                    }
                } else if (stack.isEmpty()) {
                    throw error(cl.line(), cl.name() + " outside a VCALENDAR");
                } else if (current != null && stack.size() == 2) {
                    property(current, cl);
                }
            }
            if (!stack.isEmpty()) {
                throw error(begins.get(begins.size() - 1), "BEGIN:" + stack.get(stack.size() - 1)
                        + " is not closed before the end of the file");
            }
            if (!sawCalendar) {
                throw error(1, "no BEGIN:VCALENDAR: not an iCalendar file");
            }
            return new Events(this).build(events);
        }

        private void property(Fields f, ContentLine cl) {
            switch (cl.name()) {
                case "RRULE" -> f.rrules.add(cl);
                case "RDATE" -> f.rdates.add(cl);
                case "EXDATE" -> f.exdates.add(cl);
                case "DTSTART", "DTEND", "DURATION", "UID", "SUMMARY", "DESCRIPTION", "LOCATION", "RECURRENCE-ID",
                        "STATUS" -> {
                    if (f.single.putIfAbsent(cl.name(), cl) != null) {
                        throw error(cl.line(), cl.name() + " given twice in the VEVENT of line " + f.line);
                    }
                }
                default -> {
                    // other properties are not needed for the occurrences
                }
            }
        }

        /** Reads physical lines and returns unfolded content lines. */
        private final class LineSource {
            private final Reader in;
            private long chars;
            private int physical;
            private @Nullable String pending;
            private int pendingLine;
            private boolean first = true;

            LineSource(Reader in) {
                this.in = in;
            }

            private final char[] buffer = new char[8192];
            private int position;
            private int length;

            /** The next character, or -1 at the end; counted against the bound. */
            private int read() throws IOException {
                int c = peek();
                if (c >= 0) {
                    if (++chars > MAX_CHARS) {
                        throw error(physical + 1, "the file is longer than " + MAX_CHARS + " characters");
                    }
                    position++;
                }
                return c;
            }

            /** The next character without taking it, or -1 at the end. */
            private int peek() throws IOException {
                if (position == length) {
                    length = Math.max(in.read(buffer, 0, buffer.length), 0);
                    position = 0;
                    if (length == 0) {
                        return -1;
                    }
                }
                return buffer[position];
            }

            /** The next physical line, or null at the end; LF, CRLF and CR end lines. */
            private @Nullable String physicalLine() throws IOException {
                StringBuilder b = new StringBuilder();
                int c;
                while ((c = read()) >= 0) {
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') {
                            continue;
                        }
                    }
                    if (c == '\n') {
                        break;
                    }
                    if (c == '\r') {
                        if (peek() == '\n') {
                            read();
                        }
                        break;
                    }
                    if (b.length() == MAX_LINE_CHARS) {
                        throw error(physical + 1, "a content line longer than " + MAX_LINE_CHARS + " characters");
                    }
                    b.append((char) c);
                }
                if (c < 0 && b.length() == 0) {
                    return null;
                }
                physical++;
                return b.toString();
            }

            @Nullable ContentLine next() throws IOException {
                while (true) {
                    String line = pending;
                    int at = pendingLine;
                    pending = null;
                    if (line == null) {
                        line = physicalLine();
                        at = physical;
                        if (line == null) {
                            return null;
                        }
                    }
                    StringBuilder unfolded = new StringBuilder(line);
                    String more;
                    while ((more = physicalLine()) != null) {
                        if (!more.isEmpty() && (more.charAt(0) == ' ' || more.charAt(0) == '\t')) {
                            if (unfolded.length() + more.length() > MAX_LINE_CHARS) {
                                throw error(at, "a content line longer than " + MAX_LINE_CHARS + " characters");
                            }
                            unfolded.append(more, 1, more.length());
                        } else {
                            pending = more;
                            pendingLine = physical;
                            break;
                        }
                    }
                    if (unfolded.toString().isBlank()) {
                        continue; // blank lines, as some writers leave at the end
                    }
                    return parse(at, unfolded.toString());
                }
            }
        }

        /** Splits a content line into name, parameters and value (RFC 5545 3.1). */
        ContentLine parse(int line, String text) {
            int i = 0;
            int n = text.length();
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == 0 || i == n || (text.charAt(i) != ';' && text.charAt(i) != ':')) {
                throw error(line, "not a content line (NAME[;PARAM=VALUE]:VALUE): " + excerpt(text));
            }
            String name = text.substring(0, i).toUpperCase(Locale.ROOT);
            Map<String, String> parameters = new LinkedHashMap<>();
            while (text.charAt(i) == ';') {
                int start = ++i;
                while (i < n && text.charAt(i) != '=') {
                    i++;
                }
                if (i == n) {
                    throw error(line, name + ": a parameter without '=': " + excerpt(text));
                }
                String parameter = text.substring(start, i).toUpperCase(Locale.ROOT);
                StringBuilder value = new StringBuilder();
                i++;
                boolean quoted = false;
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (c == ';' || c == ':')) {
                        break;
                    } else {
                        value.append(c);
                    }
                    i++;
                }
                if (i == n) {
                    throw error(line, name + ": no ':' before the value" + (quoted ? " (an unclosed quote)" : ""));
                }
                parameters.put(parameter, value.toString());
            }
            return new ContentLine(line, name, parameters, text.substring(i + 1));
        }

        String excerpt(String text) {
            return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        }
    }

    /** An RFC 5545 DURATION (3.3.6): weeks, or days and a time. */
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "([+-])?P(?:(\\d{1,6})W|(?:(\\d{1,6})D)?(?:T(?:(\\d{1,6})H)?(?:(\\d{1,6})M)?(?:(\\d{1,6})S)?)?)");

    /** Turns the VEVENTs' fields into events: values typed, overrides applied. */
    private static final class Events {
        private final Parse parse;

        Events(Parse parse) {
            this.parse = parse;
        }

        List<ICalendarEvent> build(List<Fields> all) {
            Map<String, Integer> masterByUid = new HashMap<>();
            List<Typed> typed = new ArrayList<>();
            for (Fields f : all) {
                typed.add(typed(f));
            }
            for (int i = 0; i < typed.size(); i++) {
                Typed t = typed.get(i);
                if (t.recurrenceId == null && t.uid != null) {
                    masterByUid.putIfAbsent(t.uid, i);
                }
            }
            Map<Integer, List<Typed>> overridesOf = new HashMap<>();
            List<Integer> mains = new ArrayList<>();
            for (int i = 0; i < typed.size(); i++) {
                Typed t = typed.get(i);
                Integer master = t.recurrenceId == null || t.uid == null ? null : masterByUid.get(t.uid);
                if (master == null) {
                    mains.add(i);
                } else {
                    overridesOf.computeIfAbsent(master, k -> new ArrayList<>()).add(t);
                }
            }
            List<ICalendarEvent> events = new ArrayList<>();
            for (int i : mains) {
                Typed main = typed.get(i);
                List<Typed> overrides = overridesOf.getOrDefault(i, List.of());
                List<ICalendarEvent> overrideEvents = new ArrayList<>();
                for (Typed o : overrides) {
                    main.exdates.add(main.convert(o.recurrenceId, o.line, "RECURRENCE-ID"));
                    if (!o.cancelled) {
                        main.rdates.add(main.convert(o.start, o.line, "DTSTART of the override"));
                    }
                    overrideEvents.add(o.event(List.of()));
                }
                events.add(main.event(overrideEvents));
            }
            return events;
        }

        private Typed typed(Fields f) {
            ContentLine dtstart = f.single.get("DTSTART");
            if (dtstart == null) {
                throw parse.error(f.line, "a VEVENT without DTSTART");
            }
            Typed t = new Typed(f.line, value(dtstart, dtstart.value()));
            t.uid = text(f, "UID");
            t.summary = text(f, "SUMMARY");
            t.description = text(f, "DESCRIPTION");
            t.location = text(f, "LOCATION");
            ContentLine status = f.single.get("STATUS");
            t.cancelled = status != null && status.value().trim().equalsIgnoreCase("CANCELLED");
            ContentLine rid = f.single.get("RECURRENCE-ID");
            if (rid != null) {
                if ("THISANDFUTURE".equalsIgnoreCase(rid.parameters().get("RANGE"))) {
                    throw parse.error(rid.line(), "RECURRENCE-ID;RANGE=THISANDFUTURE is not supported");
                }
                t.recurrenceId = t.convert(value(rid, rid.value()), rid.line(), "RECURRENCE-ID");
            }
            ContentLine dtend = f.single.get("DTEND");
            ContentLine duration = f.single.get("DURATION");
            if (dtend != null && duration != null) {
                throw parse.error(duration.line(), "a VEVENT with both DTEND and DURATION");
            }
            if (dtend != null) {
                t.end = t.convert(value(dtend, dtend.value()), dtend.line(), "DTEND");
            } else if (duration != null) {
                t.end = t.start.plus(duration(duration));
            }
            for (ContentLine r : f.rrules) {
                try {
                    t.rules.add(RecurrenceRule.parse(r.value(), t.start));
                } catch (SecunityException e) {
                    throw parse.error(r.line(), "RRULE: " + e.getMessage());
                }
            }
            int values = 0;
            for (ContentLine r : f.rdates) {
                for (String v : values(r)) {
                    values = count(values, r);
                    String startPart = "PERIOD".equalsIgnoreCase(r.parameters().get("VALUE")) || v.contains("/")
                            ? v.substring(0, v.indexOf('/') < 0 ? v.length() : v.indexOf('/')) : v;
                    t.rdates.add(t.convert(value(r, startPart), r.line(), "RDATE"));
                }
            }
            for (ContentLine r : f.exdates) {
                for (String v : values(r)) {
                    values = count(values, r);
                    t.exdates.add(t.convert(value(r, v), r.line(), "EXDATE"));
                }
            }
            return t;
        }

        private int count(int values, ContentLine r) {
            if (values == MAX_EVENT_VALUES) {
                throw parse.error(r.line(), "more than " + MAX_EVENT_VALUES + " RDATE and EXDATE values in one VEVENT");
            }
            return values + 1;
        }

        private List<String> values(ContentLine r) {
            String[] parts = r.value().split(",", -1);
            if (parts.length > MAX_VALUES) {
                throw parse.error(r.line(), r.name() + ": more than " + MAX_VALUES + " values");
            }
            List<String> out = new ArrayList<>();
            for (String p : parts) {
                out.add(p.trim());
            }
            return out;
        }

        private @Nullable String text(Fields f, String name) {
            ContentLine cl = f.single.get(name);
            return cl == null ? null : unescape(cl.value());
        }

        /** A DATE, DATE-TIME (floating, UTC, or with TZID) value. */
        private Temporal value(ContentLine cl, String text) {
            String v = text.trim();
            boolean date = "DATE".equalsIgnoreCase(cl.parameters().get("VALUE")) || v.length() == 8;
            try {
                if (date) {
                    if (!v.matches("\\d{8}")) {
                        throw parse.error(cl.line(), cl.name() + ": \"" + excerpt(v) + "\" is not a DATE or DATE-TIME (not yyyyMMdd)");
                    }
                    return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)),
                            Integer.parseInt(v.substring(6, 8)));
                }
                if (!v.matches("\\d{8}T\\d{6}Z?")) {
                    throw parse.error(cl.line(), cl.name() + ": \"" + excerpt(v)
                            + "\" is not a DATE or DATE-TIME (not yyyyMMddTHHmmss[Z])");
                }
                LocalDateTime local = LocalDateTime.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)),
                                Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6, 8))),
                        LocalTime.of(Integer.parseInt(v.substring(9, 11)), Integer.parseInt(v.substring(11, 13)),
                                Integer.parseInt(v.substring(13, 15))));
                if (v.endsWith("Z")) {
                    return ZonedDateTime.of(local, ZoneOffset.UTC);
                }
                String tzid = cl.parameters().get("TZID");
                return tzid == null ? local : ZonedDateTime.of(local, zone(cl, tzid));
            } catch (DateTimeException | NumberFormatException e) {
                throw parse.error(cl.line(), cl.name() + ": \"" + excerpt(v) + "\" is not a DATE or DATE-TIME ("
                        + e.getMessage() + ")");
            }
        }

        private ZoneId zone(ContentLine cl, String tzid) {
            ZoneId zone = WindowsZones.resolve(tzid);
            if (zone == null) {
                throw parse.error(cl.line(), cl.name() + ": unknown time zone \"" + excerpt(tzid)
                        + "\": neither a tzdb ID nor a Windows zone name");
            }
            return zone;
        }

        private String excerpt(String text) {
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }

        private Duration duration(ContentLine cl) {
            String v = cl.value().trim().toUpperCase(Locale.ROOT);
            java.util.regex.Matcher m = DURATION.matcher(v);
            if (!m.matches() || v.endsWith("P") || v.endsWith("T")) {
                throw parse.error(cl.line(), "DURATION: \"" + excerpt(v) + "\" is not a duration such as PT1H30M or P1D");
            }
            for (int g = 2; g <= 6; g++) {
                if (m.group(g) != null && m.group(g).length() > 9) {
                    throw parse.error(cl.line(), "DURATION: \"" + excerpt(v) + "\" has a number of more than 9 digits");
                }
            }
            long seconds = 0;
            seconds += group(m, 2) * 7 * 86_400L + group(m, 3) * 86_400L + group(m, 4) * 3_600L + group(m, 5) * 60L
                    + group(m, 6);
            return Duration.ofSeconds("-".equals(m.group(1)) ? -seconds : seconds);
        }

        private static long group(java.util.regex.Matcher m, int g) {
            String digits = m.group(g);
            if (digits == null) {
                return 0;
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) { // cannot happen: duration() lets through at most 9 digits
                throw new SecunityException("not a number: " + digits, e);
            }
        }

        /** One event's typed values. */
        private final class Typed {
            final int line;
            final Temporal start;
            @Nullable String uid;
            @Nullable String summary;
            @Nullable String description;
            @Nullable String location;
            boolean cancelled;
            @Nullable Temporal recurrenceId;
            @Nullable Temporal end;
            final List<RecurrenceRule> rules = new ArrayList<>();
            final List<Temporal> rdates = new ArrayList<>();
            final List<Temporal> exdates = new ArrayList<>();

            Typed(int line, Temporal start) {
                this.line = line;
                this.start = start;
            }

            /** A value taken to the start's type. */
            Temporal convert(@Nullable Temporal value, int at, String what) {
                Objects.requireNonNull(value, what);
                if (start instanceof LocalDate) {
                    return value instanceof LocalDate ? value
                            : value instanceof LocalDateTime t ? t.toLocalDate() : ((ZonedDateTime) value).toLocalDate();
                }
                if (value instanceof LocalDate) {
                    throw parse.error(at, what + ": a DATE value for an event whose DTSTART is a DATE-TIME");
                }
                if (start instanceof LocalDateTime) {
                    if (value instanceof ZonedDateTime) {
                        throw parse.error(at, what + ": a zoned value for an event whose DTSTART is floating");
                    }
                    return value;
                }
                ZoneId zone = ((ZonedDateTime) start).getZone();
                return value instanceof LocalDateTime t ? ZonedDateTime.of(t, zone)
                        : ((ZonedDateTime) value).withZoneSameInstant(zone);
            }

            ICalendarEvent event(List<ICalendarEvent> overrides) {
                RecurrenceSet<?> set;
                try {
                    set = set();
                } catch (SecunityException e) {
                    throw parse.error(line, "the VEVENT's recurrence: " + e.getMessage());
                }
                return new ICalendarEvent(line, uid, summary, description, location, start, end, recurrenceId, set,
                        overrides);
            }

            private RecurrenceSet<?> set() {
                if (start instanceof LocalDate d) {
                    return build(RecurrenceSet.builder(d), LocalDate.class);
                }
                if (start instanceof LocalDateTime t) {
                    return build(RecurrenceSet.builder(t), LocalDateTime.class);
                }
                return build(RecurrenceSet.builder((ZonedDateTime) start), ZonedDateTime.class);
            }

            private <T extends Comparable<? super T>> RecurrenceSet<T> build(RecurrenceSet.Builder<T> builder,
                    Class<T> type) {
                for (RecurrenceRule rule : rules) {
                    builder.rule(rule);
                }
                return builder.dates(cast(rdates, type)).exclude(cast(exdates, type)).build();
            }
        }

        private static <T> List<T> cast(List<Temporal> values, Class<T> type) {
            return values.stream().map(type::cast).toList();
        }
    }

    /** TEXT unescaped (RFC 5545 3.3.11): {@code \n} and {@code \N}, {@code \,}, {@code \;}, {@code \\}. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
