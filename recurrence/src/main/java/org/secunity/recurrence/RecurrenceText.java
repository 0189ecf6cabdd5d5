package org.secunity.recurrence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * Reads and writes the iCalendar text of a {@link RecurrenceSet}: the {@code DTSTART},
 * {@code RRULE}, {@code RDATE} and {@code EXDATE} content lines an app stores for a recurrence
 * (what python-dateutil's {@code rrulestr} and rrule.js read).
 */
final class RecurrenceText {

    private static final String PROPERTIES = "DTSTART, RRULE, RDATE or EXDATE";

    private RecurrenceText() {}

    /** One unfolded content line: its 1-based number (of its first physical line), name, parameters and value. */
    private record Line(int number, String text, String name, @Nullable String tzid, @Nullable String valueType,
            String value, int valueIndex) {}

    /** The kind of DTSTART, which every RDATE and EXDATE must share. */
    private enum Kind { DATE, FLOATING, ZONED }

    /** Parses a set whose start must be of a type. */
    @SuppressWarnings("unchecked") // the start is checked to be a T, and the set's type is its start's
    static <T extends Comparable<? super T>> RecurrenceSet<T> parse(CharSequence input, Class<T> type) {
        RecurrenceSet<?> set = parse(input);
        Object start = set.start();
        if (!type.isInstance(start)) {
            String text = input.toString();
            throw new SecunityParseException("line " + dtstartLine(text) + ": DTSTART is a "
                    + start.getClass().getSimpleName() + ", not a " + type.getSimpleName(), excerpt(text), 0, "DTSTART");
        }
        return (RecurrenceSet<T>) set;
    }

    private static int dtstartLine(String text) {
        for (Unfolded line : unfold(text)) {
            if (line.text().regionMatches(true, 0, "DTSTART", 0, 7)) {
                return line.number();
            }
        }
        return 1;
    }

    static RecurrenceSet<?> parse(CharSequence input) {
        String text = input.toString();
        if (text.length() > RecurrenceSet.MAX_TEXT_LENGTH) {
            throw new SecunityParseException("the recurrence text is longer than " + RecurrenceSet.MAX_TEXT_LENGTH
                    + " characters (" + text.length() + ")", excerpt(text), 0, null);
        }
        List<Line> lines = new ArrayList<>();
        for (Unfolded unfolded : unfold(text)) {
            if (lines.size() == RecurrenceSet.MAX_LINES) {
                throw new SecunityParseException("line " + unfolded.number() + ": more than " + RecurrenceSet.MAX_LINES
                        + " content lines", excerpt(unfolded.text()), 0, null);
            }
            lines.add(read(unfolded.number(), unfolded.text()));
        }
        Line dtstart = null;
        int rules = 0;
        int values = 0;
        for (Line line : lines) {
            switch (line.name()) {
                case "DTSTART" -> {
                    if (dtstart != null) {
                        throw fail(line, 0, "DTSTART", "a second DTSTART (the first is on line " + dtstart.number()
                                + "); a recurrence has exactly one");
                    }
                    dtstart = line;
                }
                case "RRULE" -> {
                    if (++rules > RecurrenceSet.MAX_RULES) {
                        throw fail(line, 0, "RRULE", "more than " + RecurrenceSet.MAX_RULES + " RRULE lines");
                    }
                }
                case "RDATE", "EXDATE" -> {
                    values += count(line.value(), ',') + 1;
                    if (values > RecurrenceSet.MAX_VALUES) {
                        throw fail(line, 0, line.name(), "more than " + RecurrenceSet.MAX_VALUES
                                + " RDATE and EXDATE values in all");
                    }
                }
                case "EXRULE" -> throw fail(line, 0, "EXRULE",
                        "EXRULE is deprecated by RFC 5545 and not supported; list the times to leave out in EXDATE");
                default -> throw fail(line, 0, line.name(), "unknown property \"" + line.name() + "\"; expected "
                        + PROPERTIES);
            }
        }
        if (dtstart == null) {
            throw new SecunityParseException("no DTSTART line; a recurrence needs exactly one, such as "
                    + "DTSTART:19970902T090000", excerpt(text), 0, "DTSTART");
        }
        Temporal start = start(dtstart);
        if (start instanceof LocalDate date) {
            return build(RecurrenceSet.builder(date), lines, start, Kind.DATE, null);
        }
        if (start instanceof ZonedDateTime zoned) {
            return build(RecurrenceSet.builder(zoned), lines, start, Kind.ZONED, zoned.getZone());
        }
        return build(RecurrenceSet.builder((LocalDateTime) start), lines, start, Kind.FLOATING, null);
    }

    private static <T extends Comparable<? super T>> RecurrenceSet<T> build(RecurrenceSet.Builder<T> builder,
            List<Line> lines, Temporal start, Kind kind, @Nullable ZoneId zone) {
        for (Line line : lines) {
            switch (line.name()) {
                case "RRULE" -> builder.rule(rule(line, start));
                case "RDATE", "EXDATE" -> {
                    int index = line.valueIndex();
                    for (String value : line.value().split(",", -1)) {
                        @SuppressWarnings("unchecked") // value() returns the kind of the start, which is T
                        T t = (T) value(line, value, index, kind, zone);
                        if ("RDATE".equals(line.name())) {
                            builder.date(t);
                        } else {
                            builder.exclude(t);
                        }
                        index += value.length() + 1;
                    }
                }
                default -> {
                    // DTSTART, read already
                }
            }
        }
        return builder.build();
    }

    private static RecurrenceRule rule(Line line, Temporal start) {
        if (line.tzid() != null || line.valueType() != null) {
            throw fail(line, 0, "RRULE", "RRULE takes no parameters");
        }
        try {
            return RecurrenceRule.parse(line.value(), start);
        } catch (SecunityParseException e) {
            String part = e.part().orElse("RRULE");
            throw new SecunityParseException("line " + line.number() + ": RRULE: " + reason(e), line.text(),
                    line.valueIndex() + e.index(), part, e);
        }
    }

    /** The message of a parse exception without the part, index and input its constructor appended. */
    private static String reason(SecunityParseException e) {
        String message = String.valueOf(e.getMessage());
        String suffix = e.part().map(p -> " in " + p).orElse("") + " at index " + e.index() + " of \"" + e.input()
                + "\"";
        return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
    }

    private static Temporal start(Line line) {
        if (line.value().indexOf(',') >= 0) {
            throw fail(line, line.valueIndex() + line.value().indexOf(','), "DTSTART", "DTSTART has one value");
        }
        if ("DATE".equals(line.valueType())) {
            if (line.tzid() != null) {
                throw fail(line, 0, "DTSTART", "a DATE has no time to place in TZID=" + line.tzid());
            }
            return date(line, line.value(), line.valueIndex());
        }
        Temporal t = dateTime(line, line.value(), line.valueIndex());
        if (t instanceof Instant instant) {
            return ZonedDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        ZoneId zone = zone(line);
        return zone == null ? t : ZonedDateTime.of((LocalDateTime) t, zone);
    }

    private static Temporal value(Line line, String value, int index, Kind kind, @Nullable ZoneId startZone) {
        if ("PERIOD".equals(line.valueType())) {
            throw fail(line, 0, line.name(), line.name() + ";VALUE=PERIOD is not supported; give the start of "
                    + "each period as a DATE-TIME");
        }
        if ("DATE".equals(line.valueType())) {
            if (kind != Kind.DATE) {
                throw fail(line, 0, line.name(), "a DATE value with a DATE-TIME DTSTART; give date-times like "
                        + "DTSTART's");
            }
            if (line.tzid() != null) {
                throw fail(line, 0, line.name(), "a DATE has no time to place in TZID=" + line.tzid());
            }
            return date(line, value, index);
        }
        if (kind == Kind.DATE) {
            throw fail(line, index, line.name(), "a DATE-TIME value with a DATE DTSTART; write "
                    + line.name() + ";VALUE=DATE:YYYYMMDD");
        }
        Temporal t = dateTime(line, value, index);
        ZoneId zone = zone(line);
        if (kind == Kind.FLOATING) {
            if (t instanceof Instant || zone != null) {
                throw fail(line, index, line.name(), "a zoned or UTC time with a floating DTSTART; give local "
                        + "times without TZID or Z, like DTSTART's");
            }
            return t;
        }
        if (t instanceof Instant instant) {
            return ZonedDateTime.ofInstant(instant, startZone);
        }
        if (zone == null) {
            throw fail(line, index, line.name(), "a floating time with a zoned DTSTART; give TZID= or a UTC time "
                    + "ending in Z");
        }
        return ZonedDateTime.of((LocalDateTime) t, zone).withZoneSameInstant(startZone);
    }

    private static LocalDate date(Line line, String value, int index) {
        Temporal t = parseValue(line, value, index);
        if (!(t instanceof LocalDate date)) {
            throw fail(line, index, line.name(), "\"" + value + "\" is not a DATE such as 19970902 (VALUE=DATE)");
        }
        return date;
    }

    private static Temporal dateTime(Line line, String value, int index) {
        Temporal t = parseValue(line, value, index);
        if (t instanceof LocalDate) {
            throw fail(line, index, line.name(), "\"" + value + "\" is a DATE; write " + line.name()
                    + ";VALUE=DATE:" + value + ", or a DATE-TIME such as " + value + "T090000");
        }
        if (t instanceof Instant && line.tzid() != null) {
            throw fail(line, index, line.name(), "a UTC time (ending in Z) with TZID=" + line.tzid()
                    + "; give one or the other");
        }
        return t;
    }

    private static Temporal parseValue(Line line, String value, int index) {
        try {
            Temporal t = RuleParser.dateOrTime(value);
            if (t != null) {
                return t;
            }
        } catch (DateTimeException e) {
            throw fail(line, index, line.name(), "\"" + value + "\" is not a valid date or time ("
                    + e.getMessage() + ")");
        }
        throw fail(line, index, line.name(), "\"" + value + "\" is not a DATE-TIME such as 19970902T090000 "
                + "(or 19970902T090000Z in UTC) nor a DATE such as 19970902");
    }

    private static @Nullable ZoneId zone(Line line) {
        String id = line.tzid();
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw fail(line, 0, line.name(), "unknown time zone TZID=" + id + " (expected a tzdb ID such as "
                    + "Asia/Tokyo)");
        }
    }

    /** One content line after unfolding: the 1-based number of its first physical line, and its text. */
    private record Unfolded(int number, String text) {}

    /** Splits the text into content lines, unfolding folded ones. */
    private static List<Unfolded> unfold(String text) {
        List<Unfolded> out = new ArrayList<>();
        StringBuilder current = null;
        int currentNumber = 0;
        int number = 0;
        int pos = 0;
        while (pos < text.length()) {
            int end = pos;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            String physical = text.substring(pos, end);
            if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n') {
                end++;
            }
            pos = end + 1;
            if (!physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t')) {
                if (current == null) {
                    throw new SecunityParseException("line " + number + ": a folded line (starting with a space or "
                            + "tab) continues no line before it", excerpt(physical), 0, null);
                }
                current.append(physical, 1, physical.length());
                continue;
            }
            if (current != null) {
                out.add(new Unfolded(currentNumber, current.toString()));
                current = null;
            }
            if (!physical.isEmpty()) {
                current = new StringBuilder(physical);
                currentNumber = number;
            }
        }
        if (current != null) {
            out.add(new Unfolded(currentNumber, current.toString()));
        }
        return out;
    }

    /** Reads {@code NAME *(;PARAM=VALUE) : VALUE}, names case-insensitive, parameter values may be quoted. */
    private static Line read(int number, String text) {
        int pos = 0;
        while (pos < text.length() && text.charAt(pos) != ';' && text.charAt(pos) != ':') {
            pos++;
        }
        String name = text.substring(0, pos).toUpperCase(Locale.ROOT);
        if (name.isEmpty() || !name.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
            throw new SecunityParseException("line " + number + ": expected a property name (" + PROPERTIES
                    + ") before ';' or ':'", text, 0, null);
        }
        String tzid = null;
        String valueType = null;
        while (pos < text.length() && text.charAt(pos) == ';') {
            int eq = text.indexOf('=', pos);
            if (eq < 0) {
                throw new SecunityParseException("line " + number + ": a parameter without '='", text, pos + 1, name);
            }
            String param = text.substring(pos + 1, eq).toUpperCase(Locale.ROOT);
            int start = eq + 1;
            int end;
            String value;
            if (start < text.length() && text.charAt(start) == '"') {
                int close = text.indexOf('"', start + 1);
                if (close < 0) {
                    throw new SecunityParseException("line " + number + ": a quoted parameter value without its "
                            + "closing '\"'", text, start, name);
                }
                value = text.substring(start + 1, close);
                end = close + 1;
            } else {
                end = start;
                while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != ':') {
                    end++;
                }
                value = text.substring(start, end);
            }
            switch (param) {
                case "TZID" -> tzid = value;
                case "VALUE" -> {
                    valueType = value.toUpperCase(Locale.ROOT);
                    if (!List.of("DATE", "DATE-TIME", "PERIOD").contains(valueType)) {
                        throw new SecunityParseException("line " + number + ": " + name + ";VALUE=" + value
                                + " is not DATE or DATE-TIME", text, start, name);
                    }
                }
                default -> {
                    if (!param.startsWith("X-")) {
                        throw new SecunityParseException("line " + number + ": unknown parameter " + param
                                + " of " + name + "; expected TZID or VALUE", text, pos + 1, name);
                    }
                }
            }
            pos = end;
        }
        if (pos >= text.length() || text.charAt(pos) != ':') {
            throw new SecunityParseException("line " + number + ": expected ':' and the value of " + name, text,
                    pos, name);
        }
        if ("DATE-TIME".equals(valueType)) {
            valueType = null;
        }
        return new Line(number, text, name, tzid, valueType, text.substring(pos + 1), pos + 1);
    }

    private static SecunityParseException fail(Line line, int index, String part, String message) {
        return new SecunityParseException("line " + line.number() + ": " + message, line.text(), index, part);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** Writes the canonical text: DTSTART, each RRULE, then one RDATE and one EXDATE line, separated by LF. */
    static String format(RecurrenceSet<?> set) {
        Object start = set.start();
        String params = "";
        if (start instanceof LocalDate) {
            params = ";VALUE=DATE";
        } else if (start instanceof ZonedDateTime zoned && !ZoneOffset.UTC.equals(zoned.getZone())) {
            String id = zoned.getZone().getId();
            // a parameter value with ':', ';' or ',' (an offset such as +05:30) is quoted, as RFC 5545 says
            params = ";TZID=" + (id.matches("[^:;,]*") ? id : '"' + id + '"');
        }
        StringBuilder out = new StringBuilder("DTSTART").append(params).append(':').append(value(start));
        for (RecurrenceRule rule : set.rules()) {
            out.append("\nRRULE:").append(rule);
        }
        list(out, "RDATE", params, set.dates());
        list(out, "EXDATE", params, set.exclusions());
        return out.toString();
    }

    private static void list(StringBuilder out, String name, String params, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        // a time in a zone's repeated hour that TZID would read as the earlier one is written in UTC
        boolean utc = values.stream().anyMatch(v -> v instanceof ZonedDateTime z
                && !ZonedDateTime.of(z.toLocalDateTime(), z.getZone()).equals(z));
        out.append('\n').append(name).append(utc ? "" : params).append(':');
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            out.append(i == 0 ? "" : ",").append(utc ? value(((ZonedDateTime) v).withZoneSameInstant(ZoneOffset.UTC))
                    : value(v));
        }
    }

    private static String value(Object t) {
        if (t instanceof ZonedDateTime zoned) {
            return ZoneOffset.UTC.equals(zoned.getZone()) ? RulePrinter.formatUntil(zoned.toInstant())
                    : RulePrinter.formatUntil(zoned.toLocalDateTime());
        }
        return RulePrinter.formatUntil((Temporal) t);
    }
}
