package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Practice;

/** Untrusted input: every limit of {@link ReadOptions} rejects, with a clear message, in both formats. */
class ReadLimitsTest {

    private static final ReadOptions SMALL = ReadOptions.defaults()
            .withMaxDocumentChars(10_000)
            .withMaxNestingDepth(8)
            .withMaxStringLength(100)
            .withMaxNumberLength(5)
            .withMaxNameLength(20)
            .withMaxCollectionSize(50)
            .withMaxValues(300);

    static Stream<Arguments> documentsOverALimit() {
        String deepJson = "[".repeat(9) + "]".repeat(9);
        String deepYaml = "a:\n" + java.util.stream.IntStream.range(1, 10)
                .mapToObj(i -> "  ".repeat(i) + "a:\n").reduce("", String::concat) + "  ".repeat(10) + "x: 1\n";
        String manyItems = "[" + "1,".repeat(50) + "1]";
        String manyValues = "[" + "[1,1,1,1,1,1,1,1,1,1],".repeat(29) + "[1]]";
        return Stream.of(
                Arguments.of("JSON size", Format.JSON, "\"" + "x".repeat(10_001) + "\"", "$", "longer than 10000 characters (limit ReadOptions.maxDocumentChars)"),
                Arguments.of("YAML size", Format.YAML, "a: " + "x".repeat(10_001), "$", "longer than 10000 characters (limit ReadOptions.maxDocumentChars)"),
                Arguments.of("JSON depth", Format.JSON, deepJson, "$", "nested deeper than 8 levels (limit ReadOptions.maxNestingDepth)"),
                Arguments.of("YAML depth", Format.YAML, deepYaml, "$", "nested deeper than 8 levels (limit ReadOptions.maxNestingDepth)"),
                Arguments.of("JSON string", Format.JSON, "{\"a\": \"" + "x".repeat(101) + "\"}", "$.a: ", "limit ReadOptions.maxStringLength"),
                Arguments.of("YAML string", Format.YAML, "a: " + "x".repeat(101), "$.a: ", "limit ReadOptions.maxStringLength"),
                Arguments.of("JSON number", Format.JSON, "{\"number\": 1234567}", "$.number: ", "limit ReadOptions.maxNumberLength"),
                Arguments.of("YAML number", Format.YAML, "number: 1234567", "$.number: ", "limit ReadOptions.maxNumberLength"),
                Arguments.of("JSON name", Format.JSON, "{\"" + "k".repeat(21) + "\": 1}", "$", "limit ReadOptions.maxNameLength"),
                Arguments.of("YAML name", Format.YAML, "k".repeat(21) + ": 1", "$", "limit ReadOptions.maxNameLength"),
                Arguments.of("JSON array", Format.JSON, manyItems, "$: ", "an array has more than 50 items (limit ReadOptions.maxCollectionSize)"),
                Arguments.of("YAML object", Format.YAML, java.util.stream.IntStream.range(0, 51).mapToObj(i -> "k" + i + ": 1\n").reduce("", String::concat), "$: ", "an object has more than 50 members (limit ReadOptions.maxCollectionSize)"),
                Arguments.of("JSON values", Format.JSON, manyValues, "$[", "the document has more than 300 values (limit ReadOptions.maxValues)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsOverALimit")
    void a_document_over_a_limit_is_rejected_with_the_limit_named(
            String name, Format format, String text, String path, String limit) {
        SecunityMapper mapper = SecunityMapper.of(format).withOptions(SMALL);
        assertThatThrownBy(() -> mapper.read(Catalog.class, text))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith(path)
                .hasMessageContaining(limit)
                .satisfies(e -> assertThat(((SecunityDataException) e).violations()).hasSize(1));
    }

    @Test
    void the_default_limits_are_generous_for_catalogs_and_finite() {
        ReadOptions d = ReadOptions.defaults();
        assertThat(d.maxDocumentChars()).isEqualTo(10_000_000);
        assertThat(d.maxNestingDepth()).isEqualTo(64);
        assertThat(d.maxStringLength()).isEqualTo(100_000);
        assertThat(d.maxNumberLength()).isEqualTo(32);
        assertThat(d.maxNameLength()).isEqualTo(1_000);
        assertThat(d.maxCollectionSize()).isEqualTo(100_000);
        assertThat(d.maxValues()).isEqualTo(1_000_000);
        assertThat(d.unknownPropertiesIgnored()).isFalse();
    }

    @Test
    void deep_nesting_under_the_default_limit_is_rejected_without_a_stack_overflow() {
        String deep = "[".repeat(100_000);
        assertThatThrownBy(() -> SecunityMapper.json().read(Catalog.class, deep))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("(limit ReadOptions.maxNestingDepth)");
        assertThatThrownBy(() -> SecunityMapper.yaml().read(Catalog.class, "[".repeat(100_000)))
                .isInstanceOf(SecunityDataException.class);
    }

    @Test
    void a_huge_string_is_rejected_by_default() {
        String json = "{\"schemaVersion\": 1, \"x\": \"" + "あ".repeat(100_001) + "\"}";
        assertThatThrownBy(() -> SecunityMapper.json().read(Catalog.class, json))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("$.x: ")
                .hasMessageContaining("limit ReadOptions.maxStringLength");
    }

    @Test
    void yaml_alias_bombs_are_rejected_at_the_first_alias() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThatThrownBy(() -> SecunityMapper.yaml().read(Catalog.class, bomb.toString()))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.b[0]: YAML aliases are not supported (*a)");
    }

    @Test
    void yaml_tags_name_no_java_type_and_instantiate_nothing() {
        String yaml = "schemaVersion: 1\ncommunities: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n";
        assertThatThrownBy(() -> SecunityMapper.yaml().read(Catalog.class, yaml))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageContaining("$.communities[0]: expected an object (community) but found an array");
    }

    @Test
    void bytes_that_are_not_utf8_are_rejected() {
        byte[] bytes = "{\"schemaVersion\": 1, \"x\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SecunityMapper.json().read(Catalog.class, new ByteArrayInputStream(bytes), "latin1.json"))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith("latin1.json: ")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void unknown_properties_can_be_ignored_on_request() {
        String json = "{\"number\": 1, \"community\": null, \"title\": {\"ja\": \"題\", \"en\": \"T\"},"
                + " \"purpose\": {\"ja\": \"目\", \"en\": \"P\"}, \"colour\": \"blue\"}";
        assertThatThrownBy(() -> SecunityMapper.json().read(Practice.class, json))
                .hasMessageContaining("$.colour: unknown property \"colour\" of practice");
        Practice p = SecunityMapper.json().withOptions(ReadOptions.defaults().withUnknownPropertiesIgnored(true))
                .read(Practice.class, json);
        assertThat(p.number()).isEqualTo(1);
    }

    @Test
    void options_reject_limits_below_one() {
        assertThatThrownBy(() -> ReadOptions.defaults().withMaxNestingDepth(0))
                .isInstanceOfSatisfying(SecunityDataException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("maxNestingDepth"))
                .hasMessage("maxNestingDepth: must be >= 1, but was 0");
        assertThatThrownBy(() -> ReadOptions.defaults().withMaxValues(-3))
                .isInstanceOf(SecunityDataException.class)
                .hasMessage("maxValues: must be >= 1, but was -3");
    }
}
