package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zoned starts: wall-clock expansion, RFC 5545 §3.3.5 gaps and overlaps, UTC limits. */
class ZonedExpansionTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static ZonedDateTime z(String local, ZoneId zone) {
        return ZonedDateTime.of(LocalDateTime.parse(local), zone);
    }

    private static List<ZonedDateTime> take(String rule, ZonedDateTime start, int n) {
        return RecurrenceRule.parse(rule).occurrences(start).take(n);
    }

    @Test
    void tokyo_evening_meetups_stay_at_19_00_local() {
        assertThat(take("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE", z("2021-01-01T19:00", TOKYO), 2))
                .containsExactly(z("2021-02-10T19:00", TOKYO), z("2021-04-14T19:00", TOKYO));
    }

    @Test
    void wall_clock_time_is_kept_across_dst() {
        assertThat(take("FREQ=WEEKLY;COUNT=2", z("2021-03-08T09:00", NEW_YORK), 2))
                .extracting(ZonedDateTime::getOffset)
                .containsExactly(ZoneOffset.ofHours(-5), ZoneOffset.ofHours(-4));
    }

    @Test
    void a_time_in_a_gap_moves_forward_by_the_gap_length() {
        // 2021-03-14 02:30 does not exist in New York; the gap is one hour
        assertThat(take("FREQ=DAILY;COUNT=3", z("2021-03-13T02:30", NEW_YORK), 3)).containsExactly(
                z("2021-03-13T02:30", NEW_YORK), z("2021-03-14T03:30", NEW_YORK), z("2021-03-15T02:30", NEW_YORK));
    }

    @Test
    void an_ambiguous_time_takes_the_earlier_offset() {
        List<ZonedDateTime> r = take("FREQ=DAILY;COUNT=2", z("2021-11-06T01:30", NEW_YORK), 2);
        assertThat(r.get(1).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2021-11-07T01:30"));
        assertThat(r.get(1).getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void times_moved_out_of_a_gap_merge_with_later_ones_in_order() {
        // every 30 minutes across the gap: 02:00 and 02:30 move to 03:00 and 03:30, which also occur
        assertThat(take("FREQ=MINUTELY;INTERVAL=30", z("2021-03-14T01:00", NEW_YORK), 5))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(LocalDateTime.parse("2021-03-14T01:00"), LocalDateTime.parse("2021-03-14T01:30"),
                        LocalDateTime.parse("2021-03-14T03:00"), LocalDateTime.parse("2021-03-14T03:30"),
                        LocalDateTime.parse("2021-03-14T04:00"));
    }

    @Test
    void hourly_through_the_overlap_keeps_each_wall_clock_hour_once() {
        assertThat(take("FREQ=HOURLY;COUNT=4", z("2021-11-07T00:00", NEW_YORK), 4))
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(LocalDateTime.parse("2021-11-07T00:00"), LocalDateTime.parse("2021-11-07T01:00"),
                        LocalDateTime.parse("2021-11-07T02:00"), LocalDateTime.parse("2021-11-07T03:00"));
    }

    @Test
    void utc_until_is_compared_as_an_instant() {
        // 09:00 EDT is 13:00Z, so UNTIL=...T130000Z keeps the 2nd and UNTIL=...T125959Z does not
        assertThat(take("FREQ=DAILY;UNTIL=19970903T130000Z", z("1997-09-02T09:00", NEW_YORK), 5)).hasSize(2);
        assertThat(take("FREQ=DAILY;UNTIL=19970903T125959Z", z("1997-09-02T09:00", NEW_YORK), 5)).hasSize(1);
    }

    @Test
    void utc_start_expands_in_utc() {
        assertThat(take("FREQ=DAILY;COUNT=2", ZonedDateTime.of(LocalDateTime.parse("2021-03-13T02:30"), ZoneOffset.UTC), 2))
                .containsExactly(z("2021-03-13T02:30", ZoneOffset.UTC), z("2021-03-14T02:30", ZoneOffset.UTC));
    }

    @Test
    void zoned_seek_jumps_to_the_target() {
        Recurrence<ZonedDateTime> r = RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO").occurrences(z("2021-01-04T19:00", TOKYO));
        assertThat(r.next(z("2100-01-01T00:00", TOKYO))).contains(z("2100-01-04T19:00", TOKYO));
        assertThat(r.previous(z("2100-01-01T00:00", TOKYO))).contains(z("2099-12-28T19:00", TOKYO));
    }

    @Test
    void zoned_recurrence_set_excludes_by_instant() {
        RecurrenceSet<ZonedDateTime> set = RecurrenceSet.builder(z("2021-01-04T19:00", TOKYO))
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3"))
                .exclude(ZonedDateTime.of(LocalDateTime.parse("2021-01-11T10:00"), ZoneOffset.UTC))
                .date(z("2021-01-05T12:00", ZoneOffset.UTC))
                .build();
        assertThat(set.take(5)).containsExactly(z("2021-01-04T19:00", TOKYO), z("2021-01-05T21:00", TOKYO),
                z("2021-01-18T19:00", TOKYO));
    }
}
