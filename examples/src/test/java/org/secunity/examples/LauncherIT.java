package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/secunity}, the launcher that makes the README's {@code secunity} a real command (issue 10). */
class LauncherIT {

    private static String launcher() {
        return Processes.root().resolve("bin/secunity").toString();
    }

    @Test
    void the_launcher_runs_the_app_with_its_arguments() {
        Processes.jar();
        Processes.Result result = Processes.run(Processes.root(), "", 120, launcher(), "catalog", "communities",
                "--lang", "en");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("10 communities").contains("All-Kansai Cybersecurity Lightning Talks");
    }

    @Test
    void the_launcher_passes_the_exit_status_and_stderr_through() {
        Processes.Result result = Processes.run(Processes.root(), "", 120, launcher(), "catalog", "practises");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("secunity catalog: unknown command 'practises'; "
                + "did you mean 'practices'? (see 'secunity catalog --help')");
    }

    @Test
    void the_launcher_says_how_to_build_the_jar_when_it_is_missing(@TempDir Path checkout) throws IOException {
        Path bin = Files.createDirectories(checkout.resolve("bin"));
        Path copy = Files.copy(Path.of(launcher()), bin.resolve("secunity"), StandardCopyOption.COPY_ATTRIBUTES);
        Processes.Result result = Processes.run(checkout, "", 60, copy.toString(), "tour");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("secunity: " + checkout.toRealPath()
                + "/examples/target/secunity.jar is not built yet; build it with: "
                + "mvn -B -q -DskipTests -pl examples -am package");
    }
}
