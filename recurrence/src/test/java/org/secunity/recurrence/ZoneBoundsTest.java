package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneBoundsTest {

    @Test
    void new_york_never_runs_behind_eastern_standard_time() {
        // its local mean time before 1883 was -4:56:02, later than EST
        assertThat(ZoneBounds.leastOffsetSeconds(ZoneId.of("America/New_York"))).isEqualTo(-5 * 3600);
    }

    @Test
    void a_fixed_offset_is_its_own_bound() {
        assertThat(ZoneBounds.leastOffsetSeconds(ZoneOffset.ofHours(9))).isEqualTo(9 * 3600);
        assertThat(ZoneBounds.leastOffsetSeconds(ZoneId.of("UTC"))).isZero();
    }

    @Test
    void apia_is_bounded_by_an_offset_from_before_it_skipped_a_day() {
        // Samoa kept -11:30 from 1911 to 1950, long before it moved to the other side of the date line
        assertThat(ZoneBounds.leastOffsetSeconds(ZoneId.of("Pacific/Apia"))).isEqualTo(-(11 * 3600 + 30 * 60));
    }

    @Test
    void zones_never_use_an_offset_below_their_bound() {
        // a quarter of the database's zones, sorted (loading all of them takes seconds), and the odd ones
        List<String> ids = new ArrayList<>(new java.util.TreeSet<>(ZoneId.getAvailableZoneIds()));
        List<String> sample = new ArrayList<>(List.of("Pacific/Apia", "Pacific/Kiritimati", "Australia/Lord_Howe",
                "Europe/Dublin", "Asia/Kathmandu", "America/St_Johns", "Antarctica/Troll", "Etc/GMT+12"));
        for (int i = 0; i < ids.size(); i += 4) {
            sample.add(ids.get(i));
        }
        Instant from = Instant.parse("1850-01-01T00:00:00Z");
        Instant to = Instant.parse("2200-01-01T00:00:00Z");
        List<String> below = new ArrayList<>();
        for (String id : sample) {
            ZoneId zone = ZoneId.of(id);
            int least = ZoneBounds.leastOffsetSeconds(zone);
            for (Instant t = from; t.isBefore(to); t = t.plus(97, ChronoUnit.DAYS)) {
                if (zone.getRules().getOffset(t).getTotalSeconds() < least) {
                    below.add(id + " at " + t);
                }
            }
        }
        assertThat(below).isEmpty();
    }
}
