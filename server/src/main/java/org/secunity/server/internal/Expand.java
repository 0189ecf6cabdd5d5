package org.secunity.server.internal;

import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.secunity.SecunityDataException;
import org.secunity.serialization.ExpandAnswer;
import org.secunity.serialization.ExpandRequest;
import org.secunity.server.ServerConfig;

/**
 * {@code POST /v1/expand}: the library's {@link ExpandRequest}, read and answered as the
 * command line's {@code expand --jsonl} does.
 *
 * <ul>
 *   <li>{@code application/json}: one request object (under the body limit); its answer
 *       {@code {"occurrences":[…]}}, or a 422 problem with the answer's error as detail;
 *   <li>{@code application/jsonl} or {@code application/x-ndjson}: JSON lines in, one answer line
 *       per input line out, in order, streamed in constant memory and flushed as they come; a bad
 *       line is answered in-band with {@code {"error":"line N: …"}}. Lines longer than
 *       {@value #MAX_LINE_LENGTH} characters are answered with an error without being buffered;
 *       after {@link ServerConfig#maxJsonLines()} lines, or once the request timeout has passed,
 *       a last error line says so and the rest is not read.
 * </ul>
 */
final class Expand {

    /** The longest line read, in characters, as the command line's. */
    static final int MAX_LINE_LENGTH = 100_000;

    private static final int FLUSH_EVERY = 64;

    private final ServerConfig config;
    private final Gate gate;

    Expand(ServerConfig config, Gate gate) {
        this.config = config;
        this.gate = gate;
    }

    /** {@code POST /v1/expand}. */
    void handle(Context ctx, long deadline) {
        Params.allowOnly(ctx);
        Media.BodyType type = Media.bodyType(ctx, Media.Body.JSON_OR_LINES);
        if (type.jsonLines()) {
            String answerType = Media.negotiate(ctx, type.mediaType(),
                    Media.JSONL.equals(type.mediaType()) ? "application/x-ndjson" : Media.JSONL);
            gate.run(deadline, () -> {
                stream(ctx, answerType, deadline);
                return answerType;
            });
            return;
        }
        Api.json(ctx);
        Bodies.checkDeclaredLength(ctx, config.maxBodyBytes());
        String answer = gate.run(deadline, () -> {
            String body = new String(Bodies.read(ctx, config.maxBodyBytes(), deadline), StandardCharsets.UTF_8);
            ExpandAnswer expanded;
            try {
                expanded = ExpandRequest.parse(body).expand();
            } catch (SecunityDataException e) {
                throw Problem.of(e);
            }
            if (expanded.isError()) {
                throw Problem.of(422, "invalid-request", "Request that cannot be answered",
                        expanded.error().orElseThrow());
            }
            return expanded.toJson();
        });
        ctx.result(answer + "\n");
    }

    private void stream(Context ctx, String answerType, long deadline) {
        ctx.status(200);
        ctx.contentType(answerType + "; charset=utf-8");
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(ctx.req().getInputStream(),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)));
            OutputStream out = ctx.res().getOutputStream();
            StringBuilder line = new StringBuilder();
            long number = 0;
            while (true) {
                boolean tooLong = false;
                line.setLength(0);
                int c = in.read();
                if (c == -1) {
                    break;
                }
                while (c != -1 && c != '\n') {
                    if (line.length() <= MAX_LINE_LENGTH) {
                        line.append((char) c);
                    } else {
                        tooLong = true;
                    }
                    c = in.read();
                }
                number++;
                if (number > config.maxJsonLines()) {
                    write(out, ExpandAnswer.errorLine(number, "more than " + config.maxJsonLines()
                            + " lines in one request; the rest was not read"));
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    write(out, ExpandAnswer.errorLine(number, "the request timeout passed; this line and the rest "
                            + "were not read"));
                    break;
                }
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                tooLong = tooLong || line.length() > MAX_LINE_LENGTH;
                write(out, tooLong ? ExpandAnswer.errorLine(number, "longer than " + MAX_LINE_LENGTH + " characters")
                        : ExpandAnswer.answerLine(line, number));
                if (number % FLUSH_EVERY == 0 || !in.ready()) {
                    out.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw Bodies.unreadable(e);
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
