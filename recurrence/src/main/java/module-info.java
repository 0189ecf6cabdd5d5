/**
 * The base of the Secunity SDK: an RFC 5545 recurrence engine, cadences in words
 * ({@link org.secunity.recurrence.cadence.Cadence}), the national holiday calendar of Japan
 * ({@link org.secunity.recurrence.holiday.HolidayCalendar}) with holiday policies, depending on the
 * JDK only, and the library's exception root, {@link org.secunity.SecunityException}.
 */
module org.secunity.recurrence {
    requires static transitive org.jspecify;

    exports org.secunity;
    exports org.secunity.recurrence;
    exports org.secunity.recurrence.cadence;
    exports org.secunity.recurrence.holiday;
}
