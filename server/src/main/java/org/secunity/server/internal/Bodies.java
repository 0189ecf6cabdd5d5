package org.secunity.server.internal;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading request bodies under the server's limits: at most {@code maxBodyBytes} (413 past it,
 * before reading when {@code Content-Length} says so), within the request's deadline (408 past
 * it); a connection that stalls is closed by the connector's idle timeout.
 */
final class Bodies {

    private static final int CHUNK = 8192;

    private Bodies() {}

    /** Fails with 413 when the declared length is over the limit, before anything is read. */
    static void checkDeclaredLength(Context ctx, long maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    /**
     * Reads the whole body.
     *
     * @param deadline the {@link System#nanoTime()} by which the body must have arrived
     * @throws Problem 413 when it is larger than the limit, 408 when it arrives too slowly or
     *     stalls, 400 when it ends before its declared length
     */
    static byte[] read(Context ctx, long maxBytes, long deadline) {
        checkDeclaredLength(ctx, maxBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                checkDeadline(deadline);
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return out.toByteArray();
    }

    /** Fails with 408 once the deadline has passed. */
    static void checkDeadline(long deadline) {
        if (System.nanoTime() - deadline > 0) {
            throw Problem.http(408, "Request Timeout", "the request body did not arrive within the request timeout");
        }
    }

    /** The problem of a body that could not be read: a stall (408) or a broken or truncated body (400). */
    static Problem unreadable(IOException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof java.util.concurrent.TimeoutException) {
                return Problem.http(408, "Request Timeout", "the request body stalled: nothing arrived within the idle "
                        + "timeout");
            }
            cause = cause.getCause();
        }
        return Problem.http(400, "Bad Request", "the request body could not be read: it ended early or broke off ("
                + Media.abbreviate(String.valueOf(e.getMessage())) + ")");
    }

    /** The problem of a body over the limit. */
    static Problem tooLarge(long maxBytes) {
        return Problem.http(413, "Content Too Large", "the request body is larger than the limit of " + maxBytes
                + " bytes").with(o -> o.put("maxBodyBytes", maxBytes));
    }
}
