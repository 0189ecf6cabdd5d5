package org.secunity.serialization.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.secunity.SecunityIOException;

/**
 * The string and file forms of the writers' {@code write(…, Writer)} methods: each public writer
 * writes to a {@link Writer} and gets the other two forms from here.
 */
public final class TextOutput {

    private TextOutput() {}

    /**
     * Returns what a write puts into a writer, as text.
     *
     * @param write writes to the writer it is given
     * @return the text written
     */
    public static String toText(Consumer<Writer> write) {
        StringWriter out = new StringWriter();
        write.accept(out);
        return out.toString();
    }

    /**
     * Writes to a UTF-8 file, replacing it.
     *
     * @param file the file, not null
     * @param write writes to the writer it is given; it may throw {@link SecunityIOException}
     * @throws SecunityIOException if the file cannot be opened, written or closed
     */
    public static void toFile(Path file, Consumer<Writer> write) {
        Objects.requireNonNull(file, "file");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write.accept(out);
        } catch (IOException e) {
            throw new SecunityIOException(file + ": cannot write the file", e);
        }
    }
}
