package org.secunity.serialization.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.ExpandAnswer;
import org.secunity.serialization.ExpandRequest;
import org.secunity.serialization.internal.ObjectCodec.Field;

/**
 * The wire forms of {@link ExpandRequest} and {@link ExpandAnswer}: one JSON object each, the
 * lines of {@code expand --jsonl} and the bodies of {@code POST /v1/expand}.
 */
public final class ExpandCodecs {

    private ExpandCodecs() {}

    /** A time-zone ID, such as {@code Asia/Tokyo} or {@code UTC}. */
    public static final Codec<ZoneId> ZONE = Codecs.text("a time zone ID such as Asia/Tokyo or UTC", "zoneId", null,
            null, ZoneId::of, ZoneId::getId);

    /** An expand request; the rules across members are {@link ExpandRequest}'s own. */
    public static final ObjectCodec<ExpandRequest> REQUEST;

    static {
        ObjectCodec.Builder<ExpandRequest> b = ObjectCodec.builder("expandRequest",
                "A recurrence to expand: a start, a rule or cadence phrase, a zone, a limit and a holiday policy");
        Field<ExpandRequest, String> dtstart = b.optional("dtstart", Codecs.STRING, ExpandRequest::dtstart,
                "The start: a local date-time (yyyy-MM-ddTHH:mm[:ss]) or a date (yyyy-MM-dd); or else recurrence");
        Field<ExpandRequest, String> rrule = b.optional("rrule", Codecs.STRING, ExpandRequest::rrule,
                "A strict RFC 5545 RRULE value; or else cadence");
        Field<ExpandRequest, String> cadence = b.optional("cadence", Codecs.STRING, ExpandRequest::cadence,
                "A Japanese or English cadence phrase with fixed dates; or else rrule");
        Field<ExpandRequest, String> recurrence = b.optional("recurrence", Codecs.STRING,
                ExpandRequest::recurrence, "The iCalendar text of a recurrence set (DTSTART, RRULE, RDATE and "
                        + "EXDATE lines); or else dtstart with rrule or cadence");
        Field<ExpandRequest, ZoneId> zone = b.optional("zone", ZONE, ExpandRequest::zone,
                "The zone of a date-time start; none: floating local times");
        Field<ExpandRequest, Integer> limit = b.defaulted("limit", Codecs.integer(0, ExpandRequest.MAX_LIMIT),
                ExpandRequest.DEFAULT_LIMIT, ExpandRequest::limit, "At most this many occurrences");
        Field<ExpandRequest, String> holidays = b.optional("holidays", Codecs.STRING, ExpandRequest::holidays,
                "The holiday calendar: JP");
        Field<ExpandRequest, HolidayPolicy> policy = b.optional("holidayPolicy",
                Codecs.plainEnum(HolidayPolicy.class), ExpandRequest::holidayPolicy,
                "With holidays: what happens to an occurrence on a day off (SKIP when left out)");
        Field<ExpandRequest, HolidayPolicy.Trigger> trigger = b.optional("holidayTrigger",
                Codecs.plainEnum(HolidayPolicy.Trigger.class), ExpandRequest::holidayTrigger,
                "With holidays: which days off the policy acts on (NON_BUSINESS_DAY when left out)");
        REQUEST = b.build(d -> ExpandRequest.builder()
                .dtstart(d.optional(dtstart))
                .rrule(d.optional(rrule))
                .cadence(d.optional(cadence))
                .recurrence(d.optional(recurrence))
                .zone(d.optional(zone))
                .limit(d.get(limit))
                .holidays(d.optional(holidays))
                .holidayPolicy(d.optional(policy))
                .holidayTrigger(d.optional(trigger))
                .build());
    }

    /** An expand answer: occurrences or an error, never both. */
    public static final ObjectCodec<ExpandAnswer> ANSWER;

    static {
        ObjectCodec.Builder<ExpandAnswer> b = ObjectCodec.builder("expandAnswer",
                "The occurrences of an expand request, or what was wrong with it");
        Field<ExpandAnswer, List<String>> occurrences = b.optional("occurrences", Codecs.list(Codecs.STRING, false, 0),
                a -> a.isError() ? Optional.empty() : Optional.of(a.occurrences()), "The occurrences, in order");
        Field<ExpandAnswer, String> truncated = b.optional("truncated", Codecs.NON_BLANK, ExpandAnswer::truncated,
                "Why the occurrences stop short of the limit: a bound of work stopped the expansion");
        Field<ExpandAnswer, String> error = b.optional("error", Codecs.NON_BLANK, ExpandAnswer::error,
                "What was wrong with the request");
        b.validate(d -> {
            if (d.node().members().containsKey("occurrences") == d.node().members().containsKey("error")) {
                d.fail("", "expected either \"occurrences\" or \"error\"");
            }
            if (d.node().members().containsKey("truncated") && d.node().members().containsKey("error")) {
                d.fail("truncated", "an error answer is not truncated");
            }
        });
        ANSWER = b.build(d -> {
            Optional<String> message = d.optional(error);
            if (message.isPresent()) {
                return ExpandAnswer.error(message.get());
            }
            List<String> list = d.optional(occurrences).orElse(List.of());
            Optional<String> reason = d.optional(truncated);
            return reason.isPresent() ? ExpandAnswer.truncated(list, reason.get()) : ExpandAnswer.of(list);
        });
    }
}
