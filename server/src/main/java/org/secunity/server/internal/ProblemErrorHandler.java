package org.secunity.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Jetty's answer to what never reaches the routes (a malformed request line, a header too large,
 * a bad URI encoding): an RFC 9457 problem too, never Jetty's HTML error page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** Creates the handler. */
    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, @Nullable String message,
            @Nullable Throwable cause, Callback callback) {
        byte[] body = body(code, message, request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static byte[] body(int code, @Nullable String message, @Nullable String path) {
        String phrase = HttpStatus.getMessage(code);
        String detail = message == null || message.isBlank() || message.equals(phrase)
                ? "the server could not handle the request as sent: " + phrase.toLowerCase(java.util.Locale.ROOT)
                : Media.abbreviate(message);
        Problem problem = Problem.http(code, phrase, detail);
        return Json.write(problem.document(path == null ? "/" : path)).getBytes(StandardCharsets.UTF_8);
    }
}
