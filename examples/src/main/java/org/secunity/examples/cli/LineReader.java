package org.secunity.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines of at most a fixed length, in constant memory: a longer line is skipped to its end
 * and reported as too long, rather than buffered whole. A line ends with {@code \n}, {@code \r\n}
 * or a lone {@code \r} (old Mac files); a byte-order mark at the very start of the input is skipped,
 * as documents skip it. Not thread-safe.
 */
final class LineReader {

    /** What was read: the line's text, or that it was too long. */
    record Line(String text, boolean tooLong) {}

    private final Reader in;
    private final int maxLength;
    private final StringBuilder buffer = new StringBuilder();
    private boolean started;
    /** A character read ahead after a lone {@code \r}, or -2 for none. */
    private int pending = -2;

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    /** Returns the next line, or null at the end of the input. */
    @Nullable Line next() {
        buffer.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        try {
            int c;
            while ((c = read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pending = after;
                    }
                    break;
                }
                if (buffer.length() < maxLength + 1) {
                    buffer.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (!any) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tooLong = tooLong || buffer.length() > maxLength;
        return new Line(tooLong ? "" : buffer.toString(), tooLong);
    }
}
