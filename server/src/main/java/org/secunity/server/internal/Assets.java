package org.secunity.server.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's style sheet and script, read once from the module's resources and served with a
 * day of caching.
 */
final class Assets {

    private static final String ROOT = "/org/secunity/server/assets/";

    private record Asset(String contentType, byte[] bytes, String etag) {}

    private final Map<String, Asset> assets = Map.of(
            "page.css", load("page.css", "text/css; charset=utf-8"),
            "page.js", load("page.js", "text/javascript; charset=utf-8"));

    private static Asset load(String name, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + name);
            }
            byte[] bytes = in.readAllBytes();
            return new Asset(contentType, bytes, Feed.etag(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /assets/{name}}. */
    void serve(Context ctx) {
        Params.allowOnly(ctx);
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            throw Problem.http(404, "Not Found", "no such asset; there are " + String.join(", ",
                    new java.util.TreeSet<>(assets.keySet())));
        }
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType());
        ctx.result(asset.bytes());
    }
}
