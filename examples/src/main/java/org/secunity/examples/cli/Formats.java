package org.secunity.examples.cli;

/** The format choices of the app's options; picocli reads them in any case. */
final class Formats {

    private Formats() {}

    /** How a listing is printed. */
    enum Listing {
        /** A readable table in the --lang language. */
        TEXT,
        /** A JSON document. */
        JSON
    }

    /** What {@code catalog export} writes. */
    enum Export {
        /** The catalog document in JSON. */
        JSON,
        /** The catalog document in YAML. */
        YAML,
        /** One CSV table, chosen with --table. */
        CSV
    }

    /** The CSV tables of {@code catalog export --format csv}. */
    enum Table {
        /** One row per practice. */
        PRACTICES(org.secunity.serialization.CsvTable.PRACTICES),
        /** The practice × effect-tag matrix. */
        MATRIX(org.secunity.serialization.CsvTable.EFFECT_TAG_MATRIX),
        /** One row per community. */
        COMMUNITIES(org.secunity.serialization.CsvTable.COMMUNITIES),
        /** One row per event. */
        EVENTS(org.secunity.serialization.CsvTable.EVENTS);

        final org.secunity.serialization.CsvTable table;

        Table(org.secunity.serialization.CsvTable table) {
            this.table = table;
        }
    }
}
