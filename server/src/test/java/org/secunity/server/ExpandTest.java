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
    void a_recurrence_text_is_answered_as_the_library_answers_it() { // issue 12
        String request = "{\"recurrence\":\"DTSTART;TZID=Asia/Tokyo:20260107T190000\\r\\nRRULE:FREQ=WEEKLY;BYDAY=WE"
                + "\\r\\nEXDATE;TZID=Asia/Tokyo:20260114T190000\",\"limit\":2}";
        Client.Answer a = client.post("/v1/expand", "application/json", request);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().strip()).isEqualTo(
                "{\"occurrences\":[\"2026-01-07T19:00:00+09:00\",\"2026-01-21T19:00:00+09:00\"]}");
        Client.Answer bad = client.post("/v1/expand", "application/json",
                "{\"recurrence\":\"DTSTART:20260107T190000\",\"rrule\":\"FREQ=DAILY\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("detail").asText()).contains("$.rrule: give either \"recurrence\"");
    }

    @Test
    void an_answer_cut_short_by_the_bound_of_work_says_truncated() { // issue 11
        String request = "{\"dtstart\":\"2026-01-01\",\"rrule\":\"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO\","
                + "\"limit\":10000}";
        Client.Answer a = client.post("/v1/expand", "application/json", request);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("occurrences").get(0).asText()).isEqualTo("2044-02-29");
        assertThat(a.json().get("truncated").asText()).startsWith("stopped after 16777216 steps of work (maxSteps)");
    }

    @Test
    void hostile_lines_are_each_answered_in_bounded_time_and_the_next_still_answered() { // issue 11
        List<String> lines = List.of(
                "{\"dtstart\":\"2026-01-01T09:00:00\",\"rrule\":\"FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=1,2,3,4,5,6;"
                        + "BYDAY=MO;BYHOUR=0;BYMINUTE=0;BYSECOND=0\",\"limit\":10000}",
                "{\"dtstart\":\"2026-01-01T09:00:00\",\"rrule\":\"FREQ=SECONDLY;INTERVAL=1000003;BYMONTH=2;BYMONTHDAY=29;"
                        + "BYHOUR=0;BYMINUTE=0;BYSECOND=0\",\"limit\":1}",
                "{\"dtstart\":\"2026-01-05\",\"rrule\":\"FREQ=DAILY\",\"limit\":123456789012345678901}",
                "[".repeat(40) + "]".repeat(40),
                "{\"recurrence\":\"DTSTART;VALUE=DATE:20260101"
                        + "\\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO".repeat(64) + "\",\"limit\":10000}",
                MONTHLY);
        long t0 = System.nanoTime();
        List<String> answers = client.post("/v1/expand", "application/jsonl", String.join("\n", lines) + "\n")
                .body().lines().toList();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(answers).hasSize(6);
        ExpandAnswer sparse = ExpandAnswer.parse(answers.get(0));
        assertThat(sparse.occurrences().size() == 10_000 || sparse.truncated().isPresent()).isTrue();
        assertThat(sparse.occurrences()).isNotEmpty().allMatch(t -> t.endsWith("T00:00:00"));
        assertThat(answers.get(1)).isEqualTo("{\"occurrences\":[\"+2249512-02-29T00:00:00\"]}");
        assertThat(answers.get(2)).startsWith("{\"error\":\"line 3: $.limit: must be in 0..10000");
        assertThat(answers.get(3)).startsWith("{\"error\":\"line 4: $");
        assertThat(answers.get(4)).contains("\"truncated\":\"stopped after 262144 steps of work");
        assertThat(answers.get(5)).isEqualTo(ExpandRequest.parse(MONTHLY).expand().toJson());
    }

    @Test
    void lines_past_the_limit_are_not_read_and_a_last_line_says_so() {
        String body = (MONTHLY + "\n").repeat(60);
        List<String> answers = client.post("/v1/expand", "application/jsonl", body).body().lines().toList();
        assertThat(answers).hasSize(51);
        assertThat(answers.get(50)).contains("line 51: more than 50 lines in one request");
    }
}
