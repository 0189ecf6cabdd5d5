package org.secunity.recurrence;

/** One {@code BYxxx} rule part used as a limit: keeps or drops a candidate day. */
interface DayFilter {

    boolean accepts(DayFields day);
}
