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

    /** How {@code schedule} prints. */
    enum ScheduleFormat {
        /** A readable list in the --lang language. */
        TEXT,
        /** A JSON document (with --community). */
        JSON,
        /** One CSV row per occurrence (with --all). */
        CSV
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

    /** The CSV tables of {@code catalog export --format csv}, named on the command line in lower case with hyphens. */
    enum Table {
        /** One row per practice; wide only. */
        PRACTICES(org.secunity.serialization.CsvTable.PRACTICES, false),
        /** The practice × effect-tag matrix; long: one row per practice and tag. */
        MATRIX(org.secunity.serialization.CsvTable.EFFECT_TAG_MATRIX, true),
        /** One row per community; wide only. */
        COMMUNITIES(org.secunity.serialization.CsvTable.COMMUNITIES, false),
        /** One row per event; wide only. */
        EVENTS(org.secunity.serialization.CsvTable.EVENTS, false),
        /** Community × effect tag: practices per community and tag. */
        COMMUNITY_TAGS(null, true),
        /** Practice × challenge. */
        PRACTICE_CHALLENGES(null, true);

        final org.secunity.serialization.@org.jspecify.annotations.Nullable CsvTable table;
        final boolean hasLong;

        Table(org.secunity.serialization.@org.jspecify.annotations.Nullable CsvTable table, boolean hasLong) {
            this.table = table;
            this.hasLong = hasLong;
        }

        /** The name on the command line, such as {@code community-tags}. */
        String option() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The layout when --layout is not given: long for the tables made for it, else wide. */
        org.secunity.core.TableLayout defaultLayout() {
            return table == null ? org.secunity.core.TableLayout.LONG : org.secunity.core.TableLayout.WIDE;
        }
    }

    /** Reads a table name such as {@code community-tags} (any case, hyphens or underscores). */
    static final class TableConverter implements picocli.CommandLine.ITypeConverter<Table> {
        @Override
        public Table convert(String value) {
            for (Table t : Table.values()) {
                if (t.option().equalsIgnoreCase(value.replace('_', '-'))) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown table \"" + value + "\"; the tables are "
                    + java.util.Arrays.stream(Table.values()).map(Table::option)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
    }
}
