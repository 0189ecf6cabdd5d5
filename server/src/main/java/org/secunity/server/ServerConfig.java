package org.secunity.server;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.serialization.SeedCatalog;

/**
 * How a {@link SecunityServer} listens, what it serves and the limits it keeps.
 *
 * <p>Immutable and safe to share; every {@code withX} returns a copy. The defaults suit one
 * instance on a small machine behind a load balancer or on a laptop:
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>what</th></tr>
 *   <tr><td>{@link #host()}</td><td>{@code 127.0.0.1}</td><td>the address to listen on</td></tr>
 *   <tr><td>{@link #port()}</td><td>8080</td><td>0 picks a free port</td></tr>
 *   <tr><td>{@link #catalog()}</td><td>the seed catalog</td><td>what the API serves</td></tr>
 *   <tr><td>{@link #maxBodyBytes()}</td><td>1 MiB</td><td>a larger request body is answered 413</td></tr>
 *   <tr><td>{@link #requestTimeout()}</td><td>10 s</td><td>waiting for a worker slot and reading a
 *       body; a JSON lines stream ends with an error line when it runs out</td></tr>
 *   <tr><td>{@link #idleTimeout()}</td><td>5 s</td><td>a connection that sends nothing for this
 *       long (a stalled or slow body) is closed</td></tr>
 *   <tr><td>{@link #maxConcurrentWork()}</td><td>2 × processors</td><td>expensive requests
 *       (recommendations, expansions, feeds, the page) computed at once; others wait up to the
 *       request timeout, then get 503</td></tr>
 *   <tr><td>{@link #maxJsonLines()}</td><td>10,000</td><td>lines of one JSON lines request</td></tr>
 *   <tr><td>{@link #maxTop()}</td><td>1,000</td><td>the largest {@code top} of a recommendation</td></tr>
 *   <tr><td>{@link #corsOrigins()}</td><td>none</td><td>browser origins allowed by CORS; empty
 *       is off, {@code *} is any</td></tr>
 *   <tr><td>{@link #stopTimeout()}</td><td>10 s</td><td>how long a stop waits for requests in flight</td></tr>
 * </table>
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.defaults().withPort(0).withMaxBodyBytes(64 * 1024);
 * try (SecunityServer server = SecunityServer.start(config)) {
 *     System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class ServerConfig {

    /** The default address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default largest request body, 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** The default request timeout. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The default idle timeout of a connection. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** The default number of lines of one JSON lines request. */
    public static final int DEFAULT_MAX_JSON_LINES = 10_000;
    /** The default largest {@code top}, as the command line's {@code --top}. */
    public static final int DEFAULT_MAX_TOP = 1_000;
    /** The default time a stop waits for requests in flight. */
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(10);

    private static final ServerConfig DEFAULTS = new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, SeedCatalog::load,
            DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
            2 * Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_JSON_LINES, DEFAULT_MAX_TOP, List.of(),
            DEFAULT_STOP_TIMEOUT, Clock.systemUTC());

    private final String host;
    private final int port;
    private final Supplier<Catalog> catalog;
    private final long maxBodyBytes;
    private final Duration requestTimeout;
    private final Duration idleTimeout;
    private final int maxConcurrentWork;
    private final int maxJsonLines;
    private final int maxTop;
    private final List<String> corsOrigins;
    private final Duration stopTimeout;
    private final Clock clock;

    private ServerConfig(String host, int port, Supplier<Catalog> catalog, long maxBodyBytes,
            Duration requestTimeout, Duration idleTimeout, int maxConcurrentWork, int maxJsonLines, int maxTop,
            List<String> corsOrigins, Duration stopTimeout, Clock clock) {
        this.host = host;
        this.port = port;
        this.catalog = catalog;
        this.maxBodyBytes = maxBodyBytes;
        this.requestTimeout = requestTimeout;
        this.idleTimeout = idleTimeout;
        this.maxConcurrentWork = maxConcurrentWork;
        this.maxJsonLines = maxJsonLines;
        this.maxTop = maxTop;
        this.corsOrigins = corsOrigins;
        this.stopTimeout = stopTimeout;
        this.clock = clock;
    }

    /**
     * Returns the defaults: loopback, port 8080, the seed catalog, and the limits of the class
     * documentation.
     *
     * @return the default configuration, not null
     */
    public static ServerConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the address to listen on.
     *
     * @return a host name or IP address, such as {@code 127.0.0.1} or {@code 0.0.0.0}, not blank
     */
    public String host() {
        return host;
    }

    /**
     * Returns the port to listen on.
     *
     * @return the port, 0 (any free port) to 65535
     */
    public int port() {
        return port;
    }

    /**
     * Returns the catalog the server serves (the seed catalog is read on the first call).
     *
     * @return the catalog, not null
     */
    public Catalog catalog() {
        return catalog.get();
    }

    /**
     * Returns the largest request body accepted.
     *
     * @return the limit in bytes, at least 1
     */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * Returns how long a request may wait for a worker slot and take to send its body.
     *
     * @return the timeout, positive, not null
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * Returns how long a connection may send nothing before it is closed.
     *
     * @return the timeout, positive, not null
     */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /**
     * Returns how many expensive requests are computed at once.
     *
     * @return the bound, at least 1
     */
    public int maxConcurrentWork() {
        return maxConcurrentWork;
    }

    /**
     * Returns how many lines one JSON lines request may have.
     *
     * @return the bound, at least 1
     */
    public int maxJsonLines() {
        return maxJsonLines;
    }

    /**
     * Returns the largest {@code top} a recommendation request may ask for.
     *
     * @return the bound, at least 1
     */
    public int maxTop() {
        return maxTop;
    }

    /**
     * Returns the browser origins allowed by CORS.
     *
     * @return the origins, such as {@code https://portal.example.org}, or {@code *} for any; empty
     *     (the default) when CORS is off; unmodifiable
     */
    public List<String> corsOrigins() {
        return corsOrigins;
    }

    /**
     * Returns how long stopping waits for requests in flight.
     *
     * @return the timeout, zero or positive, not null
     */
    public Duration stopTimeout() {
        return stopTimeout;
    }

    /**
     * Returns the clock that says what day it is for feeds and the page.
     *
     * @return the clock, not null
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns a copy that listens on another address.
     *
     * @param host a host name or IP address, not null, not blank
     * @return the copy, not null
     * @throws SecunityException if the host is blank
     */
    public ServerConfig withHost(String host) {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new SecunityException("host must not be blank");
        }
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy that listens on another port.
     *
     * @param port the port, 0 (any free port) to 65535
     * @return the copy, not null
     * @throws SecunityException if the port is out of range
     */
    public ServerConfig withPort(int port) {
        check("port", port, 0, 65_535);
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy that serves another catalog.
     *
     * @param catalog the catalog, not null
     * @return the copy, not null
     */
    public ServerConfig withCatalog(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new ServerConfig(host, port, () -> catalog, maxBodyBytes, requestTimeout, idleTimeout,
                maxConcurrentWork, maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy with another body limit.
     *
     * @param bytes the largest request body, 1 to 1 GiB
     * @return the copy, not null
     * @throws SecunityException if the limit is out of range
     */
    public ServerConfig withMaxBodyBytes(long bytes) {
        check("maxBodyBytes", bytes, 1, 1L << 30);
        return new ServerConfig(host, port, catalog, bytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy with another request timeout.
     *
     * @param timeout the timeout, positive, at most one hour, not null
     * @return the copy, not null
     * @throws SecunityException if the timeout is out of range
     */
    public ServerConfig withRequestTimeout(Duration timeout) {
        checkDuration("requestTimeout", timeout, false);
        return new ServerConfig(host, port, catalog, maxBodyBytes, timeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy with another idle timeout.
     *
     * @param timeout the timeout, positive, at most one hour, not null
     * @return the copy, not null
     * @throws SecunityException if the timeout is out of range
     */
    public ServerConfig withIdleTimeout(Duration timeout) {
        checkDuration("idleTimeout", timeout, false);
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, timeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy with another bound on expensive requests computed at once.
     *
     * @param requests the bound, 1 to 10,000
     * @return the copy, not null
     * @throws SecunityException if the bound is out of range
     */
    public ServerConfig withMaxConcurrentWork(int requests) {
        check("maxConcurrentWork", requests, 1, 10_000);
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, requests,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy with another bound on the lines of one JSON lines request.
     *
     * @param lines the bound, 1 to 10,000,000
     * @return the copy, not null
     * @throws SecunityException if the bound is out of range
     */
    public ServerConfig withMaxJsonLines(int lines) {
        check("maxJsonLines", lines, 1, 10_000_000);
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                lines, maxTop, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy with another largest {@code top}.
     *
     * @param top the bound, 1 to 100,000
     * @return the copy, not null
     * @throws SecunityException if the bound is out of range
     */
    public ServerConfig withMaxTop(int top) {
        check("maxTop", top, 1, 100_000);
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, top, corsOrigins, stopTimeout, clock);
    }

    /**
     * Returns a copy that allows browser apps of some origins to call the API (CORS).
     *
     * @param origins the origins, such as {@code https://portal.example.org}, or {@code *} for
     *     any; empty turns CORS off; not null, no blank element
     * @return the copy, not null
     * @throws SecunityException if an origin is blank
     */
    public ServerConfig withCorsOrigins(List<String> origins) {
        List<String> copy = List.copyOf(origins);
        for (String origin : copy) {
            if (origin.isBlank()) {
                throw new SecunityException("corsOrigins must not contain a blank origin, but was " + copy);
            }
        }
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, copy, stopTimeout, clock);
    }

    /**
     * Returns a copy with another stop timeout.
     *
     * @param timeout the timeout, zero to one hour, not null
     * @return the copy, not null
     * @throws SecunityException if the timeout is out of range
     */
    public ServerConfig withStopTimeout(Duration timeout) {
        checkDuration("stopTimeout", timeout, true);
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, timeout, clock);
    }

    /**
     * Returns a copy with another clock, for tests.
     *
     * @param clock the clock, not null
     * @return the copy, not null
     */
    public ServerConfig withClock(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return new ServerConfig(host, port, catalog, maxBodyBytes, requestTimeout, idleTimeout, maxConcurrentWork,
                maxJsonLines, maxTop, corsOrigins, stopTimeout, clock);
    }

    private static void check(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new SecunityException(name + " must be from " + min + " to " + max + ", but was " + value);
        }
    }

    private static void checkDuration(String name, Duration value, boolean zeroAllowed) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || (!zeroAllowed && value.isZero()) || value.compareTo(Duration.ofHours(1)) > 0) {
            throw new SecunityException(name + " must be " + (zeroAllowed ? "from 0" : "more than 0")
                    + " to 1 hour, but was " + value);
        }
    }

    /**
     * Returns the address and the limits.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "ServerConfig[" + host + ":" + port + ", maxBodyBytes=" + maxBodyBytes + ", requestTimeout="
                + requestTimeout + ", idleTimeout=" + idleTimeout + ", maxConcurrentWork=" + maxConcurrentWork
                + ", maxJsonLines=" + maxJsonLines + ", maxTop=" + maxTop + ", corsOrigins=" + corsOrigins
                + ", stopTimeout=" + stopTimeout + "]";
    }
}
