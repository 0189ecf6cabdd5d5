/**
 * The base of the Secunity SDK: an RFC 5545 recurrence engine that depends on the JDK only, and
 * the library's exception root, {@link org.secunity.SecunityException}.
 */
module org.secunity.recurrence {
    requires static transitive org.jspecify;

    exports org.secunity;
    exports org.secunity.recurrence;
}
