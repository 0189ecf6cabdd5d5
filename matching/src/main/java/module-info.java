/**
 * Explained, tunable practice recommendations for a community's situation: the
 * {@link org.secunity.matching.PracticeMatcher}, analysis helpers for researchers, and the
 * evaluation harness in {@code org.secunity.matching.evaluation}.
 */
module org.secunity.matching {
    requires transitive org.secunity.core;
    requires static org.jspecify;
    requires static org.immutables.value.annotations;

    exports org.secunity.matching;
    exports org.secunity.matching.evaluation;
}
