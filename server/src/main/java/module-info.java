/**
 * Secunity as a service: the HTTP API, calendar feeds and the organizers' page, on Javalin.
 * No library module depends on this one.
 */
module org.secunity.server {
    requires transitive org.secunity.serialization;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.secunity.server;
}
