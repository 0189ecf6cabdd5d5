package org.secunity.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines of at most a fixed length, in constant memory: a longer line is skipped to its end
 * and reported as too long, rather than buffered whole. Lines end with {@code \n}; a {@code \r}
 * before it is dropped. Not thread-safe.
 */
final class LineReader {

    /** What was read: the line's text, or that it was too long. */
    record Line(String text, boolean tooLong) {}

    private final Reader in;
    private final int maxLength;
    private final StringBuilder buffer = new StringBuilder();

    LineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** Returns the next line, or null at the end of the input. */
    @Nullable Line next() {
        buffer.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        try {
            int c;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
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
        int length = buffer.length();
        if (length > 0 && buffer.charAt(length - 1) == '\r') {
            buffer.setLength(length - 1);
        }
        tooLong = tooLong || buffer.length() > maxLength;
        return new Line(tooLong ? "" : buffer.toString(), tooLong);
    }
}
