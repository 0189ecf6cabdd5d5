package org.secunity.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the JDK's tools on the packaged jar in a child process, for the integration tests. */
final class Processes {

    /** What a child process did. */
    record Result(int status, String out, String err) {}

    private Processes() {}

    /** The shaded app jar, as the build passes it to failsafe. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("secunity.jar", "target/secunity.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after `package`");
        }
        return jar;
    }

    /** The repository root, as the build passes it to failsafe. */
    static Path root() {
        return Path.of(System.getProperty("secunity.root", "..")).toAbsolutePath().normalize();
    }

    /** A tool of the running JDK, such as {@code java} or {@code jshell}. */
    static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /** Runs a command in a directory with a standard input, killing it after a timeout. */
    static Result run(Path directory, String stdin, long timeoutSeconds, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(args).directory(directory.toFile());
        try {
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(args + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
