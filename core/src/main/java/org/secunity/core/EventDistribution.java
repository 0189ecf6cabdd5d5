package org.secunity.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * When a catalog's events with fixed dates happen over a window of days: every occurrence of
 * every community's {@link Schedule}, counted by month, by weekday and by community and month.
 *
 * <p>Only events whose cadence fixes the dates (an RRULE) can be placed on a calendar; the
 * others ("年2回程度", one-off events of past years) are listed in {@link #unplaced()} so that a
 * reader sees what the counts leave out. Counts are of occurrences that happen: skipped ones are
 * in {@link #occurrences()}, marked, but not counted; a moved one counts on the date it moved to.
 *
 * <p>Bounds: the window is at most {@value #MAX_DAYS} days (ten years) and holds at most
 * {@value #MAX_OCCURRENCES} occurrences; larger ones are refused with a {@link SecunityException}.
 * Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * EventDistribution d = catalog.eventDistribution(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
 * d.byMonth();            // {JANUARY=4, FEBRUARY=5, …}
 * d.byWeekday();          // {MONDAY=…, WEDNESDAY=6, SATURDAY=1, …}
 * d.busiestMonths();      // months by count, the busiest first
 * d.unplaced();           // the events without fixed dates
 * }</pre>
 */
public final class EventDistribution {

    /** The longest window, in days: ten years. */
    public static final int MAX_DAYS = 3653;

    /** The most occurrences a window may hold. */
    public static final int MAX_OCCURRENCES = 100_000;

    private final LocalDate from;
    private final LocalDate to;
    private final @Nullable HolidayPolicy policy;
    private final List<ScheduledOccurrence> occurrences;
    private final List<CommunityId> communities;
    private final List<CatalogEvent> unplaced;

    private EventDistribution(LocalDate from, LocalDate to, @Nullable HolidayPolicy policy,
            List<ScheduledOccurrence> occurrences, List<CommunityId> communities, List<CatalogEvent> unplaced) {
        this.from = from;
        this.to = to;
        this.policy = policy;
        this.occurrences = occurrences;
        this.communities = communities;
        this.unplaced = unplaced;
    }

    /**
     * Returns the distribution of a catalog's fixed-date events over a window.
     *
     * @param catalog the catalog, not null
     * @param from the first day, included, not null
     * @param to the day after the last, excluded, not null; after {@code from}, at most
     *     {@value #MAX_DAYS} days later
     * @param policy the holiday policy applied to occurrences on Japan's national holidays, or empty
     *     for none; not null
     * @return the distribution, not null
     * @throws SecunityException if the window is empty, longer than {@value #MAX_DAYS} days or holds
     *     more than {@value #MAX_OCCURRENCES} occurrences, or if a policy must look at a date outside
     *     the holiday calendar's years
     */
    public static EventDistribution of(Catalog catalog, LocalDate from, LocalDate to, Optional<HolidayPolicy> policy) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(policy, "policy");
        if (!to.isAfter(from)) {
            throw new SecunityException("the window must end after it starts, but was " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new SecunityException("the window must be at most " + MAX_DAYS + " days (ten years), but "
                    + from + " to " + to + " is " + ChronoUnit.DAYS.between(from, to));
        }
        List<ScheduledOccurrence> all = new ArrayList<>();
        List<CommunityId> ids = new ArrayList<>();
        List<CatalogEvent> unplaced = new ArrayList<>();
        for (Community c : catalog.communities()) {
            ids.add(c.id());
            Schedule schedule = policy.map(Schedule.of(c)::withHolidayPolicy).orElse(Schedule.of(c));
            Iterator<ScheduledOccurrence> it = schedule.from(from).iterator();
            while (it.hasNext()) {
                ScheduledOccurrence o = it.next();
                if (!o.date().isBefore(to)) {
                    break;
                }
                if (all.size() == MAX_OCCURRENCES) {
                    throw new SecunityException("the window " + from + " to " + to + " holds more than "
                            + MAX_OCCURRENCES + " occurrences; take a shorter one");
                }
                all.add(o);
            }
            for (int i = 0; i < c.events().size(); i++) {
                CatalogEvent e = CatalogEvent.of(c.id(), i, c.events().get(i));
                if (!e.hasFixedDates()) {
                    unplaced.add(e);
                }
            }
        }
        all.sort(Comparator.naturalOrder());
        return new EventDistribution(from, to, policy.orElse(null), List.copyOf(all), List.copyOf(ids),
                List.copyOf(unplaced));
    }

    /**
     * Returns the first day of the window.
     *
     * @return the day, included, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the day after the window.
     *
     * @return the day, excluded, not null
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Returns the holiday policy applied.
     *
     * @return the policy, or empty when holidays were not looked at
     */
    public Optional<HolidayPolicy> holidayPolicy() {
        return Optional.ofNullable(policy);
    }

    /**
     * Returns every occurrence in the window, skipped ones included, in time order (the
     * communities' order for occurrences at the same time).
     *
     * @return the occurrences, unmodifiable
     */
    public List<ScheduledOccurrence> occurrences() {
        return occurrences;
    }

    /**
     * Returns the events the window cannot place because the source does not fix their dates.
     *
     * @return the events, in catalog order, unmodifiable
     */
    public List<CatalogEvent> unplaced() {
        return unplaced;
    }

    /**
     * Returns how many occurrences happen in the window.
     *
     * @return the number, skipped ones left out
     */
    public int happening() {
        return (int) occurrences.stream().filter(o -> !o.isSkipped()).count();
    }

    /**
     * Returns how many occurrences happen in each month of the year (summed over the years of the
     * window).
     *
     * @return a count for every month (0 included), January first, unmodifiable
     */
    public Map<Month, Integer> byMonth() {
        EnumMap<Month, Integer> out = zeros(Month.class);
        happeningStream().forEach(o -> out.merge(o.date().getMonth(), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns how many occurrences happen on each day of the week.
     *
     * @return a count for every weekday (0 included), Monday first, unmodifiable
     */
    public Map<DayOfWeek, Integer> byWeekday() {
        EnumMap<DayOfWeek, Integer> out = zeros(DayOfWeek.class);
        happeningStream().forEach(o -> out.merge(o.date().getDayOfWeek(), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns, per community, how many occurrences happen in each month.
     *
     * @return every community of the catalog in catalog order, each with a count for every month,
     *     unmodifiable
     */
    public Map<CommunityId, Map<Month, Integer>> byCommunityAndMonth() {
        Map<CommunityId, EnumMap<Month, Integer>> counts = new LinkedHashMap<>();
        communities.forEach(id -> counts.put(id, zeros(Month.class)));
        happeningStream().forEach(o -> counts.get(o.community()).merge(o.date().getMonth(), 1, Integer::sum));
        Map<CommunityId, Map<Month, Integer>> out = new LinkedHashMap<>();
        counts.forEach((id, months) -> out.put(id, Collections.unmodifiableMap(months)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the months in which occurrences happen, the busiest first; months with equal counts
     * keep their calendar order.
     *
     * @return the months with at least one occurrence, unmodifiable
     */
    public List<Month> busiestMonths() {
        Map<Month, Integer> counts = byMonth();
        List<Month> months = new ArrayList<>();
        counts.forEach((m, n) -> {
            if (n > 0) {
                months.add(m);
            }
        });
        months.sort(Comparator.comparingInt((Month m) -> counts.get(m)).reversed());
        return List.copyOf(months);
    }

    private java.util.stream.Stream<ScheduledOccurrence> happeningStream() {
        return occurrences.stream().filter(o -> !o.isSkipped());
    }

    private static <E extends Enum<E>> EnumMap<E, Integer> zeros(Class<E> type) {
        EnumMap<E, Integer> out = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            out.put(e, 0);
        }
        return out;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EventDistribution that && from.equals(that.from) && to.equals(that.to)
                && Objects.equals(policy, that.policy) && occurrences.equals(that.occurrences)
                && communities.equals(that.communities) && unplaced.equals(that.unplaced);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, policy, occurrences, communities, unplaced);
    }

    /**
     * Returns the window and a month table: one line per community with occurrences, then the
     * totals by month and the number of events left unplaced.
     *
     * @return a readable, multi-line form, not null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("EventDistribution[" + from + " to " + to
                + (policy == null ? "" : ", " + policy) + ": " + happening() + " occurrences, " + unplaced.size()
                + " events without fixed dates]\n");
        out.append(String.format("%-18s", ""));
        for (Month m : Month.values()) {
            out.append(String.format("%4d", m.getValue()));
        }
        out.append('\n');
        byCommunityAndMonth().forEach((id, months) -> {
            if (months.values().stream().anyMatch(n -> n > 0)) {
                out.append(String.format("%-18s", id.value()));
                months.values().forEach(n -> out.append(String.format("%4d", n)));
                out.append('\n');
            }
        });
        out.append(String.format("%-18s", "(all)"));
        byMonth().values().forEach(n -> out.append(String.format("%4d", n)));
        return out.append('\n').toString();
    }
}
