package org.secunity.examples.cli;

import java.io.PrintWriter;

/**
 * A progress line on stderr for long batch runs: {@code expand: 12,345 lines, 2 errors},
 * rewritten in place at most four times a second and ended with a line break.
 *
 * <p>Shown only when standard error is a terminal or {@code --progress} is given, so that
 * pipelines and log files stay clean. Not thread-safe: one per run.
 */
final class Progress implements AutoCloseable {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final String what;
    private long items;
    private long errors;
    private long lastShown;
    private boolean shown;

    private Progress(PrintWriter err, boolean enabled, String what) {
        this.err = err;
        this.enabled = enabled;
        this.what = what;
        this.lastShown = System.nanoTime();
    }

    /** Starts a progress line; {@code what} names the command, such as {@code expand}. */
    static Progress start(PrintWriter err, boolean enabled, String what) {
        return new Progress(err, enabled, what);
    }

    /** Counts one item, and one error when {@code failed}. */
    void step(boolean failed) {
        items++;
        if (failed) {
            errors++;
        }
        if (enabled) {
            long now = System.nanoTime();
            if (now - lastShown >= INTERVAL_NANOS || !shown) {
                show("");
                lastShown = now;
            }
        }
    }

    /** Returns how many items were counted. */
    long items() {
        return items;
    }

    /** Returns how many of them failed. */
    long errors() {
        return errors;
    }

    private void show(String suffix) {
        err.print(String.format("\r%s: %,d %s, %,d %s%s", what, items, items == 1 ? "line" : "lines", errors,
                errors == 1 ? "error" : "errors", suffix));
        err.flush();
        shown = true;
    }

    /** Prints the final count and a line break, if progress is shown. */
    @Override
    public void close() {
        if (enabled) {
            show(", done");
            err.println();
            err.flush();
        }
    }
}
