/**
 * Serialization of the Secunity model: JSON and YAML documents read strictly with path-named
 * errors and untrusted-input limits, catalog documents with versions and a JSON Schema, the
 * bundled seed catalog, CSV tables for analysis, the matcher's situation, weight and ranking
 * documents, and iCalendar export of community events.
 *
 * <p>Documents are read by hand-written codecs over Jackson's streaming parsers; nothing is bound
 * by reflection, so no package is opened to Jackson.
 */
module org.secunity.serialization {
    requires transitive org.secunity.core;
    requires transitive org.secunity.matching;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.yaml.snakeyaml;
    requires static org.jspecify;
    requires static org.immutables.value.annotations;

    exports org.secunity.serialization;
}
