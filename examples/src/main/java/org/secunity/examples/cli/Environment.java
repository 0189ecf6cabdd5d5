package org.secunity.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What the app takes from its surroundings besides arguments: standard input, the clock (for
 * "today"), and whether standard error is a terminal (for progress lines).
 *
 * @param stdin standard input, read by {@code expand --jsonl -} and {@code recommend --jsonl -}
 * @param clock the clock that says what today is
 * @param stderrIsTerminal whether standard error is a terminal, so that progress lines are shown
 */
public record Environment(InputStream stdin, Clock clock, boolean stderrIsTerminal) {

    /**
     * Checks the components.
     *
     * @param stdin standard input, not null
     * @param clock the clock, not null
     * @param stderrIsTerminal whether standard error is a terminal
     */
    public Environment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * Returns the environment of this process: {@code System.in}, the system clock in the default
     * time zone, and whether file descriptor 2 is a terminal.
     *
     * @return the environment, not null
     */
    public static Environment system() {
        return new Environment(System.in, Clock.systemDefaultZone(), fd2IsTerminal());
    }

    /**
     * Tells whether standard error is a terminal. On Linux this reads where {@code /proc/self/fd/2}
     * points ({@code /dev/pts/…} or {@code /dev/tty…}); elsewhere it falls back to
     * {@code System.console() != null} (standard input and output are a terminal).
     */
    private static boolean fd2IsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the portable guess
        }
        return System.console() != null;
    }
}
