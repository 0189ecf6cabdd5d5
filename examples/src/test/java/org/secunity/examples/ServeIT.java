package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code secunity serve} from the packaged jar (issue 14): one log line with the URL when ready,
 * answers, and a graceful stop on SIGTERM.
 */
class ServeIT {

    private static final Pattern READY = Pattern.compile("Secunity server listening on (http://\\S+)");

    @Test
    void serve_logs_its_url_once_ready_answers_and_stops_gracefully_on_sigterm() throws Exception {
        Process process = new ProcessBuilder(Processes.tool("java"), "-jar", Processes.jar().toString(), "serve",
                "--port", "0").directory(Processes.root().toFile()).start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
                try {
                    return String.valueOf(err.readLine());
                } catch (IOException e) {
                    return e.toString();
                }
            });
            String line = firstLine.get(120, TimeUnit.SECONDS);
            Matcher ready = READY.matcher(line);
            assertThat(ready.find()).as(line).isTrue();
            URI base = URI.create(ready.group(1));

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> rest = new ArrayList<>(err.lines().toList());
            assertThat(rest).anyMatch(l -> l.contains("stopped"));
            assertThat(String.join("\n", rest)).doesNotContain("Exception");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void a_bad_limit_is_exit_2_with_one_line() throws Exception {
        Processes.Result result = Processes.run(Processes.root(), "", 120, Processes.tool("java"), "-jar",
                Processes.jar().toString(), "serve", "--max-top", "0");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("secunity serve: maxTop must be from 1 to 100000, but was 0");
    }
}
