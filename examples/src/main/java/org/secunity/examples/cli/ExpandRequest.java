package org.secunity.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * One line of {@code expand --jsonl}: the request it carries, and the line it answers with.
 *
 * <p>Input: {@code {"dtstart":"1997-09-02T09:00:00","rrule":"FREQ=MONTHLY;BYDAY=2WE","limit":50}}
 * with an optional {@code "zone"}. Output: {@code {"occurrences":[…]}} or {@code {"error":"…"}}.
 */
final class ExpandRequest {

    /** The number of occurrences when a line gives no {@code limit}. */
    static final int DEFAULT_LIMIT = 100;

    /** The largest {@code limit} a line may ask for. */
    static final int MAX_LIMIT = 10_000;

    private static final List<String> FIELD_ORDER =
            List.of("dtstart", "rrule", "cadence", "zone", "limit", "holidays", "holidayPolicy", "holidayTrigger");
    private static final Set<String> FIELDS = Set.copyOf(FIELD_ORDER);

    private ExpandRequest() {}

    /** Answers one input line with one output line (without a line break); never throws for bad input. */
    static String answer(String line, long lineNumber) {
        try {
            List<String> occurrences = expand(line);
            ObjectNode out = Json.COMPACT.createObjectNode();
            ArrayNode array = out.putArray("occurrences");
            occurrences.forEach(array::add);
            return Json.compact(out);
        } catch (LineException e) {
            return JsonLines.error(lineNumber, String.valueOf(e.getMessage()));
        }
    }

