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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.internal.ContentLines;
import org.secunity.serialization.internal.TextOutput;

/**
 * Writes one recurrence — a {@link RecurrenceSet}, a {@link Cadence} with fixed dates, or any
 * finite {@link Recurrence} — as an RFC 5545 iCalendar ({@code .ics}) calendar with one
 * {@code VEVENT}: what {@code secunity ics} writes.
 *
 * <p><b>What is written.</b> {@code PRODID}, {@code VERSION:2.0}, {@code CALSCALE:GREGORIAN}, a
 * {@code VTIMEZONE} for a zoned start (built from the JDK's tzdb rules), and a {@code VEVENT} with
 * {@code UID}, {@code DTSTAMP}, {@code DTSTART}, the rules, {@code RDATE}s and {@code EXDATE}s,
 * {@code SUMMARY} and optionally {@code DESCRIPTION} and {@code LOCATION}. A {@link LocalDate}
 * start is written {@code VALUE=DATE}, a {@link LocalDateTime} floating, a {@link ZonedDateTime}
 * with {@code TZID} (UTC as {@code Z}). No {@code METHOD}: the file is a calendar, not an iTIP
 * message.
 *
 * <p><b>Portable rules.</b> Each rule is written as {@link RecurrenceRule#portableFor(Temporal,
 * org.secunity.recurrence.OpenPointReading)} gives it for the start and the set's reading of the
 * open points, so that libical, lib-recur, ical4j and python-dateutil read the same dates as this
 * engine. A rule that has no portable spelling (a {@code YEARLY;BYMONTHDAY} with ordinal
 * {@code BYDAY}s and no {@code BYMONTH}) is written as its dates, as {@code RDATE}s, when it has
 * at most {@value #MAX_DATES} of them; otherwise the export is refused. A {@link Recurrence} that
 * is not a set has no rule: it is written as {@code DTSTART} and {@code RDATE}s, within the same
 * bound. A {@code DTSTART} that no rule yields (unsynchronized, which RFC 5545 leaves undefined)
 * is also written as an {@code RDATE}: it is an occurrence in this engine and in the RFC's
 * reading, and ical4j leaves it out otherwise.
 *
 * <p><b>Holidays.</b> With {@link #withHolidayPolicy(HolidayPolicy)}, occurrences on national
 * holidays of Japan from the start for {@link #horizonYears()} years are adjusted as
 * {@link ICalendarExport} does it, with the same bounds (at most 20,000 occurrences looked at and
 * 1,000 adjustments), and the {@code DESCRIPTION} says how far.
 *
 * <p><b>Identity.</b> The {@code UID} is {@code <16 hex digits>@secunity.org}, from the SHA-256 of
 * the summary and the recurrence, so the same export gets the same UID; {@link #withUid(String)}
 * sets another. {@code DTSTAMP} comes from the clock.
 *
 * <p>Every method throws {@link SecunityException} for what cannot be exported (a year outside
 * 0000 to 9999, a rule with too many dates, a cadence without fixed dates) and for a failed write
 * (a {@link SecunityIOException}, with the {@link IOException} as its cause). Immutable and safe to share.
 *
 * <pre>{@code
 * String ics = RecurrenceExport.of("Lightning talks")
 *         .withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
 *         .write(Cadence.parse("偶数月の第2水曜日の晩"), LocalDate.parse("2026-01-01"));
 *     // DTSTART:20260211T190000, RRULE:FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12,
 *     // EXDATE:20260211T190000, RDATE:20260212T190000, ...
 * }</pre>
 */
public final class RecurrenceExport {

    /** The most dates written for a rule without a portable spelling, or for a recurrence without a rule. */
    public static final int MAX_DATES = 1_000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

    private final String summary;
    private final @Nullable String description;
    private final @Nullable String location;
    private final @Nullable String uid;
    private final Clock clock;
    private final @Nullable HolidayPolicy policy;
    private final int horizonYears;
    private final Locale language;

