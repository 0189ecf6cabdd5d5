package org.secunity.server.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Community;
import org.secunity.core.Schedule;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.ICalendarExport;

/**
 * A community's subscribable calendar feed: the library's iCalendar export from today (in Japan),
 * the same bytes all day for the same catalog and parameters, with a strong {@code ETag}, a
 * {@code Last-Modified} of the start of the day, {@code 304} on a matching {@code If-None-Match}
 * (or, without one, an {@code If-Modified-Since} not before it), and {@code Cache-Control}.
 */
final class Feed {

    /** How long calendar apps and caches may reuse a feed. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    /** The HTTP-date of RFC 9110 (IMF-fixdate): {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Feed() {}

    /** The feed's text, as of today, and its validators. */
    record Calendar(String text, String etag, Instant lastModified) {}

    /** Exports a community's calendar as of the clock's day in Japan. */
    static Calendar calendar(Community community, @Nullable HolidayPolicy policy, Locale language, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(Schedule.ZONE));
        Instant startOfDay = today.atStartOfDay(Schedule.ZONE).toInstant();
        ICalendarExport export = ICalendarExport.create().withLanguage(language)
                .withClock(Clock.fixed(startOfDay, ZoneOffset.UTC));
        export = policy == null ? export.withoutHolidayPolicy() : export.withHolidayPolicy(policy);
        String text = export.write(community, today);
        return new Calendar(text, etag(text), startOfDay);
    }

    /** Writes the feed, or 304 when the client's copy is current. */
    static void answer(Context ctx, String fileName, Calendar calendar) {
        ctx.header("ETag", calendar.etag());
        ctx.header("Last-Modified", HTTP_DATE.format(calendar.lastModified()));
        ctx.header("Cache-Control", CACHE_CONTROL);
        if (notModified(ctx, calendar)) {
            ctx.status(304);
            return;
        }
        ctx.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        ctx.contentType(Media.CALENDAR + "; charset=utf-8");
        ctx.result(calendar.text().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean notModified(Context ctx, Calendar calendar) {
        @Nullable String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, calendar.etag());
        }
        @Nullable String ifModifiedSince = ctx.header("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !since.isBefore(calendar.lastModified().truncatedTo(ChronoUnit.SECONDS));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** Whether an {@code If-None-Match} header names the entity tag (weakly compared, as RFC 9110 says), or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if ("*".equals(t) || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag: the first 128 bits of the text's SHA-256. */
    static String etag(String text) {
        return etag(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A strong entity tag: the first 128 bits of the bytes' SHA-256. */
    static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
