package org.secunity.serialization;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;

/**
 * Static shortcuts for reading and writing YAML documents with the default options: the same as
 * {@link SecunityMapper#yaml()}.
 *
 * <p>See {@link SecunityMapper} for the wire format, the error reporting and the limits; use
 * {@code SecunityMapper.yaml().withOptions(…)} for other limits or to ignore unknown properties.
 *
 * <pre>{@code
 * Community c = SecunityYaml.read(Community.class, Path.of("community.yaml"));
 * String yaml = SecunityYaml.write(c);
 * }</pre>
 *
 * @deprecated since 0.2.0: start from {@link SecunityMapper}, which does the same and more (other
 *     limits, unknown properties ignored, wire types bound to a catalog):
 *     {@code SecunityYaml.read(type, text)} is {@code SecunityMapper.yaml().read(type, text)} and
 *     {@code SecunityYaml.write(value)} is {@code SecunityMapper.yaml().write(value)}. Whole catalogs by file
 *     extension are {@link Catalogs}, situation documents {@link Situations}.
 */
@Deprecated(since = "0.2.0")
public final class SecunityYaml {

    private SecunityYaml() {}

    /**
     * Reads a value from text.
     *
     * @param <T> the model type
     * @param type the model class, not null; see {@link WireType#of(Class)}
     * @param text the document, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule; it
     *     lists every violation found, with its JSON path, line and column
     * @throws SecunityException if the class has no wire form
     */
    public static <T> T read(Class<T> type, String text) {
        return SecunityMapper.yaml().read(type, text);
    }

    /**
     * Reads a value from a UTF-8 file, whose path names the source in errors.
     *
     * @param <T> the model type
     * @param type the model class, not null
     * @param file the file, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     * @throws SecunityIOException if the file cannot be read
     */
    public static <T> T read(Class<T> type, Path file) {
        return SecunityMapper.yaml().read(type, file);
    }

    /**
     * Reads a value from a reader, which is not closed.
     *
     * @param <T> the model type
     * @param type the model class, not null
     * @param in the reader, not null
     * @param source the file or resource name for errors, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     */
    public static <T> T read(Class<T> type, Reader in, String source) {
        return SecunityMapper.yaml().read(type, in, source);
    }

    /**
     * Reads a value from a UTF-8 byte stream, which is not closed.
     *
     * @param <T> the model type
     * @param type the model class, not null
     * @param in the stream, not null
     * @param source the file or resource name for errors, not null
     * @return the value, not null
     * @throws SecunityDataException if the bytes are not UTF-8, or the document is malformed or
     *     breaks a limit or rule
     */
    public static <T> T read(Class<T> type, InputStream in, String source) {
        return SecunityMapper.yaml().read(type, in, source);
    }

    /**
     * Reads a value of a wire type (a grounded value, a list) from text.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param text the document, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     */
    public static <T> T read(WireType<T> type, String text) {
        return SecunityMapper.yaml().read(type, text);
    }

    /**
     * Writes a value as a document.
     *
     * @param value the value, not null: an instance of a core value type
     * @return the document, not null
     * @throws SecunityException if the value's type has no wire form
     */
    public static String write(Object value) {
        return SecunityMapper.yaml().write(value);
    }

    /**
     * Writes a value of a wire type (a list, for example) as a document.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param value the value, not null
     * @return the document, not null
     */
    public static <T> String write(WireType<T> type, T value) {
        return SecunityMapper.yaml().write(type, value);
    }

    /**
     * Writes a value to a writer, which is flushed but not closed.
     *
     * @param value the value, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     * @throws SecunityException if the value's type has no wire form
     */
    public static void write(Object value, Writer out) {
        SecunityMapper.yaml().write(value, out);
    }

    /**
     * Writes a value to a UTF-8 file, replacing it.
     *
     * @param value the value, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     * @throws SecunityException if the value's type has no wire form
     */
    public static void write(Object value, Path file) {
        SecunityMapper.yaml().write(value, file);
    }
}