    private RecurrenceExport(String summary, @Nullable String description, @Nullable String location,
            @Nullable String uid, Clock clock, @Nullable HolidayPolicy policy, int horizonYears, Locale language) {
        this.summary = summary;
        this.description = description;
        this.location = location;
        this.uid = uid;
        this.clock = clock;
        this.policy = policy;
        this.horizonYears = horizonYears;
        this.language = language;
    }

    /**
     * Returns an export of events with a summary: the system clock, no holiday policy, a horizon
     * of {@value ICalendarExport#DEFAULT_HORIZON_YEARS} years, notes in English.
     *
     * @param summary the {@code SUMMARY}, not blank
     * @return the export, not null
     * @throws SecunityException if the summary is blank
     */
    public static RecurrenceExport of(String summary) {
        Objects.requireNonNull(summary, "summary");
        if (summary.isBlank()) {
            throw new SecunityException("the summary of an exported event must not be blank");
        }
        return new RecurrenceExport(summary, null, null, null, Clock.systemUTC(), null,
                ICalendarExport.DEFAULT_HORIZON_YEARS, Locale.ENGLISH);
    }

    /**
     * Returns a copy with a {@code DESCRIPTION}.
     *
     * @param text the description, not null
     * @return the export, not null
     */
    public RecurrenceExport withDescription(String text) {
        return new RecurrenceExport(summary, Objects.requireNonNull(text, "text"), location, uid, clock, policy,
                horizonYears, language);
    }

    /**
     * Returns a copy with a {@code LOCATION}.
     *
     * @param text the location, not null
     * @return the export, not null
     */
    public RecurrenceExport withLocation(String text) {
        return new RecurrenceExport(summary, description, Objects.requireNonNull(text, "text"), uid, clock, policy,
                horizonYears, language);
    }

    /**
     * Returns a copy with a given {@code UID}.
     *
     * @param uid the UID, not blank, without control characters
     * @return the export, not null
     * @throws SecunityException if the UID is blank or has control characters
     */
    public RecurrenceExport withUid(String uid) {
        Objects.requireNonNull(uid, "uid");
        if (uid.isBlank() || uid.chars().anyMatch(Character::isISOControl)) {
            throw new SecunityException("a UID must not be blank nor have control characters");
        }
        return new RecurrenceExport(summary, description, location, uid, clock, policy, horizonYears, language);
    }

    /**
     * Returns a copy that takes {@code DTSTAMP} from a clock.
     *
     * @param clock the clock, not null
     * @return the export, not null
     */
    public RecurrenceExport withClock(Clock clock) {
        return new RecurrenceExport(summary, description, location, uid, Objects.requireNonNull(clock, "clock"),
                policy, horizonYears, language);
    }

    /**
     * Returns a copy that adjusts occurrences on national holidays of Japan within the horizon.
     *
     * @param policy the policy, not null
     * @return the export, not null
     */
    public RecurrenceExport withHolidayPolicy(HolidayPolicy policy) {
        return new RecurrenceExport(summary, description, location, uid, clock,
                Objects.requireNonNull(policy, "policy"), horizonYears, language);
    }

    /**
     * Returns a copy with another horizon of holiday adjustments.
     *
     * @param years how many years from the start, 1 to 50
     * @return the export, not null
     * @throws SecunityException if the number is out of range
     */
    public RecurrenceExport withHorizonYears(int years) {
        if (years < 1 || years > 50) {
            throw new SecunityException("the horizon must be 1 to 50 years, but was " + years);
        }
        return new RecurrenceExport(summary, description, location, uid, clock, policy, years, language);
    }

