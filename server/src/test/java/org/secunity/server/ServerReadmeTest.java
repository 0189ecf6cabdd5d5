package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md's "Run as a service" true: its {@code console} block is run line by line with
 * the real curl in bash, from the repository's root, against a running server, and every line of
 * output must be what the README shows.
 */
class ServerReadmeTest {

    private static final Path ROOT = Path.of("..");
    private static final String MARK = "@@readme-command@@";

    @Test
    void the_run_as_a_service_examples_print_what_the_readme_says() throws IOException, InterruptedException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Run as a service");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        assertThat(section).contains("java -jar examples/target/secunity.jar serve --port 8080");
        String block = section.substring(section.indexOf("```console\n") + "```console\n".length());
        block = block.substring(0, block.indexOf("```"));

        List<String> commands = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (String line : block.lines().toList()) {
            if (line.startsWith("$ ")) {
                commands.add(line.substring(2));
                expected.add(new ArrayList<>());
            } else {
                expected.get(expected.size() - 1).add(line);
            }
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(8);

        try (SecunityServer server = Servers.start()) {
            StringBuilder script = new StringBuilder("set -u\n");
            for (String command : commands) {
                script.append("echo '").append(MARK).append("'\n")
                        .append(command.replace("127.0.0.1:8080", "127.0.0.1:" + server.port())).append('\n');
            }
            Process bash = new ProcessBuilder("bash", "-c", script.toString()).directory(ROOT.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String[] parts = output.split(MARK + "\n", -1);
            assertThat(parts).hasSize(commands.size() + 1);
            for (int i = 0; i < commands.size(); i++) {
                assertThat(parts[i + 1].lines().toList()).as("$ %s", commands.get(i)).isEqualTo(expected.get(i));
            }
        }
    }
}
