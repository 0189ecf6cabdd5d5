package org.secunity.serialization;

import java.nio.file.Path;
import java.util.Objects;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.core.Catalog;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.Situation;
import org.secunity.serialization.internal.MatchingCodecs;
import org.secunity.serialization.internal.SchemaGenerator;

/**
 * Situation documents, the matcher's input, and match-weight documents: reading and writing
 * them, and the situation's JSON Schema.
 *
 * <p>A situation document is docs/design.md's contract, in JSON or YAML; every field is optional:
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "stage": "FORMING", "organizerType": "VOLUNTEER_GROUP", "region": "KYUSHU", "prefecture": "FUKUOKA",
 *  "legalForm": "UNINCORPORATED",
 *  "goals": {"ENABLE_CONTINUOUS_ACTIVITY": 1.0, "REDUCE_OPERATING_BURDEN": 0.5},
 *  "challenges": ["SCHEDULING_CONFLICTS", "SALES_PITCH_CONCERN"],
 *  "partners": ["UNIVERSITY"],
 *  "adoptedPractices": [13]}
 * }</pre>
 *
 * <p>Goals are weights in [0, 1]; challenges, partners and adopted practices have no repeats; an
 * unknown ID is an error naming the field and listing the allowed values; a document without
 * {@code schemaVersion} is version 1. Every problem is reported in one
 * {@link SecunityDataException}, each with its JSON path, line and column. Reading with a catalog
 * also checks that {@code adoptedPractices} are its practices. A weights document is
 * {@code {"goals": 0.3, "challenges": 0.45, "context": 0.15, "similarity": 0.1}}: camelCase keys
 * named after {@link MatchWeights}' accessors, each optional (its default applies), each a
 * finite number at least 0.
 *
 * <pre>{@code
 * Situation mine = Situations.read(Path.of("situation.yaml"), SeedCatalog.load());
 * MatchWeights weights = Situations.readWeights(Path.of("weights.json"));
 * Ranking top = PracticeMatcher.of(SeedCatalog.load()).withWeights(weights).recommend(mine, 5);
 * }</pre>
 */
public final class Situations {

    /** The situation document version this library writes, and the newest it reads. */
    public static final int SCHEMA_VERSION = 1;

    static {
        if (MatchingCodecs.SITUATION_VERSIONS.current() != SCHEMA_VERSION) {
            throw new AssertionError("SCHEMA_VERSION is out of date");
        }
    }

    private Situations() {}

    /**
     * Reads a situation document from a file; {@code .yaml} and {@code .yml} files are read as
     * YAML, others as JSON. Practice numbers are not checked against a catalog (the matcher
     * checks them when it ranks).
     *
     * @param file the file, not null, in UTF-8
     * @return the situation, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule; it
     *     names the file and lists every violation with its JSON path, line and column
     * @throws SecunityIOException if the file cannot be read
     */
    public static Situation read(Path file) {
        return SecunityMapper.of(Format.of(file)).read(WireType.SITUATION, file);
    }

    /**
     * Reads a situation document from a file and checks its {@code adoptedPractices} against a
     * catalog.
     *
     * @param file the file, not null, in UTF-8
     * @param catalog the catalog, not null
     * @return the situation, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule, or an
     *     adopted practice is not in the catalog ({@code $.adoptedPractices[0]: unknown practice 99;
     *     the catalog has 1..22})
     * @throws SecunityIOException if the file cannot be read
     */
    public static Situation read(Path file, Catalog catalog) {
        return SecunityMapper.of(Format.of(file)).read(WireType.situation(catalog), file);
    }

    /**
     * Reads a situation document from text and checks its {@code adoptedPractices} against a
     * catalog.
     *
     * @param text the document, not null
     * @param format the format, not null
     * @param catalog the catalog, not null
     * @return the situation, not null
     * @throws SecunityDataException if the document is malformed or breaks a limit or rule, or an
     *     adopted practice is not in the catalog
     */
    public static Situation read(String text, Format format, Catalog catalog) {
        return SecunityMapper.of(format).read(WireType.situation(catalog), text);
    }

    /**
     * Writes a situation document, with its {@code schemaVersion}, to a file, replacing it;
     * {@code .yaml} and {@code .yml} files are written as YAML, others as JSON.
     *
     * @param situation the situation, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     */
    public static void write(Situation situation, Path file) {
        Objects.requireNonNull(situation, "situation");
        SecunityMapper.of(Format.of(file)).write(situation, file);
    }

    /**
     * Reads a weights document from a file; {@code .yaml} and {@code .yml} files are read as
     * YAML, others as JSON.
     *
     * @param file the file, not null, in UTF-8
     * @return the weights, not null
     * @throws SecunityDataException if the document is malformed, has an unknown key, or a weight
     *     that is not a finite number at least 0
     * @throws SecunityIOException if the file cannot be read
     */
    public static MatchWeights readWeights(Path file) {
        return SecunityMapper.of(Format.of(file)).read(WireType.MATCH_WEIGHTS, file);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the situation document, as shipped in
     * {@code org/secunity/serialization/schema/situation.schema.json}.
     *
     * @return the schema text, not null
     * @throws SecunityException if the resource is missing from the class path
     */
    public static String jsonSchema() {
        return SchemaGenerator.shipped("situation");
    }
}
