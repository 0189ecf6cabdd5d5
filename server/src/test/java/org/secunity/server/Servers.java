package org.secunity.server;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test servers on a free loopback port, with a fixed clock. */
final class Servers {

    /** The tests' now: 2026-06-01 09:00 in Japan. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private Servers() {}

    static ServerConfig config() {
        return ServerConfig.defaults().withPort(0).withClock(CLOCK);
    }

    static SecunityServer start() {
        return SecunityServer.start(config());
    }
}
