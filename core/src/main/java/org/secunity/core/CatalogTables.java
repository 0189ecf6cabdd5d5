package org.secunity.core;

import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.secunity.SecunityException;

/**
 * The catalog's analysis tables, long (tidy) or wide: community × effect tag, practice × effect
 * tag, practice × challenge, one row per occurrence of every fixed-date event in a window, the
 * month calendar of those occurrences, and the yearly frequency of every event. The columns of
 * each are listed on its method and in {@code docs/serialization.md}; the serialization module's
 * {@code CsvExport} writes any of them as CSV.
 *
 * <pre>{@code
 * DataTable coverage = CatalogTables.communityTags(catalog, TableLayout.LONG);
 * DataTable dates = CatalogTables.occurrences(
 *         catalog.eventDistribution(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), HolidayPolicy.SKIP));
 * }</pre>
 */
public final class CatalogTables {

    private CatalogTables() {}

    /**
     * Returns community × effect tag: how many of each community's practices have each tag.
     *
     * <ul>
     *   <li>LONG ({@code community-tags}): {@code community, region, tag, practices, covered} — one
     *       row per community and tag; {@code covered} is 1 when {@code practices} is at least 1.
     *   <li>WIDE ({@code community-tags-wide}): {@code community, region}, then one column per tag
     *       ID holding the number of practices.
     * </ul>
     *
     * @param catalog the catalog, not null
     * @param layout the layout, not null
     * @return the table, not null
     */
    public static DataTable communityTags(Catalog catalog, TableLayout layout) {
        Objects.requireNonNull(layout, "layout");
        EffectTagCoverage coverage = catalog.effectTagCoverage();
        List<List<String>> rows = new ArrayList<>();
        coverage.practiceCounts().forEach((id, counts) -> {
            String region = coverage.regionOf(id).id();
            if (layout == TableLayout.LONG) {
                counts.forEach((tag, n) -> rows.add(List.of(id.value(), region, tag.id(), String.valueOf(n),
                        flag(n > 0))));
            } else {
                List<String> row = new ArrayList<>(List.of(id.value(), region));
                counts.values().forEach(n -> row.add(String.valueOf(n)));
                rows.add(row);
            }
        });
        return layout == TableLayout.LONG
                ? DataTable.of("community-tags", List.of("community", "region", "tag", "practices", "covered"), rows)
                : DataTable.of("community-tags-wide", concat(List.of("community", "region"), ids(EffectTag.values())),
                        rows);
    }

    /**
     * Returns practice × effect tag.
     *
     * <ul>
     *   <li>LONG ({@code practice-tags}): {@code practice, community, tag, tagged, quote} — one row
     *       per practice and tag; {@code tagged} is 1 or 0, {@code quote} the grounding sentence of a
     *       tagged pair, else empty.
     *   <li>WIDE ({@code practice-tags-wide}): {@code practice, community}, then a 0/1 column per tag ID.
     * </ul>
     *
     * @param catalog the catalog, not null
     * @param layout the layout, not null
     * @return the table, not null
     */
    public static DataTable practiceTags(Catalog catalog, TableLayout layout) {
        return practiceMatrix(catalog, layout, "practice-tags", "tag", "tagged", EffectTag.values(),
                Practice::hasEffectTag);
    }

    /**
     * Returns practice × challenge.
     *
     * <ul>
     *   <li>LONG ({@code practice-challenges}): {@code practice, community, challenge, addressed,
     *       quote} — one row per practice and challenge; {@code addressed} is 1 or 0, {@code quote}
     *       the grounding sentence of an addressed pair, else empty.
     *   <li>WIDE ({@code practice-challenges-wide}): {@code practice, community}, then a 0/1 column
     *       per challenge ID.
     * </ul>
     *
     * @param catalog the catalog, not null
     * @param layout the layout, not null
     * @return the table, not null
     */
    public static DataTable practiceChallenges(Catalog catalog, TableLayout layout) {
        return practiceMatrix(catalog, layout, "practice-challenges", "challenge", "addressed", Challenge.values(),
                Practice::addresses);
    }

    private static <E extends Enum<E> & Labelled> DataTable practiceMatrix(Catalog catalog, TableLayout layout,
            String name, String key, String value, E[] vocabulary, BiFunction<Practice, E, Boolean> has) {
        Objects.requireNonNull(layout, "layout");
        List<List<String>> rows = new ArrayList<>();
        for (Practice p : catalog.practices()) {
            String number = String.valueOf(p.number());
            String community = p.community().map(CommunityId::value).orElse("");
            if (layout == TableLayout.LONG) {
                for (E e : vocabulary) {
                    boolean set = has.apply(p, e);
                    rows.add(List.of(number, community, e.id(), flag(set), set ? p.groundingOf(e).orElse("") : ""));
                }
            } else {
                List<String> row = new ArrayList<>(List.of(number, community));
                for (E e : vocabulary) {
                    row.add(flag(has.apply(p, e)));
                }
                rows.add(row);
            }
        }
        return layout == TableLayout.LONG
                ? DataTable.of(name, List.of("practice", "community", key, value, "quote"), rows)
                : DataTable.of(name + "-wide", concat(List.of("practice", "community"), ids(vocabulary)), rows);
    }

