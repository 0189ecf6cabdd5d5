package org.secunity.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The app's own JSON shapes (the {@code schedule} document), around entries that the
 * serialization module's codecs write. Envelopes ({@code {"practices": […]}}, {@code WireType.envelope}),
 * rankings ({@code RankingWriter}) and expand answers are written by the library itself.
 */
final class Json {

    /** Compact, one document per line, for JSON lines output. */
    static final ObjectMapper COMPACT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32).maxNumberLength(20).maxStringLength(100_000).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Indented as the library's codecs indent ({@code "key": value}, two spaces, {@code \n}), for whole documents. */
    private static final ObjectWriter PRETTY = COMPACT.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private Json() {}

    /** Parses text that the library's codecs wrote. */
    static JsonNode tree(String json) {
        try {
            return COMPACT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the codec wrote invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a tree indented, without a final line break. */
    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a tree on one line, without a line break. */
    static String compact(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
