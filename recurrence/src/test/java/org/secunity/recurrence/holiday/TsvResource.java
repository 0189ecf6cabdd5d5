package org.secunity.recurrence.holiday;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the tab-separated data files next to the tests: one row per line, {@code #} comments. */
final class TsvResource {

    private TsvResource() {
    }

    /** Returns the rows of a resource of this package, split at tabs; comments and blanks dropped. */
    static List<String[]> rows(String name) {
        InputStream in = Objects.requireNonNull(
                TsvResource.class.getResourceAsStream(name), () -> "no test resource " + name);
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
