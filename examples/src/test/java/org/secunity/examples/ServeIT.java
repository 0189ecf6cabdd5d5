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
            List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<String> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = err.readLine(); l != null; l = err.readLine()) {
                        lines.add(l);
                        ready.complete(l);
                    }
                } catch (IOException e) {
                    ready.complete(e.toString());
                }
                ready.complete("(no output)");
            });
            reader.start();
            String line = ready.get(120, TimeUnit.SECONDS);
            Matcher matcher = READY.matcher(line);
            assertThat(matcher.find()).as(line).isTrue();
            URI base = URI.create(matcher.group(1));

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");

            // SIGTERM by kill(1): Process.destroy() would also close our end of the process's streams
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start()
                    .waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            assertThat(lines).as("the server's log").hasSize(2);
            assertThat(lines.get(1)).contains("stopped");
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
