package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.serialization.Format;
import org.secunity.serialization.ReadOptions;

/** Reads and writes whole documents with a codec: the boundary where every problem becomes one exception. */
public final class Documents {

    private Documents() {}

    /**
     * Reads a document.
     *
     * @param <T> the value's type
     * @param codec the root codec
     * @param in the text; not closed
     * @param source the file or resource name for the exception, or null
     * @param format the format
     * @param options the limits and strictness
     * @return the value
     * @throws SecunityDataException with every violation found, naming the source
     */
    public static <T> T read(Codec<T> codec, Reader in, @Nullable String source, Format format, ReadOptions options) {
        ViolationList violations = new ViolationList();
        T value;
        try {
            Node root = TreeReader.read(in, format, options, violations);
            value = codec.decode(root, Paths.ROOT, new DecodeContext(options, violations));
        } catch (SecunityDataException e) {
            violations.addAll(e);
            throw violations.toException(source, e.getCause());
        } catch (StackOverflowError e) {
            throw new SecunityDataException(source, List.of(new Violation(Paths.ROOT,
                    "the document is nested too deeply to read")), null);
        }
        if (!violations.isEmpty() || value == null) {
            if (violations.isEmpty()) {
                violations.add(new Violation(Paths.ROOT, "the document could not be read"));
            }
            throw violations.toException(source, null);
        }
        return value;
    }

    /**
     * Writes a value as compact JSON on one line, without a line break: a line of JSON lines.
     *
     * @param <T> the value's type
     * @param codec the root codec
     * @param value the value
     * @return the JSON text
     */
    public static <T> String compactJson(Codec<T> codec, T value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JacksonFactories.compactGenerator(out)) {
            codec.encode(value, generator);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return out.toString();
    }

    /**
     * Writes a document, followed by a line break.
     *
     * @param <T> the value's type
     * @param codec the root codec
     * @param value the value
     * @param out the writer; flushed, not closed
     * @param format the format
     * @throws IOException if writing fails
     */
    public static <T> void write(Codec<T> codec, T value, Writer out, Format format) throws IOException {
        write(codec, value, JacksonFactories.generator(format, out), format);
    }

    /**
     * Writes a document in UTF-8 to a byte stream, followed by a line break: what
     * {@link #write(Codec, Object, Writer, Format)} writes, without decoding through characters.
     *
     * @param <T> the value's type
     * @param codec the root codec
     * @param value the value
     * @param out the stream; flushed, not closed
     * @param format the format
     * @throws IOException if writing fails
     */
    public static <T> void write(Codec<T> codec, T value, OutputStream out, Format format) throws IOException {
        write(codec, value, JacksonFactories.generator(format, out), format);
    }

    /** Writes the value and, for JSON, a line break; closing the generator flushes its target without closing it. */
    private static <T> void write(Codec<T> codec, T value, JsonGenerator generator, Format format) throws IOException {
        try (generator) {
            codec.encode(value, generator);
            if (format == Format.JSON) {
                generator.writeRaw('\n');
            }
        }
    }
}
