package org.secunity.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;

/** Helpers for the events with a fixed cadence (an RRULE in the catalog), over core's {@link Schedule}. */
final class Schedules {

    private Schedules() {}

    /** Returns a community's recurring events whose dates the source does not fix. */
    static List<Event> unfixedEvents(Community community) {
        return community.events().stream().filter(e -> e.cadence().map(c -> !c.isFixed()).orElse(false)).toList();
    }

    /** Returns the next {@code count} occurrences of one of a community's events on or after a date. */
    static List<ScheduledOccurrence> upcoming(Community community, int eventIndex, LocalDate from, int count) {
        return Schedule.of(community).eventFrom(eventIndex, from).limit(count).toList();
    }

    /** Returns every community of a catalog that has at least one event with fixed dates. */
    static List<Community> withFixedEvents(Catalog catalog) {
        return catalog.communities().stream().filter(c -> !Schedule.of(c).eventIndexes().isEmpty()).toList();
    }

    /** Returns a date with its day of the week, such as {@code 2026-12-09 (Wed)} or {@code 2026-12-09（水）}. */
    static String dateWithDay(LocalDate date, Lang lang) {
        String[] ja = {"月", "火", "水", "木", "金", "土", "日"};
        String[] en = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        int day = date.getDayOfWeek().getValue() - 1;
        return lang.pick(date + "（" + ja[day] + "）", date + " (" + en[day] + ")");
    }
}
