package org.secunity.serialization;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A document format the Secunity SDK reads and writes: JSON or YAML.
 *
 * <p>Both carry the same documents, with the same field names and shapes; YAML is read without
 * aliases, tags or more than one document per file.
 *
 * <pre>{@code
 * Format.of(Path.of("my-catalog.yaml"));   // YAML
 * }</pre>
 */
public enum Format {
    /** JSON (RFC 8259), written with two-space indentation. */
    JSON,

    /** YAML 1.1 as Jackson reads it, one document per file, without aliases. */
    YAML;

    /**
     * Returns the format a file name implies: YAML for {@code .yaml} and {@code .yml}, JSON otherwise.
     *
     * @param file the file, not null
     * @return the format, not null
     */
    public static Format of(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return text.endsWith(".yaml") || text.endsWith(".yml") ? YAML : JSON;
    }
}
