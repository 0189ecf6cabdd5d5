package org.secunity.serialization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.serialization.internal.Documents;
import org.secunity.serialization.internal.TextOutput;

/**
 * Reads and writes the Secunity model as JSON or YAML documents.
 *
 * <p>Reading is strict and safe for untrusted input. Values are decoded by hand-written codecs,
 * never by reflection, so a document can name no Java type. Every problem of a document (malformed
 * text, a wrong type, a missing or unknown property, an unknown enum value, a duplicate key, a
 * broken model rule) is reported in one {@link SecunityDataException} that names the source and,
 * for each violation, the JSON path, the problem, and the line and column:
 * {@code catalog.json: $.practices[3].effectTags[0]: "FOO" is not a valid EffectTag for
 * effectTags; allowed values: … (line 41, column 9)}. Limits come from {@link ReadOptions}.
 *
 * <p>Writing produces the documents of {@code docs/catalog-format.md}: camelCase keys, enum IDs,
 * ISO-8601 dates, RRULE text; optional values left out, lists always written. Reading what was
 * written gives back an equal value. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * SecunityMapper yaml = SecunityMapper.yaml();
 * Practice p = yaml.read(Practice.class, Path.of("practice.yaml"));
 * String json = SecunityMapper.json().write(p);
 * }</pre>
 */
public final class SecunityMapper {

    private static final SecunityMapper JSON = new SecunityMapper(Format.JSON, ReadOptions.defaults());
    private static final SecunityMapper YAML = new SecunityMapper(Format.YAML, ReadOptions.defaults());

    private final Format format;
    private final ReadOptions options;

    private SecunityMapper(Format format, ReadOptions options) {
        this.format = format;
        this.options = options;
    }

    /**
     * Returns the JSON mapper with the default options.
     *
     * @return the mapper, not null
     */
    public static SecunityMapper json() {
        return JSON;
    }

    /**
     * Returns the YAML mapper with the default options.
     *
     * @return the mapper, not null
     */
    public static SecunityMapper yaml() {
        return YAML;
    }

    /**
     * Returns the mapper of a format with the default options.
     *
     * @param format the format, not null
     * @return the mapper, not null
     */
    public static SecunityMapper of(Format format) {
        return Objects.requireNonNull(format, "format") == Format.JSON ? JSON : YAML;
    }

    /**
     * Returns a mapper of the same format with other options.
     *
     * @param options the options, not null
     * @return the mapper, not null
     */
    public SecunityMapper withOptions(ReadOptions options) {
        return new SecunityMapper(format, Objects.requireNonNull(options, "options"));
    }

    /**
     * Returns the format.
     *
     * @return the format, not null
     */
    public Format format() {
        return format;
    }

    /**
     * Returns the reading options.
     *
     * @return the options, not null
     */
    public ReadOptions options() {
        return options;
    }

    // ---- reading

    /**
     * Reads a value from text.
     *
     * @param <T> the model type
     * @param type the model class, not null; see {@link WireType#of(Class)}
     * @param text the document, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed, breaks a limit or a rule of the
     *     format or model; it lists every violation found
     * @throws SecunityException if the class has no wire form
     */
    public <T> T read(Class<T> type, String text) {
        return read(WireType.of(type), text);
    }

    /**
     * Reads a value from a file, whose path names the source in errors.
     *
     * @param <T> the model type
     * @param type the model class, not null
     * @param file the file, not null, in UTF-8
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     * @throws SecunityIOException if the file cannot be read
     */
    public <T> T read(Class<T> type, Path file) {
        return read(WireType.of(type), file);
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
    public <T> T read(Class<T> type, Reader in, String source) {
        return read(WireType.of(type), in, source);
    }

    /**
     * Reads a value from a UTF-8 byte stream, which is not closed.
     *
     * @param <T> the model type
     * @param type the model class, not null
     * @param in the stream, not null, in UTF-8 (a byte-order mark is skipped)
     * @param source the file or resource name for errors, not null
     * @return the value, not null
     * @throws SecunityDataException if the bytes are not UTF-8, or the document is malformed or
     *     breaks a limit or rule
     */
    public <T> T read(Class<T> type, InputStream in, String source) {
        return read(WireType.of(type), in, source);
    }

    /**
     * Reads a value of a wire type from text.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param text the document, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     */
    public <T> T read(WireType<T> type, String text) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        return Documents.read(type.codec(), new StringReader(text), null, format, options);
    }

