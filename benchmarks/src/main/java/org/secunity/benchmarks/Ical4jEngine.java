package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * ical4j 4.1.1: {@code Recur.getDates(seed, start, end, max)} and {@code Recur.getNextDate(seed, after)},
 * on {@code LocalDateTime} for floating rules and {@code ZonedDateTime} for zoned ones.
 */
final class Ical4jEngine implements Engine {

    private final Recur<LocalDateTime> floating;
    private final Recur<ZonedDateTime> zoned;
    private final LocalDateTime start;
    private final LocalDateTime horizon;
    private final @Nullable ZoneId zone;

    Ical4jEngine(String rule, LocalDateTime start, @Nullable ZoneId zone) {
        this.floating = new Recur<>(rule);
        this.zoned = new Recur<>(rule);
        this.start = start;
        this.horizon = start.plusYears(6000);
        this.zone = zone;
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        if (zone == null) {
            for (LocalDateTime t : floating.getDates(start, start, horizon, n)) {
                blackhole.consume(t);
            }
        } else {
            ZonedDateTime s = start.atZone(zone);
            for (ZonedDateTime t : zoned.getDates(s, s, horizon.atZone(zone), n)) {
                blackhole.consume(t);
            }
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        if (zone == null) {
            return floating.getDates(start, start, horizon, n);
        }
        ZonedDateTime s = start.atZone(zone);
        List<LocalDateTime> out = new ArrayList<>();
        for (ZonedDateTime t : zoned.getDates(s, s, horizon.atZone(zone), n)) {
            out.add(LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC));
        }
        return out;
    }

    @Override
    public Object seek(LocalDateTime target) {
        if (zone == null) {
            return floating.getNextDate(start, target.minusSeconds(1));
        }
        return zoned.getNextDate(start.atZone(zone), target.minusSeconds(1).atZone(zone));
    }

    @Override
    public LocalDateTime seekValue(LocalDateTime target) {
        Object o = seek(target);
        return o instanceof ZonedDateTime
                ? LocalDateTime.ofInstant(((ZonedDateTime) o).toInstant(), ZoneOffset.UTC) : (LocalDateTime) o;
    }
}
