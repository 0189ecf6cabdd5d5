package org.secunity.serialization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.secunity.core.Challenge;
import org.secunity.core.EffectTag;
import org.secunity.core.Labelled;

/**
 * A table of a catalog for analysis in a spreadsheet, R or pandas, as {@link CsvExport} writes it.
 *
 * <p>Every table has a header row of camelCase column names; vocabulary columns are named by the
 * values' stable IDs and hold {@code 1} or {@code 0}; an absent value is an empty cell.
 *
 * <pre>{@code
 * CsvTable.PRACTICES.columns();   // [number, community, titleJa, titleEn, PROMOTE_COMPANY_PARTICIPATION, …]
 * }</pre>
 */
public enum CsvTable {
    /**
     * One row per practice: {@code number, community, titleJa, titleEn}, then a 0/1 column per
     * {@link EffectTag} and per {@link Challenge}, named by their IDs.
     */
    PRACTICES("practices.csv", concat(List.of("number", "community", "titleJa", "titleEn"),
            ids(EffectTag.values()), ids(Challenge.values()))),

    /** The practice × effect-tag matrix: {@code practice, community}, then a 0/1 column per {@link EffectTag}. */
    EFFECT_TAG_MATRIX("effect-tag-matrix.csv", concat(List.of("practice", "community"), ids(EffectTag.values()))),

    /**
     * One row per community: {@code id, nameJa, nameEn, acronym, region, prefecture, founded,
     * legalForm, organizerType, countedMembers, practices} (the number of its practices).
     */
    COMMUNITIES("communities.csv", List.of("id", "nameJa", "nameEn", "acronym", "region", "prefecture", "founded",
            "legalForm", "organizerType", "countedMembers", "practices")),

    /**
     * One row per event: {@code community, kind, titleJa, titleEn, dates} (ISO dates separated by
     * {@code ;}, a span as {@code from/until}), {@code cadenceJa, cadenceEn, rrule, timesPerYear}.
     */
    EVENTS("events.csv", List.of("community", "kind", "titleJa", "titleEn", "dates", "cadenceJa", "cadenceEn",
            "rrule", "timesPerYear"));

    private final String fileName;
    private final List<String> columns;

    CsvTable(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /**
     * Returns the column names, in order, as the header row prints them.
     *
     * @return the names, not empty, unmodifiable
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns a conventional file name for the table, such as {@code practices.csv}.
     *
     * @return the file name, not null
     */
    public String fileName() {
        return fileName;
    }

    private static List<String> ids(Labelled[] values) {
        return Arrays.stream(values).map(Labelled::id).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
