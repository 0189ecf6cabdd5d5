package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;

/**
 * Every cadence of the bundled seed catalog is computable (issue 4): read as a JSON tree, each
 * {@code cadence} object's Japanese wording parses to exactly its curated {@code rrule}, or to
 * its {@code timesPerYear}; a wording that only counts sessions (全8回) is no cadence.
 */
class SeedCatalogCadenceTest {

    private static final String CATALOG = "catalog/secunity-practices-2021.json";

    /** Every {@code cadence} object of the catalog, with its JSON path. */
    static Stream<Arguments> cadences() {
        JsonNode root;
        try (InputStream in = Objects.requireNonNull(
                SeedCatalogCadenceTest.class.getResourceAsStream(CATALOG), CATALOG)) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Arguments> out = new ArrayList<>();
        collect(root, "$", out);
        return out.stream();
    }

    private static void collect(JsonNode node, String path, List<Arguments> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String child = path + "." + field.getKey();
                if (field.getKey().equals("cadence") && field.getValue().isObject()) {
                    out.add(Arguments.of(child + " " + field.getValue().path("text").path("ja").asText(), field.getValue()));
                } else {
                    collect(field.getValue(), child, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cadences")
    void the_japanese_wording_of_each_cadence_agrees_with_its_curated_data(String where, JsonNode cadence) {
        String ja = cadence.path("text").path("ja").asText();
        if (cadence.has("rrule")) {
            assertThat(Cadence.parse(ja).rule()).contains(RecurrenceRule.parse(cadence.get("rrule").asText()));
        } else if (cadence.has("timesPerYear")) {
            Cadence parsed = Cadence.parse(ja);
            assertThat(parsed.kind()).isEqualTo(Cadence.Kind.TIMES_PER_PERIOD);
            assertThat(parsed.period()).contains(ChronoUnit.YEARS);
            assertThat(parsed.times()).hasValue(cadence.get("timesPerYear").asInt());
        } else {
            assertThat(cadence.has("count")).as("a cadence without rrule or timesPerYear counts sessions").isTrue();
            assertThatThrownBy(() -> Cadence.parse(ja)).isInstanceOf(SecunityParseException.class);
        }
    }

    @Test
    void the_catalog_has_the_three_fixed_cadences_of_the_source() {
        assertThat(cadences().map(a -> (JsonNode) a.get()[1]).filter(c -> c.has("rrule"))
                .map(c -> c.path("text").path("ja").asText()))
                .containsExactlyInAnyOrder("偶数月の第2水曜日の晩", "7月の第2土曜日", "毎週月曜日");
    }
}