    /**
     * Returns one row per occurrence of every fixed-date event in a distribution's window, skipped
     * ones included ({@code occurrences}): {@code community, eventIndex, kind, titleJa, titleEn,
     * date, time, weekday, month, status, scheduledDate, holiday, holidayJa, holidayEn}.
     *
     * <p>{@code time} is {@code HH:mm} or empty for an all-day event; {@code weekday} and
     * {@code month} are of {@code date} ({@code MONDAY}, {@code 1}..{@code 12}); {@code status} is
     * {@code HAPPENS}, {@code MOVED} or {@code SKIPPED}; {@code scheduledDate} is the date the rule
     * gives (the same as {@code date} unless moved); {@code holiday}, {@code holidayJa} and
     * {@code holidayEn} give the date and names of the holiday that moved or skipped it, else empty.
     *
     * @param distribution the distribution, not null
     * @return the table, not null
     */
    public static DataTable occurrences(EventDistribution distribution) {
        Objects.requireNonNull(distribution, "distribution");
        List<List<String>> rows = new ArrayList<>();
        for (ScheduledOccurrence o : distribution.occurrences()) {
            String status = o.isSkipped() ? "SKIPPED" : o.isMoved() ? "MOVED" : "HAPPENS";
            rows.add(List.of(o.community().value(), String.valueOf(o.eventIndex()), o.event().kind().id(),
                    o.event().title().ja(), o.event().title().en(), o.date().toString(),
                    o.time().map(Object::toString).orElse(""), o.date().getDayOfWeek().name(),
                    String.valueOf(o.date().getMonthValue()), status,
                    o.movedFrom().orElse(o.date()).toString(),
                    text(o.holiday().map(h -> h.date().toString())), text(o.holiday().map(h -> h.ja())),
                    text(o.holiday().map(h -> h.en()))));
        }
        return DataTable.of("occurrences", List.of("community", "eventIndex", "kind", "titleJa", "titleEn", "date",
                "time", "weekday", "month", "status", "scheduledDate", "holiday", "holidayJa", "holidayEn"), rows);
    }

    /**
     * Returns the month calendar of a distribution ({@code calendar}), the wide form of
     * {@link #occurrences}: {@code community}, then one column per month {@code 1}..{@code 12}
     * holding the number of occurrences that happen in it, then {@code total}; one row per
     * community of the catalog, in catalog order.
     *
     * @param distribution the distribution, not null
     * @return the table, not null
     */
    public static DataTable calendar(EventDistribution distribution) {
        Objects.requireNonNull(distribution, "distribution");
        List<List<String>> rows = new ArrayList<>();
        distribution.byCommunityAndMonth().forEach((id, months) -> {
            List<String> row = new ArrayList<>(List.of(id.value()));
            months.values().forEach(n -> row.add(String.valueOf(n)));
            row.add(String.valueOf(months.values().stream().mapToInt(Integer::intValue).sum()));
            rows.add(row);
        });
        List<String> columns = new ArrayList<>(List.of("community"));
        Arrays.stream(Month.values()).forEach(m -> columns.add(String.valueOf(m.getValue())));
        columns.add("total");
        return DataTable.of("calendar", columns, rows);
    }

    /**
     * Returns how often every event of the catalog happens in a year ({@code event-frequencies}):
     * {@code community, eventIndex, kind, titleJa, titleEn, cadenceJa, fixedDates, year,
     * timesPerYear, basis}. {@code fixedDates} is 1 when the source fixes the event's dates;
     * {@code timesPerYear} is empty when the {@code basis} ({@link FrequencyBasis} ID) is
     * {@code UNKNOWN}.
     *
     * @param catalog the catalog, not null
     * @param year the year to count rules in, not null
     * @return the table, not null
     * @throws SecunityException if an event's rule has more than {@link EventFrequency#MAX_PER_YEAR}
     *     occurrences in the year
     */
    public static DataTable eventFrequencies(Catalog catalog, Year year) {
        Objects.requireNonNull(year, "year");
        List<List<String>> rows = new ArrayList<>();
        for (CatalogEvent e : catalog.events()) {
            EventFrequency f = e.frequency(year);
            rows.add(List.of(e.community().value(), String.valueOf(e.eventIndex()), e.event().kind().id(),
                    e.event().title().ja(), e.event().title().en(),
                    text(e.event().cadence().map(c -> c.text().ja())), flag(e.hasFixedDates()), year.toString(),
                    f.timesPerYear().isPresent() ? String.valueOf(f.timesPerYear().getAsInt()) : "",
                    f.basis().id()));
        }
        return DataTable.of("event-frequencies", List.of("community", "eventIndex", "kind", "titleJa", "titleEn",
                "cadenceJa", "fixedDates", "year", "timesPerYear", "basis"), rows);
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    private static String flag(boolean set) {
        return set ? "1" : "0";
    }

    private static List<String> ids(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::id).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
