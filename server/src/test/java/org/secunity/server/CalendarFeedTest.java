package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secunity.core.Community;
import org.secunity.core.Schedule;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.ICalendarExport;
import org.secunity.serialization.SeedCatalog;

/** A community's feed: the library's export of today, with validators that calendar apps and caches use. */
class CalendarFeedTest {

    private static final String FEED = "/v1/communities/sokansai-lt/calendar.ics?holidays=JP&policy=NEXT_BUSINESS_DAY";

    private static SecunityServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = Servers.start();
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void feed_is_the_library_export_from_today_in_japan() {
        Client.Answer a = client.get(FEED + "&lang=en");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("text/calendar; charset=utf-8");
        Community lt = SeedCatalog.load().community("sokansai-lt").orElseThrow();
        LocalDate today = LocalDate.now(Servers.CLOCK.withZone(Schedule.ZONE));
        String expected = ICalendarExport.create().withLanguage(Locale.ENGLISH)
                .withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
                .withClock(Clock.fixed(today.atStartOfDay(Schedule.ZONE).toInstant(), ZoneOffset.UTC))
                .write(lt, today);
        assertThat(a.body()).isEqualTo(expected);
    }

    @Test
    void feed_has_a_strong_etag_last_modified_at_the_start_of_the_day_and_cache_control() {
        Client.Answer a = client.get(FEED);
        assertThat(a.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(a.header("Last-Modified")).isEqualTo("Sun, 31 May 2026 15:00:00 GMT");
        assertThat(a.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(client.get(FEED).header("ETag")).isEqualTo(a.header("ETag"));
    }

    @Test
    void a_matching_if_none_match_is_304_without_a_body() {
        String etag = client.get(FEED).header("ETag");
        Client.Answer again = client.get(FEED, "If-None-Match", "\"other\", " + etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(client.get(FEED, "If-None-Match", "\"other\"").status()).isEqualTo(200);
    }

    @Test
    void if_modified_since_is_304_only_without_if_none_match() {
        String lastModified = client.get(FEED).header("Last-Modified");
        assertThat(client.get(FEED, "If-Modified-Since", lastModified).status()).isEqualTo(304);
        assertThat(client.get(FEED, "If-Modified-Since", "Sat, 30 May 2026 00:00:00 GMT").status()).isEqualTo(200);
        assertThat(client.get(FEED, "If-Modified-Since", lastModified, "If-None-Match", "\"other\"").status())
                .isEqualTo(200);
    }

    @Test
    void other_parameters_are_another_feed_with_another_etag() {
        assertThat(client.get("/v1/communities/sokansai-lt/calendar.ics").header("ETag"))
                .isNotEqualTo(client.get(FEED).header("ETag"));
        assertThat(client.get(FEED + "&lang=en").header("ETag")).isNotEqualTo(client.get(FEED).header("ETag"));
    }

    @Test
    void a_policy_without_holidays_is_a_bad_parameter() {
        Client.Answer a = client.get("/v1/communities/sokansai-lt/calendar.ics?policy=SKIP");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("detail").asText()).isEqualTo("policy: needs holidays=JP");
    }
}
