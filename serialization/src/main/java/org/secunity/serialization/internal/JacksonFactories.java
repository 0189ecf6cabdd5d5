package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.secunity.serialization.Format;
import org.secunity.serialization.ReadOptions;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The module's one place where Jackson factories and mappers are configured (STYLE 15).
 *
 * <p>Readers: streaming parsers with {@link StreamReadConstraints} and SnakeYAML
 * {@link LoaderOptions} derived from {@link ReadOptions}: Jackson enforces the string, number and
 * name lengths while it reads a token, so that nothing larger is ever buffered; its nesting limit
 * sits one level above ours, so that our check, which names the path, fires first. Writers:
 * pretty-printed JSON and block-style YAML with every string quoted. The strict
 * {@link #strictMapper()} is for trees only (schemas, tests): duplicate keys, unknown properties
 * and null content fail, no default typing, camelCase names.
 *
 * <p>Every method first checks the Jackson version ({@link JacksonVersionCheck}): an unsupported one fails
 * with one {@link org.secunity.SecunityException} naming the versions found and needed.
 */
public final class JacksonFactories {

    /**
     * The shared writers and the strict mapper, built on first use, after {@link JacksonVersionCheck#require()}
     * has passed: an unsupported Jackson then fails with that check's message, never inside a builder.
     */
    private static final class Shared {
        private static final JsonFactory JSON_WRITER = JsonFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        private static final YAMLFactory YAML_WRITER = YAMLFactory.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();
        private static final ObjectMapper STRICT = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
                .withConfigOverride(java.util.List.class,
                        o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .deactivateDefaultTyping()
                .build();

        private Shared() {}
    }

    private JacksonFactories() {}

    /** A reader factory's format and limits. */
    private record ReaderKey(Format format, ReadOptions options) {}

    /** How many reader factories are kept: more than any program uses, fewer than an unbounded cache. */
    private static final int MAX_CACHED_READERS = 32;

    /**
     * The reader factories built so far: a factory is thread-safe once built, and building one
     * per document cost more than reading a small document (a server reads one per request).
     */
    private static final ConcurrentMap<ReaderKey, JsonFactory> READERS = new ConcurrentHashMap<>();

    /**
     * Returns a parser factory for a format, limited by the options; shared, so do not
     * reconfigure it.
     *
     * @param format the format
     * @param options the limits
     * @return the factory, built on first use for these format and options
     */
    public static JsonFactory readerFactory(Format format, ReadOptions options) {
        JacksonVersionCheck.require();
        ReaderKey key = new ReaderKey(format, options);
        JsonFactory cached = READERS.get(key);
        if (cached != null) {
            return cached;
        }
        JsonFactory built = buildReaderFactory(format, options);
        if (READERS.size() < MAX_CACHED_READERS) {
            READERS.putIfAbsent(key, built);
        }
        return built;
    }

    private static JsonFactory buildReaderFactory(Format format, ReadOptions options) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(options.maxDocumentChars())
                .maxNestingDepth(options.maxNestingDepth() + 1)
                .maxStringLength(options.maxStringLength())
                // Jackson parses a number eagerly, before our path is known: let it buffer up to
                // 1000 digits (its default) so that our check, which names the path, fires first
                .maxNumberLength(Math.max(options.maxNumberLength(), 1000))
                .maxNameLength(options.maxNameLength())
                .maxTokenCount(4L * options.maxValues() + 4)
                .build();
        if (format == Format.YAML) {
            LoaderOptions loader = new LoaderOptions();
            loader.setAllowDuplicateKeys(true); // we report duplicates ourselves, all of them, with paths
            loader.setMaxAliasesForCollections(0);
            loader.setAllowRecursiveKeys(false);
            loader.setNestingDepthLimit(options.maxNestingDepth() + 1);
            loader.setCodePointLimit(options.maxDocumentChars() + 1);
            loader.setProcessComments(false);
            return YAMLFactory.builder()
                    .loaderOptions(loader)
                    .streamReadConstraints(constraints)
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .build();
        }
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Returns a generator writing a format to a writer; the caller closes the generator, which
     * flushes but does not close the writer.
     *
     * @param format the format
     * @param out the writer
     * @return a new generator
     * @throws IOException if the generator cannot be created
     */
    public static JsonGenerator generator(Format format, Writer out) throws IOException {
        JacksonVersionCheck.require();
        if (format == Format.YAML) {
            return Shared.YAML_WRITER.createGenerator(out);
        }
        return pretty(Shared.JSON_WRITER.createGenerator(out));
    }

    /**
     * Returns a generator writing a format in UTF-8 to a byte stream; the caller closes the
     * generator, which flushes but does not close the stream.
     *
     * @param format the format
     * @param out the stream
     * @return a new generator
     * @throws IOException if the generator cannot be created
     */
    public static JsonGenerator generator(Format format, OutputStream out) throws IOException {
        JacksonVersionCheck.require();
        if (format == Format.YAML) {
            return Shared.YAML_WRITER.createGenerator(out, JsonEncoding.UTF8);
        }
        return pretty(Shared.JSON_WRITER.createGenerator(out, JsonEncoding.UTF8));
    }

    private static JsonGenerator pretty(JsonGenerator generator) {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        generator.setPrettyPrinter(pretty);
        return generator;
    }

    /**
     * Returns a generator writing compact JSON (no white space, nothing but the value, so one
     * document fits on one line of JSON lines) to a writer; the caller closes it.
     *
     * @param out the writer
     * @return a new generator
     * @throws IOException if the generator cannot be created
     */
    public static JsonGenerator compactGenerator(Writer out) throws IOException {
        JacksonVersionCheck.require();
        return Shared.JSON_WRITER.createGenerator(out);
    }

    /**
     * Returns the strict tree mapper: for JSON trees that we build (schemas) or tests read.
     *
     * @return the shared mapper; do not reconfigure it
     */
    public static ObjectMapper strictMapper() {
        JacksonVersionCheck.require();
        return Shared.STRICT;
    }

    /**
     * Returns a new CSV mapper for the analysis tables.
     *
     * @return a new mapper
     */
    public static CsvMapper csvMapper() {
        JacksonVersionCheck.require();
        return CsvMapper.builder().build();
    }
}
