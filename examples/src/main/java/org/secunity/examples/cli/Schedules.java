package org.secunity.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.recurrence.RecurrenceRule;

/** The upcoming dates of events with a fixed cadence (an RRULE in the catalog). */
final class Schedules {

    private Schedules() {}

    /** One dated occurrence of an event. */
    record Dated(LocalDate date, Community community, Event event, EventCadence cadence) {}

    /** Returns a community's events whose cadence fixes the dates. */
    static List<Event> fixedEvents(Community community) {
        return community.events().stream().filter(e -> e.cadence().map(EventCadence::isFixed).orElse(false)).toList();
    }

    /** Returns a community's recurring events whose dates the source does not fix. */
    static List<Event> unfixedEvents(Community community) {
        return community.events().stream().filter(e -> e.cadence().map(c -> !c.isFixed()).orElse(false)).toList();
    }

    /**
     * Returns the next {@code count} dates of a community's fixed events on or after a date, in
     * date order (events on the same date in catalog order).
     */
    static List<Dated> upcoming(Community community, LocalDate from, int count) {
        List<Dated> all = new ArrayList<>();
        for (Event event : fixedEvents(community)) {
            EventCadence cadence = event.cadence().orElseThrow();
            RecurrenceRule rule = RecurrenceRule.parse(cadence.rrule().orElseThrow());
            for (LocalDate date : rule.occurrences(from).take(count)) {
                all.add(new Dated(date, community, event, cadence));
            }
        }
        all.sort(Comparator.comparing(Dated::date));
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /** Returns the next {@code count} dates of one event on or after a date. */
    static List<LocalDate> upcoming(Event event, LocalDate from, int count) {
        return event.cadence().flatMap(EventCadence::rrule)
                .map(r -> RecurrenceRule.parse(r).occurrences(from).take(count))
                .orElse(List.of());
    }

    /** Returns every community of a catalog that has at least one event with fixed dates. */
    static List<Community> withFixedEvents(Catalog catalog) {
        return catalog.communities().stream().filter(c -> !fixedEvents(c).isEmpty()).toList();
    }

    /** Returns a date with its day of the week, such as {@code 2026-12-09 (Wed)} or {@code 2026-12-09（水）}. */
    static String dateWithDay(LocalDate date, Lang lang) {
        String[] ja = {"月", "火", "水", "木", "金", "土", "日"};
        String[] en = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        int day = date.getDayOfWeek().getValue() - 1;
        return lang.pick(date + "（" + ja[day] + "）", date + " (" + en[day] + ")");
    }
}
