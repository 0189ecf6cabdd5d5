package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A bounded soak on loopback (issue 14): four clients mix every kind of request, good and bad, for
 * about ten seconds ({@code -Dsecunity.soak.seconds}); no request fails, and the heap after a full
 * GC does not grow.
 */
class SoakTest {

    private static final String SITUATION = "{\"stage\":\"FORMING\",\"challenges\":[\"SCHEDULING_CONFLICTS\"],"
            + "\"goals\":{\"REDUCE_OPERATING_BURDEN\":1}}";
    private static final String EXPAND = "{\"dtstart\":\"2026-01-01\",\"cadence\":\"毎週月曜日\",\"holidays\":\"JP\",\"limit\":50}";

    @Test
    void a_ten_second_mix_has_no_errors_and_the_heap_does_not_grow() throws Exception {
        long seconds = Long.getLong("secunity.soak.seconds", 10);
        try (SecunityServer server = Servers.start()) {
            Client client = new Client(server.uri());
            round(client, 0);
            long before = heapAfterGc();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicLong requests = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                clients.add(pool.submit(() -> {
                    for (int i = seed; System.nanoTime() < end && errors.size() < 10; i++) {
                        try {
                            String error = round(client, i);
                            if (error != null) {
                                errors.add(error);
                            }
                        } catch (RuntimeException e) {
                            errors.add(e.toString());
                        }
                        requests.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get(seconds + 60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(errors).isEmpty();
            assertThat(requests.get()).isGreaterThan(100);
            long after = heapAfterGc();
            assertThat(after - before).as("heap after GC grew from %d to %d bytes over %d requests", before, after,
                    requests.get()).isLessThan(16L * 1024 * 1024);
            assertThat(client.get("/health").status()).isEqualTo(200);
        }
    }

    /** One request of the mix, chosen by i; returns what was wrong, or null. */
    private static String round(Client client, int i) {
        Client.Answer a;
        int expected = 200;
        switch (i % 8) {
            case 0 -> a = client.get("/v1/practices?tag=REDUCE_OPERATING_BURDEN");
            case 1 -> a = client.post("/v1/recommendations?top=5&explain=1", "application/json", SITUATION);
            case 2 -> a = client.get("/v1/communities/sokansai-lt/calendar.ics?holidays=JP");
            case 3 -> a = client.post("/v1/expand", "application/jsonl", (EXPAND + "\n").repeat(5));
            case 4 -> {
                a = client.post("/v1/recommendations", "application/json", "{\"stage\": \"LAUNCH\"");
                expected = 400;
            }
            case 5 -> a = client.get("/?lang=ja&stage=FORMING&challenge=SCHEDULING_CONFLICTS&community=sokansai-lt");
            case 6 -> a = client.get("/v1/holidays/JP?from=2026-01-01&to=2027-12-31");
            default -> {
                a = client.get("/v1/practices/99");
                expected = 404;
            }
        }
        return a.status() == expected ? null : "request " + i + ": " + a.status() + " " + a.body();
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(Duration.ofMillis(200).toMillis());
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