    /**
     * Returns a copy whose holiday note is in a locale's language: Japanese for {@code ja},
     * English for any other.
     *
     * @param language the locale, not null
     * @return the export, not null
     */
    public RecurrenceExport withLanguage(Locale language) {
        Locale l = "ja".equals(Objects.requireNonNull(language, "language").getLanguage()) ? Locale.JAPANESE
                : Locale.ENGLISH;
        return new RecurrenceExport(summary, description, location, uid, clock, policy, horizonYears, l);
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
     * @return the number of years from the start, 1 to 50
     */
    public int horizonYears() {
        return horizonYears;
    }

    /**
     * Writes a recurrence as a calendar: a {@link RecurrenceSet} with its rules, dates and
     * exclusions; any other recurrence as its dates (at most {@value #MAX_DATES}).
     *
     * @param recurrence the recurrence of {@link LocalDate}, {@link LocalDateTime} or
     *     {@link ZonedDateTime}, not null
     * @param <T> the occurrence type
     * @return the calendar, CRLF line ends, not null
     * @throws SecunityException if the recurrence cannot be exported (see the class documentation)
     */
    public <T extends Comparable<? super T>> String write(Recurrence<T> recurrence) {
        return TextOutput.toText(out -> write(recurrence, out));
    }

    /**
     * Writes a cadence with fixed dates from a start: {@code DTSTART} is its first occurrence on or
     * after the start, at the cadence's time of day when it has one and the start is a date.
     *
     * @param cadence the cadence, with a rule, not null
     * @param from a {@link LocalDate}, {@link LocalDateTime} or {@link ZonedDateTime}, not null
     * @return the calendar, not null
     * @throws SecunityException if the cadence has no fixed dates or no occurrence from the start
     */
    public String write(Cadence cadence, Temporal from) {
        return write(setOf(cadence, from));
    }

    /**
     * Writes a recurrence to a writer, which is flushed but not closed.
     *
     * @param recurrence the recurrence, not null
     * @param out the writer, not null
     * @param <T> the occurrence type
     * @throws SecunityException if the recurrence cannot be exported or writing fails
     */
    public <T extends Comparable<? super T>> void write(Recurrence<T> recurrence, Writer out) {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(out, "out");
        RecurrenceSet<T> set = recurrence instanceof RecurrenceSet<T> s ? s : setOfDates(recurrence);
        try {
            new Run<>(set, new ContentLines(out)).calendar();
            out.flush();
        } catch (IOException e) {
            throw ICalendarExport.writeFailure(e);
        }
    }

    /**
     * Writes a recurrence to a file in UTF-8, replacing it.
     *
     * @param recurrence the recurrence, not null
     * @param file the file, not null
     * @param <T> the occurrence type
     * @throws SecunityException if the recurrence cannot be exported or writing fails
     */
    public <T extends Comparable<? super T>> void write(Recurrence<T> recurrence, Path file) {
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(file, "file");
        String text = write(recurrence);
        TextOutput.toFile(file, out -> {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new SecunityIOException(file + ": cannot write the file", e);
            }
        });
    }

    /**
     * Returns the recurrence set a cadence has from a start, as {@link #write(Cadence, Temporal)}
     * exports it.
     *
     * @param cadence the cadence, with a rule, not null
     * @param from a {@link LocalDate}, {@link LocalDateTime} or {@link ZonedDateTime}, not null
     * @return the set: its first occurrence on or after the start and its rule, not null
     * @throws SecunityException if the cadence has no fixed dates or no occurrence from the start
     */
    public static RecurrenceSet<?> setOf(Cadence cadence, Temporal from) {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(from, "from");
        RecurrenceRule rule = cadence.rule().orElseThrow(() -> new SecunityException(
                "the cadence \"" + cadence + "\" has no fixed dates to export"));
        Optional<LocalTime> time = cadence.timeOfDay();
        if (from instanceof LocalDate d && time.isEmpty()) {
            return RecurrenceSet.builder(first(cadence.occurrences(d), cadence)).rule(rule).build();
        }
        if (from instanceof LocalDate d) {
            return RecurrenceSet.builder(first(cadence.occurrences(d.atTime(time.get())), cadence)).rule(rule).build();
        }
        if (from instanceof LocalDateTime t) {
            return RecurrenceSet.builder(first(cadence.occurrences(t), cadence)).rule(rule).build();
        }
        if (from instanceof ZonedDateTime z) {
            return RecurrenceSet.builder(first(cadence.occurrences(z), cadence)).rule(rule).build();
        }
        throw new SecunityException("a start must be a date, a local date-time or a zoned date-time, but was "
                + from.getClass().getSimpleName());
    }

