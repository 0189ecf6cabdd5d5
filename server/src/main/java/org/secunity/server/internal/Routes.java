package org.secunity.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.server.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the server, registered in one place, and the mapping of every failure to an
 * RFC 9457 problem: handlers throw {@link Problem}s or library exceptions, and this class writes
 * them; nothing else reaches the client (never a stack trace, never an HTML error page).
 */
public final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final String STARTED = "secunity.started";

    private final ServerConfig config;
    private final Api api;
    private final Expand expand;
    private final Page page;
    private final Lazy<byte[]> openApi;
    private final Assets assets;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * Prepares the routes of a configuration: reads the catalog and computes the documents that
     * never change.
     *
     * @param config the configuration
     */
    public Routes(ServerConfig config) {
        this.config = config;
        Catalog catalog = config.catalog();
        Gate gate = new Gate(config.maxConcurrentWork());
        this.api = new Api(config, catalog, gate);
        this.expand = new Expand(config, gate);
        this.page = new Page(config, catalog, api.matcher(), gate);
        this.openApi = new Lazy<>(() -> OpenApi.document().getBytes(StandardCharsets.UTF_8));
        this.assets = new Assets();
    }

    /**
     * Registers the routes, handlers and limits on a Javalin configuration.
     *
     * @param javalin the configuration
     */
    public void register(JavalinConfig javalin) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.http.maxRequestSize = config.maxBodyBytes();
        javalin.http.prefer405over404 = true;
        javalin.router.ignoreTrailingSlashes = false;
        if (!config.corsOrigins().isEmpty()) {
            javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                if (config.corsOrigins().contains("*")) {
                    rule.anyHost();
                } else {
                    String first = config.corsOrigins().get(0);
                    rule.allowHost(first, config.corsOrigins().subList(1, config.corsOrigins().size())
                            .toArray(String[]::new));
                }
                rule.exposeHeader("ETag");
            }));
        }
        javalin.routes.before(ctx -> {
            inFlight.incrementAndGet();
            ctx.attribute(STARTED, System.nanoTime());
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        javalin.routes.after(ctx -> inFlight.decrementAndGet());

        javalin.routes.get("/health", this::health);
        javalin.routes.get("/v1/openapi.json", ctx -> {
            Params.allowOnly(ctx);
            Media.negotiate(ctx, Media.JSON, "application/vnd.oai.openapi+json");
            ctx.contentType(Media.JSON + "; charset=utf-8");
            ctx.result(openApi.get());
        });
        javalin.routes.get("/v1/catalog", api::catalog);
        javalin.routes.get("/v1/practices", api::practices);
        javalin.routes.get("/v1/practices/{n}", api::practice);
        javalin.routes.get("/v1/communities", api::communities);
        javalin.routes.get("/v1/communities/{id}", api::community);
        javalin.routes.get("/v1/communities/{id}/calendar.ics", timed(api::calendar));
        javalin.routes.get("/v1/holidays/{country}", api::holidays);
        javalin.routes.get("/v1/rules/describe", api::describe);
        javalin.routes.post("/v1/recommendations", timed(api::recommendations));
        javalin.routes.post("/v1/expand", timed(expand::handle));
        javalin.routes.get("/", timed(page::render));
        javalin.routes.get("/assets/{name}", assets::serve);

        javalin.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
        javalin.routes.exception(SecunityException.class, (e, ctx) -> problem(ctx, Problem.of(e)));
        javalin.routes.exception(HttpResponseException.class, (e, ctx) -> {
            String allowed = e.getDetails().get("availableMethods");
            if (e.getStatus() == 405 && allowed != null) {
                ctx.header("Allow", allowed.replaceAll("[\\[\\]]", ""));
            }
            problem(ctx, http(e));
        });
        javalin.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            problem(ctx, Problem.http(500, "Internal Server Error",
                    "an internal error; it is logged on the server, please report it"));
        });
    }

    /** A handler that is given the request's deadline. */
    interface TimedHandler {
        void handle(Context ctx, long deadline) throws Exception;
    }

    private Handler timed(TimedHandler handler) {
        return ctx -> {
            Long started = ctx.attribute(STARTED);
            long start = started == null ? System.nanoTime() : started;
            handler.handle(ctx, start + TimeUnit.MILLISECONDS.toNanos(config.requestTimeout().toMillis()));
        };
    }

    private void health(Context ctx) {
        Params.allowOnly(ctx);
        Api.json(ctx);
        ObjectNode root = Json.MAPPER.createObjectNode();
        boolean up = !draining.get();
        root.put("status", up ? "UP" : "DOWN");
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("communities", api.catalog().communities().size());
        catalog.put("practices", api.catalog().practices().size());
        ctx.status(up ? 200 : 503);
        ctx.result(Json.write(root));
    }

    private static Problem http(HttpResponseException e) {
        int status = e.getStatus();
        switch (status) {
            case 404:
                return Problem.http(404, "Not Found", "no such resource; see /v1/openapi.json for the API");
            case 405:
                return Problem.http(405, "Method Not Allowed", "this resource does not take that method; see "
                        + "/v1/openapi.json for the API");
            case 413:
                return Problem.http(413, "Content Too Large", "the request body is larger than the limit");
            default:
                return Problem.http(status, String.valueOf(e.getMessage()), String.valueOf(e.getMessage()));
        }
    }

    /** Writes a problem as the response. */
    static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.header("Cache-Control", "no-store");
        if (problem.status() == 503) {
            ctx.header("Retry-After", "1");
        }
        ctx.result(Json.write(problem.document(ctx.path())));
    }

    /** Turns the readiness check to DOWN, for a graceful stop. */
    public void drain() {
        draining.set(true);
    }

    /**
     * Returns the number of requests being handled.
     *
     * @return the count, at least 0
     */
    public int inFlight() {
        return inFlight.get();
    }
}
