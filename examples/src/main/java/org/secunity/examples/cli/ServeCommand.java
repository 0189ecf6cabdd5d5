package org.secunity.examples.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.secunity.SecunityException;
import org.secunity.server.SecunityServer;
import org.secunity.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code secunity serve}: the HTTP API, calendar feeds and the organizers' page. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Run Secunity as a service: the HTTP API over the catalog, the matcher and the recurrence engine "
                    + "(the same JSON as the other commands), subscribable calendar feeds, and a page for "
                    + "organizers at /. Logs one line with the URL when ready; stops gracefully on SIGTERM or "
                    + "Ctrl-C (requests in flight finish). Stateless: run as many as you like behind a load balancer.%n",
            "Endpoints: GET /health, /v1/catalog, /v1/practices[?tag&challenge&community], /v1/practices/{n}, "
                    + "/v1/communities[/{id}], /v1/communities/{id}/calendar.ics, /v1/holidays/JP?from&to, "
                    + "/v1/rules/describe?rule&lang, /v1/openapi.json; POST /v1/recommendations[?top&explain&lang], "
                    + "POST /v1/expand. Errors are application/problem+json. See docs/server.md."
        })
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "The address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    private String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
    private int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "The largest request body; larger ones get 413. Default: ${DEFAULT-VALUE} (1 MiB).")
    private long maxBodyBytes = ServerConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a request may wait for a worker slot and take to send its body (then 503 or "
                    + "408). Default: ${DEFAULT-VALUE}.")
    private long requestTimeout = ServerConfig.DEFAULT_REQUEST_TIMEOUT.toSeconds();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "A connection that sends nothing for this long (a stalled body) is closed. "
                    + "Default: ${DEFAULT-VALUE}.")
    private long idleTimeout = ServerConfig.DEFAULT_IDLE_TIMEOUT.toSeconds();

    @Option(names = "--max-concurrent-work", paramLabel = "N",
            description = "Expensive requests (recommendations, expansions, feeds, the page) computed at once; "
                    + "others wait up to the request timeout. Default: twice the processors.")
    private int maxConcurrentWork = ServerConfig.defaults().maxConcurrentWork();

    @Option(names = "--max-json-lines", paramLabel = "N", defaultValue = "10000",
            description = "Lines of one JSON lines request to /v1/expand. Default: ${DEFAULT-VALUE}.")
    private int maxJsonLines = ServerConfig.DEFAULT_MAX_JSON_LINES;

    @Option(names = "--max-top", paramLabel = "N", defaultValue = "1000",
            description = "The largest top of a recommendation. Default: ${DEFAULT-VALUE}.")
    private int maxTop = ServerConfig.DEFAULT_MAX_TOP;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let browser apps of this origin (such as https://portal.example.org, or * for any) "
                    + "call the API (repeatable). Default: CORS off.")
    private List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long stopping waits for requests in flight. Default: ${DEFAULT-VALUE}.")
    private long stopTimeout = ServerConfig.DEFAULT_STOP_TIMEOUT.toSeconds();

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    /** Creates the command; picocli calls this. */
    public ServeCommand() {}

    /**
     * Serves until the process is stopped.
     *
     * @return 0 once stopped
     * @throws BadInputException if a limit is out of range or the address cannot be bound
     * @throws InterruptedException if the waiting thread is interrupted
     */
    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            config = ServerConfig.defaults()
                    .withHost(host)
                    .withPort(port)
                    .withCatalog(catalogOption.catalog())
                    .withMaxBodyBytes(maxBodyBytes)
                    .withRequestTimeout(Duration.ofSeconds(requestTimeout))
                    .withIdleTimeout(Duration.ofSeconds(idleTimeout))
                    .withMaxConcurrentWork(maxConcurrentWork)
                    .withMaxJsonLines(maxJsonLines)
                    .withMaxTop(maxTop)
                    .withCorsOrigins(corsOrigins)
                    .withStopTimeout(Duration.ofSeconds(stopTimeout));
        } catch (SecunityException e) {
            throw new BadInputException(String.valueOf(e.getMessage()));
        }
        SecunityServer server;
        try {
            server = SecunityServer.start(config);
        } catch (RuntimeException e) {
            if (e instanceof SecunityException) {
                throw e;
            }
            throw new BadInputException("cannot listen on " + host + ":" + port + ": " + Errors.oneLine(
                    String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "secunity-serve-shutdown"));
        stopped.await();
        return 0;
    }
}
