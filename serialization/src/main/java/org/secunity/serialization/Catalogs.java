package org.secunity.serialization;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.core.Catalog;
import org.secunity.serialization.internal.SchemaGenerator;
import org.secunity.serialization.internal.SchemaVersions;

/**
 * Catalog documents: reading and writing whole catalogs, their version, and their JSON Schema.
 *
 * <p>A catalog document is {@code {"schemaVersion": 1, "source": …, "communities": […],
 * "practices": […]}} in JSON or YAML (see {@code docs/catalog-format.md}). Reading validates the
 * whole document and the catalog's rules (unique community IDs, practices numbered 1..n, no
 * reference to a missing community) and reports every violation in one
 * {@link SecunityDataException} that names the file. Documents of an earlier
 * {@code schemaVersion} are migrated on reading; a newer one is rejected with a message naming
 * both versions.
 *
 * <pre>{@code
 * Catalog mine = Catalogs.read(Path.of("my-catalog.yaml"));
 * Catalogs.write(mine, Path.of("my-catalog.json"));
 * }</pre>
 */
public final class Catalogs {

    /** The catalog document version this library writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    static {
        if (SchemaVersions.CATALOG.current() != SCHEMA_VERSION) {
            throw new AssertionError("SCHEMA_VERSION is out of date");
        }
    }

    private Catalogs() {}

    /**
     * Reads a catalog document from a file; {@code .yaml} and {@code .yml} files are read as YAML,
     * others as JSON.
     *
     * @param file the file, not null, in UTF-8
     * @return the catalog, valid, not null
     * @throws SecunityDataException if the document is malformed, breaks a limit or a rule; it
     *     names the file and lists every violation with its JSON path, line and column
     * @throws SecunityIOException if the file cannot be read
     */
    public static Catalog read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a catalog document from a file with other options.
     *
     * @param file the file, not null, in UTF-8
     * @param options the limits and strictness, not null
     * @return the catalog, valid, not null
     * @throws SecunityDataException if the document is malformed, breaks a limit or a rule
     * @throws SecunityIOException if the file cannot be read
     */
    public static Catalog read(Path file, ReadOptions options) {
        return SecunityMapper.of(Format.of(file)).withOptions(options).read(WireType.CATALOG, file);
    }

    /**
     * Reads a catalog document from a UTF-8 stream, which is not closed.
     *
     * @param in the stream, not null
     * @param source the file or resource name for errors, not null
     * @param format the format, not null
     * @return the catalog, valid, not null
     * @throws SecunityDataException if the document is malformed, breaks a limit or a rule
     */
    public static Catalog read(InputStream in, String source, Format format) {
        return SecunityMapper.of(format).read(WireType.CATALOG, in, source);
    }

    /**
     * Writes a catalog document to a file, replacing it; {@code .yaml} and {@code .yml} files are
     * written as YAML, others as JSON.
     *
     * @param catalog the catalog, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     */
    public static void write(Catalog catalog, Path file) {
        Objects.requireNonNull(catalog, "catalog");
        SecunityMapper.of(Format.of(file)).write(catalog, file);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the catalog document, as shipped in
     * {@code org/secunity/serialization/schema/catalog.schema.json}.
     *
     * @return the schema text, not null
     * @throws SecunityException if the resource is missing from the class path
     */
    public static String jsonSchema() {
        return SchemaGenerator.shipped("catalog");
    }
}
