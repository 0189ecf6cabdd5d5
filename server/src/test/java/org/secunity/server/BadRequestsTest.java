package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed request never harms the next one (issue 14): well over a hundred kinds of bad request
 * — bad JSON and YAML, invalid situations, wrong content types and accepts, unknown and bad
 * parameters, bad paths and methods, huge, deep and broken bodies, and broken HTTP — each answered
 * with the right status and an RFC 9457 problem naming what was wrong, and the server still
 * serving after each.
 */
class BadRequestsTest {

    private static final String CASES = "/org/secunity/server/bad-requests.tsv";

    private static SecunityServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = SecunityServer.start(Servers.config().withIdleTimeout(Duration.ofMillis(800))
                .withRequestTimeout(Duration.ofSeconds(2)));
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void the_server_still_serves() {
        assertThat(client.get("/health").status()).isEqualTo(200);
        assertThat(client.get("/v1/practices/13").status()).isEqualTo(200);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(BadRequestsTest.class.getResourceAsStream(CASES))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                cases.add(Arguments.of(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5]));
            }
        }
        return cases.stream();
    }

    @Test
    void there_are_at_least_a_hundred_kinds() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0} {1} [{2}] {3} → {4}")
    @MethodSource("cases")
    void a_bad_request_is_answered_with_a_problem(String method, String target, String contentType, String body,
            int status, String detail) {
        List<String> headers = new ArrayList<>();
        String path = target;
        int bar = target.indexOf('|');
        if (bar >= 0) {
            path = target.substring(0, bar);
            headers.add(target.substring(bar + 1));
        }
        if (!contentType.isEmpty()) {
            headers.add("Content-Type: " + contentType);
        }
        RawHttp.Response r = RawHttp.send(server.uri(), method, path, headers, body(body));
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        if (status == 200) {
            return;
        }
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = Client.JSON.valueToTree(parse(r.body()));
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(detail).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.body()).doesNotContain("<html");
    }

    @Test
    void a_thousand_violations_give_the_first_hundred_and_a_count_of_the_rest() {
        // issue 11: the list of violations is capped in every output
        RawHttp.Response r = RawHttp.send(server.uri(), "POST", "/v1/recommendations",
                List.of("Content-Type: application/json"), body("@manyviolations"));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode problem = Client.JSON.valueToTree(parse(r.body()));
        assertThat(problem.get("violations")).hasSize(100);
        assertThat(problem.get("violations").get(99).get("path").asText()).isEqualTo("$.challenges[99]");
        assertThat(problem.get("omittedViolations").asLong()).isEqualTo(900);
        assertThat(problem.get("detail").asText()).contains("1000 problems: $.challenges[0]: ").endsWith("; … and 900 more");
    }

    private static byte[] body(String spec) {
        switch (spec) {
            case "@2MiB":
                return ("{\"stage\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            case "@deep100":
                return ("{\"goals\":" + "[".repeat(100) + "]".repeat(100) + "}").getBytes(StandardCharsets.UTF_8);
            case "@string200k":
                return ("{\"stage\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case "@array200k":
                return ("{\"adoptedPractices\": [" + "1,".repeat(199_999) + "1]}").getBytes(StandardCharsets.UTF_8);
            case "@badutf8":
                return new byte[] {'{', '"', 's', 't', 'a', 'g', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case "@manyviolations":
                StringBuilder s = new StringBuilder("{\"challenges\": [");
                for (int i = 0; i < 1000; i++) {
                    s.append(i == 0 ? "" : ",").append("\"NOPE").append(i).append('"');
                }
                return s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
            default:
                return spec.replace("\\n", "\n").replace("\\t", "\t").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static Object parse(String json) {
        try {
            return Client.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    // ---- broken HTTP, below the routes

    @Test
    void a_garbage_request_line_is_400_problem() {
        RawHttp.Response r = RawHttp.exchange(server.uri(), "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII), false);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_header_too_large_is_431_problem() {
        RawHttp.Response r = RawHttp.send(server.uri(), "GET", "/health", List.of("X-Big: " + "a".repeat(64 * 1024)),
                new byte[0]);
        assertThat(r.status()).isEqualTo(431);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_declared_length_over_the_limit_is_413_before_the_body_is_sent() {
        String head = "POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{";
        RawHttp.Response r = RawHttp.exchange(server.uri(), head.getBytes(StandardCharsets.US_ASCII), true);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("\"status\":413");
    }

    @Test
    void a_truncated_body_is_answered_or_dropped_without_harm() {
        String head = "POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"stage\":";
        RawHttp.Response r = RawHttp.exchange(server.uri(), head.getBytes(StandardCharsets.US_ASCII), true);
        assertThat(r.status()).isIn(0, 400, 408);
    }

    @Test
    void a_body_that_stalls_is_cut_off_by_the_idle_timeout() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.uri().getHost(), server.port()), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 50\r\n\r\n{\"st").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            RawHttp.Response r = RawHttp.read(socket.getInputStream());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            assertThat(r.status()).isIn(0, 408, 400);
        }
    }

    @Test
    void a_body_that_trickles_is_cut_off_by_the_request_timeout() throws IOException, InterruptedException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.uri().getHost(), server.port()), 5000);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/recommendations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"stage\": \"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < 40 && System.nanoTime() - start < Duration.ofSeconds(8).toNanos(); i++) {
                    Thread.sleep(200);
                    out.write('x');
                    out.flush();
                }
            } catch (IOException closedByServer) {
                // the server gave up on the body: what we wanted
            }
            RawHttp.Response r = RawHttp.read(socket.getInputStream());
            assertThat(r.status()).isIn(0, 408);
        }
    }
}
