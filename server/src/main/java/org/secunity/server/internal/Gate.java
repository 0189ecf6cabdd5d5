package org.secunity.server.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The bound on expensive requests computed at once: a request waits for a slot until its
 * deadline, then is answered 503 with {@code Retry-After}. Thread-safe.
 */
final class Gate {

    private final Semaphore slots;

    Gate(int slots) {
        this.slots = new Semaphore(slots, true);
    }

    /**
     * Runs work in a slot.
     *
     * @param deadline the {@link System#nanoTime()} until which to wait for a slot
     * @throws Problem 503 when no slot frees up in time
     */
    <T> T run(long deadline, Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw Problem.http(503, "Service Unavailable", "the server is busy: every worker slot stayed taken for the "
                    + "request timeout; retry later").with(o -> o.put("retryAfterSeconds", 1));
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
