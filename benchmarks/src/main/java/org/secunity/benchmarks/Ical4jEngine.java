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
    /** The second before the target: ical4j's getNextDate answers strictly after it. */
    private final LocalDateTime afterTarget;
    /** The start, the horizon and the second before the target in the rule's zone, for a zoned rule; else null. */
    private final @Nullable ZonedDateTime zonedStart;
    private final @Nullable ZonedDateTime zonedHorizon;
    private final @Nullable ZonedDateTime zonedAfterTarget;

    Ical4jEngine(String rule, LocalDateTime start, LocalDateTime target, @Nullable ZoneId zone) {
        this.floating = new Recur<>(rule);
        this.zoned = new Recur<>(rule);
        this.start = start;
        this.horizon = start.plusYears(6000);
        this.afterTarget = target.minusSeconds(1);
        this.zonedStart = zone == null ? null : start.atZone(zone);
        this.zonedHorizon = zone == null ? null : horizon.atZone(zone);
        this.zonedAfterTarget = zone == null ? null : afterTarget.atZone(zone);
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        if (zonedStart == null) {
            for (LocalDateTime t : floating.getDates(start, start, horizon, n)) {
                blackhole.consume(t);
            }
        } else {
            for (ZonedDateTime t : zoned.getDates(zonedStart, zonedStart, zonedHorizon, n)) {
                blackhole.consume(t);
            }
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        if (zonedStart == null) {
            return floating.getDates(start, start, horizon, n);
        }
        List<LocalDateTime> out = new ArrayList<>();
        for (ZonedDateTime t : zoned.getDates(zonedStart, zonedStart, zonedHorizon, n)) {
            out.add(LocalDateTime.ofInstant(t.toInstant(), ZoneOffset.UTC));
        }
        return out;
    }

    @Override
    public Object seek() {
        if (zonedStart == null) {
            return floating.getNextDate(start, afterTarget);
        }
        return zoned.getNextDate(zonedStart, zonedAfterTarget);
    }

    @Override
    public LocalDateTime seekValue() {
        Object o = seek();
        return o instanceof ZonedDateTime
                ? LocalDateTime.ofInstant(((ZonedDateTime) o).toInstant(), ZoneOffset.UTC) : (LocalDateTime) o;
    }
}
