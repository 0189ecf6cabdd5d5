package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.openjdk.jmh.infra.Blackhole;

/** ical4j 4.1.1: {@code Recur.getDates(seed, start, end, max)} and {@code Recur.getNextDate(seed, after)}. */
final class Ical4jEngine implements Engine {

    private final Recur<LocalDateTime> recur;
    private final LocalDateTime start;
    private final LocalDateTime horizon;

    Ical4jEngine(String rule, LocalDateTime start) {
        this.recur = new Recur<>(rule);
        this.start = start;
        this.horizon = start.plusYears(6000);
    }

    @Override
    public void first(int n, Blackhole blackhole) {
        for (LocalDateTime t : recur.getDates(start, start, horizon, n)) {
            blackhole.consume(t);
        }
    }

    @Override
    public List<LocalDateTime> firstList(int n) {
        return recur.getDates(start, start, horizon, n);
    }

    @Override
    public Object seek(LocalDateTime target) {
        return recur.getNextDate(start, target.minusSeconds(1));
    }

    @Override
    public LocalDateTime seekValue(LocalDateTime target) {
        return (LocalDateTime) seek(target);
    }
}
