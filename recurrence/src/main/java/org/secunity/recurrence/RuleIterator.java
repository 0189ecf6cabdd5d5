package org.secunity.recurrence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Walks the periods of one rule from a floating start and yields its occurrences: candidates
 * before the start are dropped uncounted, {@code COUNT} and {@code UNTIL} end the walk.
 *
 * <p>Without {@code COUNT}, {@link #seek} jumps straight to the period of the target. With
 * {@code COUNT} the occurrences before the target must be counted, so the seek walks the periods
 * in between (without creating date objects); the work is bounded by {@code COUNT} and the empty
 * period bound of {@link Expansion}.
 */
final class RuleIterator extends AbstractIterator<LocalDateTime> {

    private static final long END = Long.MIN_VALUE;

    private final Expansion expansion;
    private final int nano;
    private final long startFloor;
    private final int count;
    private final long until;
    private final long untilPeriod;
    private final PeriodBuffer buf;
    private long seekFloor = Long.MIN_VALUE;
    private long period = -1;
    private int cursor;
    private int emitted;
    private boolean finished;

    /**
     * Creates an iterator.
     *
     * @param until the last local epoch second an occurrence may have, or {@code Long.MAX_VALUE}
     */
    RuleIterator(Expansion expansion, int capacity, LocalDateTime start, int count, long until) {
        this.expansion = expansion;
        this.nano = start.getNano();
        this.startFloor = start.toEpochSecond(ZoneOffset.UTC);
        this.count = count;
        this.until = nano > 0 && until != Long.MAX_VALUE ? until - 1 : until;
        this.untilPeriod = until == Long.MAX_VALUE ? Long.MAX_VALUE : expansion.periodOf(this.until);
        this.buf = new PeriodBuffer(capacity);
    }

    /** Returns the next occurrence as a local epoch second, or {@link #END}. */
    long nextSecond() {
        if (finished) {
            return END;
        }
        while (true) {
            while (cursor < buf.size()) {
                long c = buf.candidate(cursor++);
                if (c < startFloor) {
                    continue;
                }
                if (c > until || (count > 0 && emitted >= count)) {
                    finished = true;
                    return END;
                }
                emitted++;
                if (c >= seekFloor) {
                    return c;
                }
            }
            long p = expansion.load(period + 1, untilPeriod, buf);
            if (p < 0) {
                finished = true;
                return END;
            }
            period = p;
            cursor = 0;
        }
    }

    @Override
    protected @Nullable LocalDateTime computeNext() {
        long s = nextSecond();
        return s == END ? null : LocalDateTime.ofEpochSecond(s, nano, ZoneOffset.UTC);
    }

    @Override
    protected void seek(LocalDateTime target) {
        long floor = target.toEpochSecond(ZoneOffset.UTC) + (nano >= target.getNano() ? 0 : 1);
        if (floor <= seekFloor) {
            return;
        }
        seekFloor = floor;
        if (count == 0 && !finished) {
            long p = expansion.periodOf(floor);
            if (p > period) {
                period = p - 1;
                cursor = buf.size();
            }
        }
    }
}