    /**
     * Reads a value of a wire type from a file, whose path names the source in errors.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param file the file, not null, in UTF-8
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     * @throws SecunityIOException if the file cannot be read
     */
    public <T> T read(WireType<T> type, Path file) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(type, in, file.toString());
        } catch (IOException e) {
            throw new SecunityIOException(file + ": cannot read the file", e);
        }
    }

    /**
     * Reads a value of a wire type from a reader, which is not closed.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param in the reader, not null
     * @param source the file or resource name for errors, not null
     * @return the value, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule
     */
    public <T> T read(WireType<T> type, Reader in, String source) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        return Documents.read(type.codec(), in, source, format, options);
    }

    /**
     * Reads a value of a wire type from a UTF-8 byte stream, which is not closed.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param in the stream, not null, in UTF-8 (a byte-order mark is skipped)
     * @param source the file or resource name for errors, not null
     * @return the value, not null
     * @throws SecunityDataException if the bytes are not UTF-8, or the document is malformed or
     *     breaks a limit or rule
     */
    public <T> T read(WireType<T> type, InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return read(type, new BufferedReader(new InputStreamReader(in, utf8)), source);
    }

    // ---- writing

    /**
     * Writes a value as a document.
     *
     * @param value the value, not null: an instance of a core value type with a wire form
     * @return the document, ending with a line break for JSON, not null
     * @throws SecunityException if the value's type has no wire form (lists need
     *     {@link #write(WireType, Object)})
     */
    public String write(Object value) {
        return write(WireType.forValue(value), value);
    }

    /**
     * Writes a value of a wire type as a document.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param value the value, not null
     * @return the document, not null
     */
    public <T> String write(WireType<T> type, T value) {
        return TextOutput.toText(out -> write(type, value, out));
    }

    /**
     * Writes a value of a wire type as compact JSON on one line, without a line break: a line of
     * JSON lines, or a compact response body. Always JSON, whatever a mapper's format.
     *
     * <pre>{@code
     * SecunityMapper.jsonLine(WireType.envelope("communities", WireType.COMMUNITY), catalog.communities());
     * }</pre>
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param value the value, not null
     * @return the JSON text, not null
     */
    public static <T> String jsonLine(WireType<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        return Documents.compactJson(type.codec(), value);
    }

    /**
     * Writes a value as a document to a writer, which is flushed but not closed.
     *
     * @param value the value, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     * @throws SecunityException if the value's type has no wire form
     */
    public void write(Object value, Writer out) {
        write(WireType.forValue(value), value, out);
    }

    /**
     * Writes a value of a wire type to a writer, which is flushed but not closed.
     *
     * @param <T> the model type
     * @param type the wire type, not null
     * @param value the value, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     */
    public <T> void write(WireType<T> type, T value, Writer out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try {
            Documents.write(type.codec(), value, out, format);
        } catch (IOException e) {
            throw new SecunityIOException("cannot write the " + type + " document", e);
        }
    }

    /**
     * Writes a value as a document to a file in UTF-8, replacing it.
     *
     * @param value the value, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     * @throws SecunityException if the value's type has no wire form
     */
    public void write(Object value, Path file) {
        TextOutput.toFile(file, out -> write(value, out));
    }

    /**
     * Returns the format and options.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "SecunityMapper[" + format + ", " + options + "]";
    }

}
