package org.secunity.serialization;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.core.BilingualText;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.Schedule;
import org.secunity.core.SourceDate;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.internal.ContentLines;
import org.secunity.serialization.internal.TextOutput;

/**
 * Writes a community's events as an RFC 5545 iCalendar ({@code .ics}) calendar, for calendar
 * applications.
 *
 * <p>The calendar has {@code PRODID}, {@code VERSION:2.0}, {@code CALSCALE:GREGORIAN}, the
 * community's name as {@code X-WR-CALNAME}, and an {@code Asia/Tokyo} {@code VTIMEZONE} (standard
 * time +09:00, no daylight saving time). It has no {@code METHOD}: it is a calendar to publish or
 * subscribe to, not an iTIP message (RFC 5546), and {@code METHOD:PUBLISH} would require an
 * {@code ORGANIZER} in every event, a calendar user address the SDK does not have. Then:
 *
 * <ul>
 *   <li><b>One {@code VEVENT} per event with a fixed cadence</b> (an RRULE in the catalog), whose
 *       {@code RRULE} is the catalog's and whose {@code DTSTART} is the rule's first occurrence on
 *       or after the export's start date. An event with a {@linkplain Event#startTime() start time}
 *       starts then, {@code DTSTART;TZID=Asia/Tokyo:20260211T190000} (with {@code DTEND} when it
 *       has an end time); without one it is an all-day event, {@code DTSTART;VALUE=DATE:20260711}
 *       (the rule of {@link Schedule#timeOfDay(Event)}: the event's start time, else the time its
 *       cadence's wording names, 晩 being 19:00). An event whose rule has no occurrence on
 *       or after the start date is left out.
 *   <li><b>One {@code VEVENT} per full date of a dated event</b> (a date known to the day, or a
 *       span of such days), whatever the start date, since a calendar of a community shows its
 *       past events too; {@link #withOneOffEvents(boolean)} leaves them out. A date known only to
 *       the month or year ("2019-07") is not exported.
 * </ul>
 *
 * <p><b>Holidays.</b> With {@link #withHolidayPolicy(HolidayPolicy)}, the occurrences that fall
 * on a national holiday of Japan are adjusted within a bounded horizon: from the start date for
 * {@link #horizonYears()} years (2 by default), and no later than 2099, the last year the holiday
 * calendar covers. {@code SKIP} writes an {@code EXDATE} for each; {@code NEXT_BUSINESS_DAY} and
 * {@code PREVIOUS_BUSINESS_DAY} write an {@code EXDATE} for the holiday and an {@code RDATE} for
 * the business day it moves to. Occurrences after the horizon are not adjusted; the event's
 * {@code DESCRIPTION} says so with the dates. Only holidays trigger a policy: a Saturday event is
 * not moved for being on a Saturday. An event whose first occurrence is after the horizon gets no
 * adjustment. The output is bounded whatever the rule: per event at most 20,000 occurrences are
 * looked at and at most 1,000 adjustments written; where a bound cuts the horizon short, the
 * {@code DESCRIPTION} names the last day adjusted and the bound.
 *
 * <p><b>Years.</b> iCalendar dates have four-digit years: a start date outside 0000 to 9999 is
 * refused, and an event whose first occurrence from the start date is after 9999 is left out.
 *
 * <p><b>Text.</b> {@code SUMMARY} (the title), {@code DESCRIPTION} (the cadence as the source
 * words it, the description, the holiday note) and {@code LOCATION} (the venue) are in one
 * language, Japanese by default ({@link #withLanguage(Locale)}), escaped as RFC 5545 TEXT
 * (backslash, semicolon, comma, and line breaks as {@code \n}; other control characters are
 * dropped). Lines end with CRLF and are folded at 75 octets of UTF-8, never inside a character.
 *
 * <p><b>Identity.</b> {@code UID} is stable across exports: {@code
 * <community>-e<index>-<hash>@secunity.org} for a recurring event and {@code
 * <community>-e<index>-d<date index>-<hash>@secunity.org} for a date of a dated event, where the
 * index is the event's position in the community's events and the hash is the first 8 hex digits
 * of the SHA-256 of the community ID and the Japanese title; the domain can be changed with
 * {@link #withUidDomain(String)}. {@code DTSTAMP} is the time of the export in UTC, from the
 * {@link Clock} given to {@link #withClock(Clock)} (the system clock by default).
 *
 * <p>Immutable and safe to share.
 *
 * <pre>{@code
 * Community lt = SeedCatalog.load().community(CommunityId.of("sokansai-lt")).orElseThrow();
 * String ics = ICalendarExport.create()
 *         .withHolidayPolicy(HolidayPolicy.SKIP)
 *         .write(lt, LocalDate.parse("2026-01-01"));
 * }</pre>
 */
