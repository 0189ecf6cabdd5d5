package org.secunity.recurrence.cadence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the table files next to this class: blocks of {@code key: value} lines separated by blank
 * lines, {@code #} comments. The value {@code ${empty}} stands for the empty string.
 */
final class Tables {

    private Tables() {
    }

    static List<Map<String, String>> blocks(String resource) {
        List<Map<String, String>> blocks = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Tables.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> block = new LinkedHashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (!block.isEmpty()) {
                        blocks.add(block);
                        block = new LinkedHashMap<>();
                    }
                    continue;
                }
                int colon = line.indexOf(':');
                String value = line.substring(colon + 1).trim();
                block.put(line.substring(0, colon).trim(), value.equals("${empty}") ? "" : value);
            }
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    /** One argument per block, named by the value of a key, for {@code @ParameterizedTest(name = "{0}")}. */
    static Stream<Arguments> cases(String resource, String nameKey) {
        return blocks(resource).stream().map(b -> Arguments.of(b.get(nameKey), b));
    }
}