    private static <T extends Comparable<? super T>> T first(Recurrence<T> occurrences, Cadence cadence) {
        return occurrences.first().orElseThrow(() -> new SecunityException(
                "the cadence \"" + cadence + "\" has no occurrence from the start"));
    }

    private static <T extends Comparable<? super T>> RecurrenceSet<T> setOfDates(Recurrence<T> recurrence) {
        List<T> dates = recurrence.take(MAX_DATES + 1);
        if (dates.isEmpty()) {
            throw new SecunityException("the recurrence has no occurrence to export");
        }
        if (dates.size() > MAX_DATES) {
            throw new SecunityException("a recurrence without a rule is exported as its dates, at most " + MAX_DATES
                    + ", but it has more: export a RecurrenceSet with a rule instead");
        }
        return builder(dates.get(0)).dates(dates.subList(1, dates.size())).build();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Comparable<? super T>> RecurrenceSet.Builder<T> builder(T start) {
        if (start instanceof LocalDate d) {
            return (RecurrenceSet.Builder<T>) RecurrenceSet.builder(d);
        }
        if (start instanceof LocalDateTime t) {
            return (RecurrenceSet.Builder<T>) RecurrenceSet.builder(t);
        }
        if (start instanceof ZonedDateTime z) {
            return (RecurrenceSet.Builder<T>) RecurrenceSet.builder(z);
        }
        throw new SecunityException("an occurrence must be a date, a local date-time or a zoned date-time, but was "
                + start.getClass().getSimpleName());
    }

    /**
     * Returns the summary and the options.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "RecurrenceExport[" + summary + ", " + (policy == null ? "no holiday policy"
                : policy + " for " + horizonYears + " years") + "]";
    }

    /** One export: the state of writing one calendar. */
    private final class Run<T extends Comparable<? super T>> {
        private final RecurrenceSet<T> set;
        private final ContentLines lines;
        private final T start;
        private final @Nullable ZoneId zone;

        Run(RecurrenceSet<T> set, ContentLines lines) {
            this.set = set;
            this.lines = lines;
            this.start = set.start();
            this.zone = start instanceof ZonedDateTime z && !z.getZone().equals(ZoneOffset.UTC) ? z.getZone() : null;
        }

        void calendar() throws IOException {
            LocalDate day = day(start);
            ICalendarExport.checkYear(day);
            List<String> rrules = new ArrayList<>();
            List<String> rdates = new ArrayList<>();
            for (RecurrenceRule rule : set.rules()) {
                RecurrenceRule portable;
                try {
                    portable = rule.portableFor((Temporal) start, set.options().openPointReading());
                } catch (SecunityException e) {
                    rdates.addAll(asDates(rule, e));
                    continue;
                }
                rrules.add(portable.toString());
            }
            if (!rrules.isEmpty() && set.rules().stream().noneMatch(this::matchesStart)
                    && !set.dates().contains(start)) {
                rdates.add(value(start)); // an unsynchronized DTSTART: ical4j leaves it out unless it is an RDATE
            }
            for (T d : set.dates()) {
                rdates.add(value(d));
            }
            List<String> exdates = new ArrayList<>();
            for (T d : set.exclusions()) {
                exdates.add(value(d));
            }
            String note = "";
            if (policy != null) {
                LocalDate end = HolidayLines.horizonEnd(day, horizonYears);
                HolidayLines.Lines adjusted = HolidayLines.adjust(policy, set, start, endOf(end), this::day,
                        this::value, day, end, language);
                exdates.addAll(adjusted.exdates());
                rdates.addAll(adjusted.rdates());
                note = adjusted.note();
            }
            String stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC).format(DATE_TIME)
                    + "Z";
            lines.line("BEGIN:VCALENDAR");
            lines.line("PRODID:" + ICalendarExport.PRODID);
            lines.line("VERSION:2.0");
            lines.line("CALSCALE:GREGORIAN");
            if (zone != null) {
                VTimeZones.write(lines, zone, day.getYear());
            }
            lines.line("BEGIN:VEVENT");
            lines.line("UID:" + (uid != null ? uid : defaultUid(rrules, rdates, exdates)));
            lines.line("DTSTAMP:" + stamp);
            lines.line("DTSTART" + value(start));
            for (String rrule : rrules) {
                lines.line("RRULE:" + rrule);
            }
            for (String exdate : exdates) {
                lines.line("EXDATE" + exdate);
            }
            for (String rdate : rdates) {
                lines.line("RDATE" + rdate);
            }
            lines.text("SUMMARY", summary);
            String text = description == null ? note : note.isEmpty() ? description : description + "\n" + note;
            if (!text.isEmpty()) {
                lines.text("DESCRIPTION", text);
            }
            if (location != null) {
                lines.text("LOCATION", location);
            }
            lines.line("END:VEVENT");
            lines.line("END:VCALENDAR");
        }

        /** Whether a rule's own first occurrence from the start is the start. */
        private boolean matchesStart(RecurrenceRule rule) {
            Optional<?> first = start instanceof LocalDate d ? Recurrence.ofRule(rule, d).first()
                    : start instanceof LocalDateTime t ? Recurrence.ofRule(rule, t).first()
                    : Recurrence.ofRule(rule, (ZonedDateTime) start).first();
            return first.filter(start::equals).isPresent();
        }

        /** A rule without a portable spelling, as its dates; refused when it has more than the bound. */
        private List<String> asDates(RecurrenceRule rule, SecunityException why) {
            RecurrenceSet<T> alone = builder(start).rule(rule).options(set.options()).build();
            List<T> dates = alone.take(MAX_DATES + 1);
            if (dates.size() > MAX_DATES) {
                throw new SecunityException("cannot export " + rule + " portably (" + why.getMessage()
                        + ") nor as its dates: it has more than " + MAX_DATES, why);
            }
            return dates.stream().filter(d -> !d.equals(start)).map(this::value).toList();
        }

        private String defaultUid(List<String> rrules, List<String> rdates, List<String> exdates) {
            String key = summary + "\n" + value(start) + "\n" + rrules + "\n" + rdates + "\n" + exdates;
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 8) + "@" + ICalendarExport.DEFAULT_UID_DOMAIN;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        private LocalDate day(T t) {
            if (t instanceof LocalDate d) {
                return d;
            }
            if (t instanceof LocalDateTime d) {
                return d.toLocalDate();
            }
            ZonedDateTime z = (ZonedDateTime) t;
            return (zone == null ? z.withZoneSameInstant(ZoneOffset.UTC) : z).toLocalDate();
        }

        @SuppressWarnings("unchecked")
        private T endOf(LocalDate end) {
            Object t = start instanceof LocalDate ? end
                    : start instanceof LocalDateTime ? end.atStartOfDay()
                    : end.atStartOfDay(((ZonedDateTime) start).getZone());
            return (T) t;
        }

        private String value(T t) {
            LocalDate day = day(t);
            if (day.getYear() < 0 || day.getYear() > ICalendarExport.MAX_YEAR) {
                throw new SecunityException("cannot export " + t + ": iCalendar dates carry the years 0000 to 9999 "
                        + "(RFC 5545, 3.3.4)");
            }
            return format(t, zone, d -> d.format(DATE), dt -> dt.format(DATE_TIME));
        }
    }

    private static <T> String format(T t, @Nullable ZoneId zone, Function<LocalDate, String> date,
            Function<LocalDateTime, String> dateTime) {
        if (t instanceof LocalDate d) {
            return ";VALUE=DATE:" + date.apply(d);
        }
        if (t instanceof LocalDateTime d) {
            return ":" + dateTime.apply(d);
        }
        ZonedDateTime z = (ZonedDateTime) t;
        if (zone == null) {
            return ":" + dateTime.apply(z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()) + "Z";
        }
        return ";TZID=" + tzid(zone) + ":" + dateTime.apply(z.withZoneSameInstant(zone).toLocalDateTime());
    }

    /** A TZID parameter value: quoted when it has a colon, as a fixed offset such as +09:00 has (RFC 5545, 3.1). */
    static String tzid(ZoneId zone) {
        String id = zone.getId();
        return id.contains(":") || id.contains(";") || id.contains(",") ? "\"" + id + "\"" : id;
    }
}
