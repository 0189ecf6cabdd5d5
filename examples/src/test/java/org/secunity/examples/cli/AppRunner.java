package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;

/** Runs the app in-process with a fixed clock, given standard input, and captured output. */
final class AppRunner {

    /** 2026-01-05, a Monday, at noon in Tokyo. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    /** What one run gave. */
    record Result(int status, String out, String err) {

        /** The lines of stderr. */
        List<String> errLines() {
            return err.lines().toList();
        }

        /** The lines of stdout. */
        List<String> outLines() {
            return out.lines().toList();
        }

        /** Stdout read as one JSON document. */
        JsonNode json() {
            return AppRunner.json(out);
        }

        /**
         * Asserts that the run refused its input as the app does: exit status 2 and one line on
         * stderr; returns an assertion on that line.
         */
        AbstractStringAssert<?> assertBadInput() {
            assertThat(status).as("exit status; stderr: %s", err).isEqualTo(2);
            return assertThat(errLines()).singleElement().asString();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AppRunner() {}

    /** Reads a JSON document, such as one line of JSON lines output. */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result run(String... args) {
        return runWithInput("", args);
    }

    static Result runWithInput(String stdin, String... args) {
        return runIn(new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), CLOCK, false),
                args);
    }

    static Result runIn(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SecunityApp.commandLine(environment, new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
