package org.secunity.server;

import io.javalin.Javalin;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.secunity.server.internal.ProblemErrorHandler;
import org.secunity.server.internal.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secunity as a service: the HTTP API over the library, the calendar feeds and the organizers'
 * page, on an embedded Javalin (Jetty 12) server.
 *
 * <p>Endpoints (see {@code /v1/openapi.json} and {@code docs/server.md}): {@code GET /health};
 * {@code GET /v1/catalog}, {@code /v1/practices}, {@code /v1/practices/{n}},
 * {@code /v1/communities}, {@code /v1/communities/{id}},
 * {@code /v1/communities/{id}/calendar.ics}, {@code /v1/holidays/JP}, {@code /v1/rules/describe};
 * {@code POST /v1/recommendations}, {@code POST /v1/expand}; the page at {@code /}. Every error is
 * an RFC 9457 {@code application/problem+json} document with the detail the command-line app
 * prints. The server keeps no state between requests, so instances scale out behind any load
 * balancer.
 *
 * <p>A started server is safe to use from many threads; {@link #close()} stops it gracefully:
 * {@code /health} turns {@code DOWN}, requests in flight finish (up to
 * {@link ServerConfig#stopTimeout()}), then the port is released.
 *
 * <pre>{@code
 * try (SecunityServer server = SecunityServer.start(ServerConfig.defaults().withPort(0))) {
 *     HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/v1/practices")).build(),
 *             HttpResponse.BodyHandlers.ofString());
 * }
 * }</pre>
 */
public final class SecunityServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SecunityServer.class);

    private final ServerConfig config;
    private final Routes routes;
    private final Javalin javalin;
    private final URI uri;
    private final int port;
    private boolean closed;

    private SecunityServer(ServerConfig config, Routes routes, Javalin javalin) {
        this.config = config;
        this.routes = routes;
        this.javalin = javalin;
        this.port = javalin.port();
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        this.uri = URI.create("http://" + host + ":" + port + "/");
    }

    /**
     * Starts a server and returns once it listens; logs one line with its URL.
     *
     * @param config the address, catalog and limits, not null
     * @return the running server, not null
     * @throws org.secunity.SecunityException if the catalog is invalid
     * @throws io.javalin.util.JavalinBindException if the address cannot be bound (such as a port
     *     in use)
     */
    public static SecunityServer start(ServerConfig config) {
        Objects.requireNonNull(config, "config");
        Routes routes = new Routes(config);
        Javalin javalin = Javalin.create(app -> {
            routes.register(app);
            app.jetty.host = config.host();
            app.jetty.port = config.port();
            long idle = config.idleTimeout().toMillis();
            app.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setIdleTimeout(idle);
            });
            app.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler());
                // close() waits for the requests in flight itself, then Jetty closes idle keep-alive
                // connections at once; its own shutdown hook would stop the server without that wait
                server.setStopTimeout(0);
                server.setStopAtShutdown(false);
            });
        });
        javalin.start();
        for (Connector connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setIdleTimeout(config.idleTimeout().toMillis());
            }
        }
        SecunityServer server = new SecunityServer(config, routes, javalin);
        LOG.info("Secunity server listening on {}", server.uri());
        return server;
    }

    /**
     * Returns the base URL, such as {@code http://127.0.0.1:8080/}.
     *
     * @return the URL, ending with a slash, not null
     */
    public URI uri() {
        return uri;
    }

    /**
     * Returns the port the server listens on (the one picked when the configuration said 0), or
     * listened on once stopped.
     *
     * @return the port, 1 to 65535
     */
    public int port() {
        return port;
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration, not null
     */
    public ServerConfig config() {
        return config;
    }

    /**
     * Stops the server gracefully: readiness turns {@code DOWN}, requests in flight finish (up to
     * the stop timeout), then the port is released. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        routes.drain();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.stopTimeout().toMillis());
        while (routes.inFlight() > 0 && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        javalin.stop();
        LOG.info("Secunity server on {} stopped", uri);
    }

    /**
     * Returns the URL.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "SecunityServer[" + uri + "]";
    }
}
