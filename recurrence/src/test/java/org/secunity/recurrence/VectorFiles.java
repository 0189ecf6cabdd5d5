package org.secunity.recurrence;

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

/** Reads the test-vector files: blocks of {@code key: value} lines separated by blank lines. */
final class VectorFiles {

    private VectorFiles() {
    }

    /** Returns the blocks of a resource next to this class; continuation lines start with a space. */
    static List<Map<String, String>> blocks(String resource) {
        List<Map<String, String>> blocks = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(VectorFiles.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, String> block = new LinkedHashMap<>();
            String lastKey = null;
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
                if (line.startsWith(" ") && lastKey != null) {
                    block.put(lastKey, block.get(lastKey) + " " + line.trim());
                    continue;
                }
                int colon = line.indexOf(':');
                lastKey = line.substring(0, colon).trim();
                block.put(lastKey, line.substring(colon + 1).trim());
            }
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return blocks;
    }

    /** Returns the lines of a resource that are neither blank nor comments. */
    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(VectorFiles.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