public final class ICalendarExport {

    /** The product identifier written as {@code PRODID}. */
    public static final String PRODID = "-//Secunity SDK//Secunity iCalendar export//EN";

    /** The default domain of {@code UID}s: {@code secunity.org}. */
    public static final String DEFAULT_UID_DOMAIN = "secunity.org";

    /** The default horizon of holiday adjustments, in years: 2. */
    public static final int DEFAULT_HORIZON_YEARS = 2;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final String TZID = ";TZID=" + Schedule.ZONE_ID;

    private static final ICalendarExport DEFAULT = new ICalendarExport(Locale.JAPANESE, Clock.systemUTC(), null,
            DEFAULT_HORIZON_YEARS, true, DEFAULT_UID_DOMAIN);

    private final Locale language;
    private final Clock clock;
    private final @Nullable HolidayPolicy policy;
    private final int horizonYears;
    private final boolean oneOffEvents;
    private final String uidDomain;

    private ICalendarExport(Locale language, Clock clock, @Nullable HolidayPolicy policy, int horizonYears,
            boolean oneOffEvents, String uidDomain) {
        this.language = language;
        this.clock = clock;
        this.policy = policy;
        this.horizonYears = horizonYears;
        this.oneOffEvents = oneOffEvents;
        this.uidDomain = uidDomain;
    }

    /**
     * Returns the default export: Japanese text, the system clock, no holiday policy, a horizon of
     * {@value #DEFAULT_HORIZON_YEARS} years, dated events included, UIDs at {@value #DEFAULT_UID_DOMAIN}.
     *
     * @return the export, not null
     */
    public static ICalendarExport create() {
        return DEFAULT;
    }

