package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.secunity.serialization.ExpandAnswer;
import org.secunity.serialization.ExpandRequest;

/** {@code POST /v1/expand} answers as the library's expand API, one object or JSON lines. */
class ExpandTest {

    private static final String MONTHLY = "{\"dtstart\":\"1997-09-02T09:00:00\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2WE\",\"limit\":3}";

    private static SecunityServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = SecunityServer.start(Servers.config().withMaxJsonLines(50).withRequestTimeout(Duration.ofSeconds(20)));
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void one_request_object_is_answered_with_the_library_s_answer() {
        Client.Answer a = client.post("/v1/expand", "application/json", MONTHLY);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().strip()).isEqualTo(ExpandRequest.parse(MONTHLY).expand().toJson());
        assertThat(a.json().get("occurrences")).hasSize(3);
    }

    @Test
    void a_request_the_library_cannot_answer_is_a_problem_with_its_message() {
        String cadence = "{\"dtstart\":\"2026-01-01\",\"cadence\":\"年2回程度\"}";
        Client.Answer a = client.post("/v1/expand", "application/json", cadence);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("detail").asText()).isEqualTo(ExpandAnswer.answer(cadence).error().orElseThrow());
    }

    @Test
    void json_lines_are_answered_line_by_line_as_the_command_line_answers_them() {
        List<String> lines = List.of(MONTHLY, "{\"dtstart\":\"2026-01-01\",\"cadence\":\"毎週月曜日\",\"holidays\":\"JP\",\"limit\":2}",
                "{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=MONTHLY;BYDAY=2XX\"}", "not json", "");
        Client.Answer a = client.post("/v1/expand", "application/x-ndjson", String.join("\n", lines) + "\n");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/x-ndjson");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            expected.add(ExpandAnswer.answerLine(lines.get(i), i + 1));
        }
        assertThat(a.body().lines().toList()).isEqualTo(expected);
    }

    @Test
    void a_line_too_long_is_answered_with_an_error_and_the_next_still_answered() {
        String body = "{\"dtstart\":\"" + "9".repeat(150_000) + "\"}\n" + MONTHLY + "\n";
        List<String> answers = client.post("/v1/expand", "application/jsonl", body).body().lines().toList();
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0)).isEqualTo(ExpandAnswer.errorLine(1, "longer than 100000 characters"));
        assertThat(answers.get(1)).isEqualTo(ExpandRequest.parse(MONTHLY).expand().toJson());
    }

    @Test
    void lines_past_the_limit_are_not_read_and_a_last_line_says_so() {
        String body = (MONTHLY + "\n").repeat(60);
        List<String> answers = client.post("/v1/expand", "application/jsonl", body).body().lines().toList();
        assertThat(answers).hasSize(51);
        assertThat(answers.get(50)).contains("line 51: more than 50 lines in one request");
    }
}