    private static List<String> expand(String line) {
        if (line.isBlank()) {
            throw new LineException("empty line; expected a JSON object such as "
                    + "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\"}");
        }
        JsonNode node;
        try {
            node = Json.COMPACT.readTree(line);
        } catch (JsonProcessingException e) {
            throw new LineException("malformed JSON at column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new LineException("expected a JSON object, but the line is "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String name = field.getKey();
            if (!FIELDS.contains(name)) {
                throw new LineException("unknown field \"" + name + "\"; allowed: " + String.join(", ", FIELD_ORDER));
            }
        }
        String dtstart = requiredText(object, "dtstart");
        Cadence source = source(object);
        @Nullable String zoneText = optionalText(object, "zone");
        int limit = limit(object);
        @Nullable Holidays holidays = holidays(object);
        try {
            return occurrences(source, dtstart, zoneText, limit, holidays);
        } catch (SecunityException e) {
            throw new LineException(String.valueOf(e.getMessage()));
        }
    }

    /**
     * What to expand: a fixed cadence, read from a cadence phrase (with its time of day, if it
     * says one) or made of an RRULE (without one, so that occurrences keep dtstart's time).
     */
    private static Cadence source(ObjectNode object) {
        @Nullable String rruleText = optionalText(object, "rrule");
        @Nullable String cadenceText = optionalText(object, "cadence");
        if (rruleText != null && cadenceText != null) {
            throw new LineException("give either \"rrule\" or \"cadence\", not both");
        }
        if (rruleText != null) {
            try {
                return Cadence.of(RecurrenceRule.parse(rruleText));
            } catch (SecunityException e) {
                throw new LineException("rrule: " + e.getMessage());
            }
        }
        if (cadenceText == null) {
            throw new LineException("missing \"rrule\" (or \"cadence\")");
        }
        Cadence cadence;
        try {
            cadence = Cadence.parse(cadenceText);
        } catch (SecunityException e) {
            throw new LineException("cadence: " + e.getMessage());
        }
        if (cadence.kind() != Cadence.Kind.FIXED) {
            throw new LineException("cadence: \"" + cadenceText + "\" (" + cadence.describe(Locale.ENGLISH)
                    + ") has no fixed dates to compute");
        }
        return cadence;
    }

    /** A holiday policy to apply, with the calendar and the days it acts on. */
    private record Holidays(HolidayCalendar calendar, HolidayPolicy policy, HolidayPolicy.Trigger trigger) {

        <T extends Comparable<? super T>> Recurrence<T> apply(Recurrence<T> recurrence) {
            return policy.apply(recurrence, calendar, trigger);
        }
    }

    private static <T extends Comparable<? super T>> Recurrence<T> adjusted(Recurrence<T> recurrence,
            @Nullable Holidays holidays) {
        return holidays == null ? recurrence : holidays.apply(recurrence);
    }

    private static @Nullable Holidays holidays(ObjectNode object) {
        @Nullable String country = optionalText(object, "holidays");
        @Nullable String policyText = optionalText(object, "holidayPolicy");
        @Nullable String triggerText = optionalText(object, "holidayTrigger");
        if (country == null) {
            if (policyText != null || triggerText != null) {
                throw new LineException((policyText != null ? "holidayPolicy" : "holidayTrigger")
                        + " needs \"holidays\":\"JP\"");
            }
            return null;
        }
        if (!"JP".equals(country)) {
            throw new LineException("holidays: unknown holiday calendar \"" + country + "\"; the one there is: JP");
        }
        HolidayPolicy policy;
        try {
            policy = policyText == null ? HolidayPolicy.SKIP : HolidayPolicy.parse(policyText);
        } catch (SecunityException e) {
            throw new LineException("holidayPolicy: unknown holiday policy \"" + policyText
                    + "\"; allowed: SKIP, NEXT_BUSINESS_DAY, PREVIOUS_BUSINESS_DAY");
        }
        HolidayPolicy.Trigger trigger = HolidayPolicy.Trigger.NON_BUSINESS_DAY;
        if (triggerText != null) {
            try {
                trigger = HolidayPolicy.Trigger.valueOf(triggerText);
            } catch (IllegalArgumentException e) {
                throw new LineException("holidayTrigger: unknown trigger \"" + triggerText
                        + "\"; allowed: NON_BUSINESS_DAY, HOLIDAY");
            }
        }
        return new Holidays(HolidayCalendar.japan(), policy, trigger);
    }

    private static List<String> occurrences(Cadence cadence, String dtstart, @Nullable String zoneText, int limit,
            @Nullable Holidays holidays) {
        if (dtstart.indexOf('T') < 0) {
            LocalDate date = parse("dtstart", dtstart, LocalDate::parse);
            if (zoneText != null) {
                throw new LineException("zone: a date dtstart (\"" + dtstart + "\") has no time to place in a zone; "
                        + "give a date-time such as " + dtstart + "T09:00:00");
            }
            return adjusted(cadence.occurrences(date), holidays).take(limit).stream().map(LocalDate::toString).toList();
        }
        LocalDateTime start = parse("dtstart", dtstart, LocalDateTime::parse);
        if (zoneText == null) {
            return adjusted(cadence.occurrences(start), holidays).take(limit).stream()
                    .map(DateTimeFormatter.ISO_LOCAL_DATE_TIME::format).toList();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new LineException("zone: \"" + zoneText + "\" is not a time zone ID such as Asia/Tokyo or UTC");
        }
        return adjusted(cadence.occurrences(ZonedDateTime.of(start, zone)), holidays).take(limit).stream()
                .map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).toList();
    }

    private interface Parser<T> {
        T parse(CharSequence text);
    }

    private static <T> T parse(String field, String text, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (DateTimeParseException e) {
            throw new LineException(field + ": \"" + text + "\" is not a local date-time such as 1997-09-02T09:00:00 "
                    + "or a date such as 1997-09-02 (" + e.getMessage() + ")");
        }
    }

    private static String requiredText(ObjectNode object, String field) {
        String text = optionalText(object, field);
        if (text == null) {
            throw new LineException("missing \"" + field + "\"");
        }
        return text;
    }

    private static @Nullable String optionalText(ObjectNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new LineException("\"" + field + "\" must be a string, but was " + value);
        }
        return value.textValue();
    }

    private static int limit(ObjectNode object) {
        JsonNode value = object.get("limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0
                || value.intValue() > MAX_LIMIT) {
            throw new LineException("\"limit\" must be an integer from 0 to " + MAX_LIMIT + ", but was " + value);
        }
        return value.intValue();
    }

    /** A bad line: answered in-band, never thrown out of {@link #answer}. */
    private static final class LineException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LineException(String message) {
            super(message, null, false, false);
        }
    }
}