    /**
     * Returns a copy that writes text in a locale's language: Japanese for {@code ja}, English for
     * any other.
     *
     * @param language the locale, not null
     * @return the export, not null
     */
    public ICalendarExport withLanguage(Locale language) {
        Objects.requireNonNull(language, "language");
        Locale l = "ja".equals(language.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        return new ICalendarExport(l, clock, policy, horizonYears, oneOffEvents, uidDomain);
    }

    /**
     * Returns a copy that takes {@code DTSTAMP} from a clock.
     *
     * @param clock the clock, not null
     * @return the export, not null
     */
    public ICalendarExport withClock(Clock clock) {
        return new ICalendarExport(language, Objects.requireNonNull(clock, "clock"), policy, horizonYears,
                oneOffEvents, uidDomain);
    }

    /**
     * Returns a copy that adjusts occurrences on national holidays of Japan within the horizon.
     *
     * @param policy the policy, not null
     * @return the export, not null
     */
    public ICalendarExport withHolidayPolicy(HolidayPolicy policy) {
        return new ICalendarExport(language, clock, Objects.requireNonNull(policy, "policy"), horizonYears,
                oneOffEvents, uidDomain);
    }

    /**
     * Returns a copy that does not look at holidays.
     *
     * @return the export, not null
     */
    public ICalendarExport withoutHolidayPolicy() {
        return new ICalendarExport(language, clock, null, horizonYears, oneOffEvents, uidDomain);
    }

    /**
     * Returns a copy with another horizon of holiday adjustments.
     *
     * @param years how many years from the start date, 1 to 50
     * @return the export, not null
     * @throws SecunityDataException if the number is out of range
     */
    public ICalendarExport withHorizonYears(int years) {
        if (years < 1 || years > 50) {
            throw new SecunityDataException("horizonYears", "must be 1 to 50 years, but was " + years);
        }
        return new ICalendarExport(language, clock, policy, years, oneOffEvents, uidDomain);
    }

    /**
     * Returns a copy that does, or does not, export the full dates of dated events.
     *
     * @param include true to export them
     * @return the export, not null
     */
    public ICalendarExport withOneOffEvents(boolean include) {
        return new ICalendarExport(language, clock, policy, horizonYears, include, uidDomain);
    }

    /**
     * Returns a copy whose {@code UID}s end with another domain.
     *
     * @param domain the domain, such as {@code example.org}: letters, digits, hyphens and dots
     * @return the export, not null
     * @throws SecunityDataException if the domain is not of that form
     */
    public ICalendarExport withUidDomain(String domain) {
        Objects.requireNonNull(domain, "domain");
        if (!domain.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")) {
            throw new SecunityDataException("uidDomain", "not a domain name: \"" + org.secunity.serialization.internal.Paths.excerpt(domain) + "\"");
        }
        return new ICalendarExport(language, clock, policy, horizonYears, oneOffEvents, domain);
    }

    /**
     * Returns the language of the text.
     *
     * @return {@link Locale#JAPANESE} or {@link Locale#ENGLISH}, not null
     */
    public Locale language() {
        return language;
    }

    /**
     * Returns the holiday policy.
     *
     * @return the policy, or empty when holidays are not looked at
     */
    public Optional<HolidayPolicy> holidayPolicy() {
        return Optional.ofNullable(policy);
    }

    /**
     * Returns the horizon of holiday adjustments.
     *
     * @return the number of years from the start date, 1 to 50
     */
    public int horizonYears() {
        return horizonYears;
    }

    /**
     * Writes a community's calendar as text.
     *
     * @param community the community, not null
     * @param from the start date: recurring events start at their first occurrence on or after it,
     *     not null
     * @return the calendar, CRLF line ends, not null
     * @throws SecunityException if a holiday policy is set and {@code from} is after 2099, or if
     *     {@code from} is outside the years 0000 to 9999
     */
    public String write(Community community, LocalDate from) {
        return TextOutput.toText(out -> write(community, from, out));
    }

    /**
     * Writes a community's calendar to a writer, which is flushed but not closed.
     *
     * @param community the community, not null
     * @param from the start date, not null
     * @param out the writer, not null
     * @throws SecunityException if a holiday policy is set and {@code from} is after 2099, if
     *     {@code from} is outside the years 0000 to 9999, or a {@link SecunityIOException} if
     *     writing fails
     */
    public void write(Community community, LocalDate from, Writer out) {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(out, "out");
        checkYear(from);
        try {
            new Run(community, from, new ContentLines(out)).calendar();
            out.flush();
        } catch (IOException e) {
            throw writeFailure(e);
        }
    }

    /** The last year an iCalendar DATE or DATE-TIME can carry (four digits, RFC 5545 §3.3.4). */
    static final int MAX_YEAR = 9999;

    /**
     * Refuses a start date whose year iCalendar cannot carry.
     *
     * @throws SecunityException if the year is before 0000 or after 9999
     */
    static void checkYear(LocalDate from) {
        if (from.getYear() < 0 || from.getYear() > MAX_YEAR) {
            throw new SecunityException("cannot export from " + from
                    + ": iCalendar dates carry the years 0000 to 9999 (RFC 5545, 3.3.4)");
        }
    }

    /** The exception for a failed write: the library's, with the I/O failure as its cause. */
    static SecunityIOException writeFailure(IOException e) {
        return new SecunityIOException("cannot write the calendar", e);
    }

    /**
     * Writes a community's calendar to a file in UTF-8, replacing it.
     *
     * @param community the community, not null
     * @param from the start date, not null
     * @param file the file, not null, usually named {@code *.ics}
     * @throws SecunityException if a holiday policy is set and {@code from} is after 2099, if
     *     {@code from} is outside the years 0000 to 9999, or a {@link SecunityIOException} if
     *     writing fails
     */
    public void write(Community community, LocalDate from, Path file) {
        Objects.requireNonNull(community, "community");
        checkYear(Objects.requireNonNull(from, "from"));
        TextOutput.toFile(file, out -> write(community, from, out));
    }

    /**
     * Returns the stable {@code UID} of a community's recurring event.
     *
     * @param community the community, not null
     * @param eventIndex the event's index in {@link Community#events()}
     * @return the UID, such as {@code sokansai-lt-e0-1a2b3c4d@secunity.org}, not null
     * @throws IndexOutOfBoundsException if there is no such event
     */
    public String uid(Community community, int eventIndex) {
        Event event = community.events().get(eventIndex);
        return community.id() + "-e" + eventIndex + "-" + hash(community, event) + "@" + uidDomain;
    }

    private static String hash(Community community, Event event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((community.id() + "\n" + event.title().ja()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private String text(BilingualText text) {
        return language.equals(Locale.JAPANESE) ? text.ja() : text.en();
    }

    private String lang() {
        return ";LANGUAGE=" + language.getLanguage();
    }

    /**
     * Returns the language, the policy and the horizon.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "ICalendarExport[" + language.getLanguage() + ", " + (policy == null ? "no holiday policy"
                : policy + " for " + horizonYears + " years") + ", " + uidDomain + "]";
    }

    /** One export: the state of writing one calendar. */
    private final class Run {
        private final Community community;
        private final LocalDate from;
        private final ContentLines lines;
        private final String stamp;

        Run(Community community, LocalDate from, ContentLines lines) {
            this.community = community;
            this.from = from;
            this.lines = lines;
            this.stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)
                    .format(DATE_TIME) + "Z";
        }

        void calendar() throws IOException {
            lines.line("BEGIN:VCALENDAR");
            lines.line("PRODID:" + PRODID);
            lines.line("VERSION:2.0");
            lines.line("CALSCALE:GREGORIAN");
            lines.text("X-WR-CALNAME", text(community.name()));
            lines.line("X-WR-TIMEZONE:" + Schedule.ZONE_ID);
            lines.line("BEGIN:VTIMEZONE");
            lines.line("TZID:" + Schedule.ZONE_ID);
            lines.line("BEGIN:STANDARD");
            lines.line("DTSTART:19700101T000000");
            lines.line("TZOFFSETFROM:+0900");
            lines.line("TZOFFSETTO:+0900");
            lines.line("TZNAME:JST");
            lines.line("END:STANDARD");
            lines.line("END:VTIMEZONE");
            List<Event> events = community.events();
            for (int i : Schedule.of(community).eventIndexes()) {
                recurring(i, events.get(i));
            }
            if (oneOffEvents) {
                for (int i = 0; i < events.size(); i++) {
                    dated(i, events.get(i));
                }
            }
            lines.line("END:VCALENDAR");
        }

        private void recurring(int index, Event event) throws IOException {
            String rrule = event.cadence().flatMap(EventCadence::rrule).orElseThrow();
            RecurrenceRule rule = event.cadence().flatMap(EventCadence::rule).orElseThrow();
            Optional<LocalTime> time = Schedule.timeOfDay(event);
            Optional<LocalDateTime> start;
            if (time.isPresent()) {
                start = rule.occurrences(from.atTime(time.get())).first();
            } else {
                start = rule.occurrences(from).first().map(LocalDate::atStartOfDay);
            }
            if (start.isEmpty() || start.get().getYear() > MAX_YEAR) {
                return; // no occurrence from the start date that iCalendar can carry
            }
            boolean allDay = time.isEmpty();
            lines.line("BEGIN:VEVENT");
            lines.line("UID:" + uid(community, index));
            lines.line("DTSTAMP:" + stamp);
            lines.line("DTSTART" + value(start.get(), allDay));
            if (!allDay && event.endTime().isPresent()) {
                lines.line("DTEND" + value(start.get().toLocalDate().atTime(event.endTime().get()), false));
            }
            lines.line("RRULE:" + rrule);
            String holidayNote = "";
            if (policy != null) {
                holidayNote = adjust(rule, start.get(), allDay);
            }
            common(event, event.cadence().map(c -> text(c.text())), holidayNote);
            lines.line("END:VEVENT");
        }

        /** Writes EXDATE and RDATE for the occurrences on holidays within the horizon; returns the note. */
        private String adjust(RecurrenceRule rule, LocalDateTime start, boolean allDay) throws IOException {
            HolidayPolicy p = Objects.requireNonNull(policy);
            LocalDate end = HolidayLines.horizonEnd(from, horizonYears);
            HolidayLines.Lines adjusted = allDay
                    ? HolidayLines.adjust(p, rule.occurrences(start.toLocalDate()), start.toLocalDate(), end, d -> d,
                            d -> value(d.atStartOfDay(), true), from, end, language)
                    : HolidayLines.adjust(p, rule.occurrences(start), start, end.atStartOfDay(),
                            LocalDateTime::toLocalDate, t -> value(t, false), from, end, language);
            for (String exdate : adjusted.exdates()) {
                lines.line("EXDATE" + exdate);
            }
            for (String rdate : adjusted.rdates()) {
                lines.line("RDATE" + rdate);
            }
            return adjusted.note();
        }

        private void dated(int index, Event event) throws IOException {
            List<SourceDate> dates = event.dates();
            for (int j = 0; j < dates.size(); j++) {
                SourceDate d = dates.get(j);
                Optional<LocalDate> day = d.date().toLocalDate();
                Optional<LocalDate> until = d.until().flatMap(u -> u.toLocalDate());
                if (day.isEmpty() || (d.until().isPresent() && until.isEmpty())) {
                    continue;
                }
                Optional<LocalTime> time = Schedule.timeOfDay(event);
                boolean allDay = time.isEmpty() || until.isPresent();
                lines.line("BEGIN:VEVENT");
                lines.line("UID:" + community.id() + "-e" + index + "-d" + j + "-" + hash(community, event) + "@"
                        + uidDomain);
                lines.line("DTSTAMP:" + stamp);
                if (allDay) {
                    lines.line("DTSTART" + value(day.get().atStartOfDay(), true));
                    if (until.isPresent()) {
                        lines.line("DTEND" + value(until.get().plusDays(1).atStartOfDay(), true));
                    }
                } else {
                    lines.line("DTSTART" + value(day.get().atTime(time.get()), false));
                    if (event.endTime().isPresent()) {
                        lines.line("DTEND" + value(day.get().atTime(event.endTime().get()), false));
                    }
                }
                common(event, Optional.empty(), "");
                lines.line("END:VEVENT");
            }
        }

        private void common(Event event, Optional<String> cadence, String holidayNote) throws IOException {
            lines.text("SUMMARY" + lang(), text(event.title()));
            List<String> parts = new ArrayList<>();
            cadence.ifPresent(parts::add);
            event.description().map(ICalendarExport.this::text).ifPresent(parts::add);
            if (!holidayNote.isEmpty()) {
                parts.add(holidayNote);
            }
            if (!parts.isEmpty()) {
                lines.text("DESCRIPTION" + lang(), String.join("\n", parts));
            }
            if (event.venue().isPresent()) {
                lines.text("LOCATION" + lang(), text(event.venue().get()));
            }
            lines.line("CATEGORIES:" + ContentLines.escape(event.kind().id()));
        }

        private String value(LocalDateTime t, boolean allDay) {
            return allDay ? ";VALUE=DATE:" + t.toLocalDate().format(DATE) : TZID + ":" + t.format(DATE_TIME);
        }
    }
}
