/**
 * The Secunity domain model: the fixed vocabulary, communities, organizations, events and
 * practices as immutable values, and {@link org.secunity.core.Catalog}, the queryable collection.
 */
module org.secunity.core {
    requires transitive org.secunity.recurrence;
    requires static org.jspecify;
    requires static org.immutables.value.annotations;

    exports org.secunity.core;
}
