package org.secunity.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
 *
 * <p>Every period examined, day generated and candidate passed over is a step charged to the
 * iterator's {@link Budget} ({@link PeriodBuffer#spend}); each occurrence returned gives
 * {@link Budget#REFUND} steps back, so the budget bounds the work that yields nothing, and
 * the whole work is at most the budget plus a few steps per occurrence returned. Exceeding it throws
 * {@link ExpansionLimitException}, and every later call throws again.
 */
final class RuleIterator extends AbstractIterator<LocalDateTime> {

    private static final long END = Long.MIN_VALUE;

    private final Expansion expansion;
    private final int nano;
    private final long startFloor;
    private final int count;
    private long until;
    private long untilPeriod;
    private final PeriodBuffer buf;
    private long seekFloor = Long.MIN_VALUE;
    /** The last occurrence passed over by a seek, as a local epoch second, or {@link #END}. */
    private long lastPassed = END;
    /** Whether a candidate may repeat the last one (RFC 7529 SKIP moves dates across periods). */
    private final boolean repeats;
    private long lastSeen = Long.MIN_VALUE;
    private long period = -1;
    private int cursor;
    private int baseIndex;
    private int offsetIndex;
    private int lastBase;
    private int lastOffset;
    private int emitted;
    private boolean finished;
    private final @Nullable LocalTime @Nullable [] times;
    private final DateCursor dates = new DateCursor();

    /**
     * Creates an iterator.
     *
     * @param until the last local epoch second an occurrence may have, or {@code Long.MAX_VALUE}
     */
    RuleIterator(Expansion expansion, int capacity, LocalDateTime start, int count, long until, Budget budget) {
        this.expansion = expansion;
        this.nano = start.getNano();
        this.startFloor = start.toEpochSecond(ZoneOffset.UTC);
        this.count = count;
        this.until = nano > 0 && until != Long.MAX_VALUE ? until - 1 : until;
        this.untilPeriod = until == Long.MAX_VALUE ? Long.MAX_VALUE : untilPeriod(this.until);
        this.buf = new PeriodBuffer(capacity, budget);
        this.repeats = expansion.movesForward || expansion.movesBackward;
        this.times = expansion.dayBased && expansion.offsets.length <= MAX_CACHED_TIMES
                ? new LocalTime[expansion.offsets.length] : null;
    }

    private static final int MAX_CACHED_TIMES = 256;

    /** Returns the last period that can hold a time at or before a local epoch second. */
    private long untilPeriod(long second) {
        return expansion.periodOf(second) + (expansion.movesBackward ? 1 : 0);
    }

    /** Returns the next occurrence as a local epoch second, or {@link #END}. */
    long nextSecond() {
        if (finished) {
            return END;
        }
        ExpansionLimitException failure = buf.budget.failure;
        if (failure != null) {
            throw failure;
        }
        PeriodBuffer b = buf;
        while (true) {
            int offsetCount = b.offsetCount;
            while (true) {
                int bi;
                int oi;
                if (b.selectedCount >= 0) {
                    if (cursor >= b.selectedCount) {
                        break;
                    }
                    int k = b.selected[cursor++];
                    bi = k / offsetCount;
                    oi = k % offsetCount;
                } else {
                    if (baseIndex >= b.baseCount) {
                        break;
                    }
                    bi = baseIndex;
                    oi = offsetIndex;
                    if (++offsetIndex == offsetCount) {
                        offsetIndex = 0;
                        baseIndex++;
                    }
                }
                long c = b.bases[bi] + b.offsets[oi];
                if (c < startFloor) {
                    skipped(c);
                    continue;
                }
                if (repeats) {
                    if (c <= lastSeen) {
                        skipped(c);
                        continue;
                    }
                    lastSeen = c;
                }
                if (c > until || (count > 0 && emitted >= count)) {
                    finished = true;
                    return END;
                }
                emitted++;
                if (c >= seekFloor) {
                    lastBase = bi;
                    lastOffset = oi;
                    b.budget.steps -= Budget.REFUND;
                    return c;
                }
                lastPassed = c;
                skipped(c);
            }
            long p = expansion.load(period + 1, untilPeriod, b);
            if (p < 0) {
                finished = true;
                return END;
            }
            period = p;
            cursor = 0;
            baseIndex = 0;
            offsetIndex = 0;
        }
    }

    /** Charges a candidate passed over (before the start or a seek target) to the budget. */
    private void skipped(long candidate) {
        Budget b = buf.budget;
        if (++b.steps > b.maxSteps) {
            throw b.exhausted(candidate);
        }
    }

    /** Drops the rest of the loaded period, so the next call loads period {@code period + 1}. */
    private void dropPeriod() {
        cursor = Integer.MAX_VALUE;
        baseIndex = Integer.MAX_VALUE;
    }

    @Override
    protected @Nullable LocalDateTime computeNext() {
        long s = nextSecond();
        if (s == END) {
            return null;
        }
        @Nullable LocalTime[] cache = times;
        if (cache == null) {
            return LocalDateTime.ofEpochSecond(s, nano, ZoneOffset.UTC);
        }
        int oi = lastOffset;
        LocalDate date = dates.date(Math.floorDiv(buf.bases[lastBase], 86_400L));
        LocalTime time = cache[oi];
        if (time == null) {
            time = LocalTime.ofSecondOfDay(buf.offsets[oi]).withNano(nano);
            cache[oi] = time;
        }
        return LocalDateTime.of(date, time);
    }

    /**
     * Returns the last occurrence before a time, passing over (and so counting) every occurrence
     * up to it in one walk: the search {@link OfRule#previous} makes for a rule with {@code COUNT},
     * where every seek walks from the start anyway. Consumes the iterator.
     */
    java.util.Optional<LocalDateTime> lastBefore(LocalDateTime target) {
        stopAt(target);
        seek(target);
        nextSecond();
        return lastPassed == END ? java.util.Optional.empty()
                : java.util.Optional.of(LocalDateTime.ofEpochSecond(lastPassed, nano, ZoneOffset.UTC));
    }

    /** Ends the walk before {@code end}, as an earlier {@code UNTIL} would. */
    @Override
    void stopAt(LocalDateTime end) {
        long last = end.toEpochSecond(ZoneOffset.UTC) - (nano < end.getNano() ? 0 : 1);
        if (last < until) {
            until = last;
            untilPeriod = untilPeriod(last);
        }
    }

    @Override
    protected void seek(LocalDateTime target) {
        long floor = target.toEpochSecond(ZoneOffset.UTC) + (nano >= target.getNano() ? 0 : 1);
        if (floor <= seekFloor) {
            return;
        }
        seekFloor = floor;
        if (count == 0 && !finished) {
            long p = expansion.periodOf(floor) - (expansion.movesForward ? 1 : 0);
            if (p > period) {
                period = p - 1;
                dropPeriod();
                buf.chunk = 1;
            }
        }
    }
}
