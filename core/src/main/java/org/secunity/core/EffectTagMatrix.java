package org.secunity.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The practice × effect-tag matrix of a catalog: one row per practice, one column per
 * {@link EffectTag}, a cell set when the practice has the tag.
 *
 * <p>Immutable and safe to share; compare with {@code equals}. {@link #toString()} renders a
 * text table for a terminal or JShell.
 *
 * <pre>{@code
 * EffectTagMatrix m = catalog.effectTagMatrix();
 * m.has(3, EffectTag.REDUCE_OPERATING_BURDEN);   // true
 * m.columnTotals();                              // {PROMOTE_COMPANY_PARTICIPATION=…, …}
 * }</pre>
 */
public final class EffectTagMatrix {

    private final List<Row> rows;

    private EffectTagMatrix(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * Returns the matrix of a list of practices.
     *
     * @param practices the practices, in the order of the rows, not null
     * @return the matrix, not null
     */
    public static EffectTagMatrix of(List<Practice> practices) {
        Objects.requireNonNull(practices, "practices");
        return new EffectTagMatrix(practices.stream()
                .map(p -> new Row(p.number(), p.community(), p.effectTags()))
                .toList());
    }

    /**
     * Returns the rows, one per practice.
     *
     * @return the rows, unmodifiable
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns whether a practice has a tag.
     *
     * @param practice the practice number
     * @param tag the tag, not null
     * @return true if the matrix has a row for the practice and its cell for the tag is set
     */
    public boolean has(int practice, EffectTag tag) {
        Objects.requireNonNull(tag, "tag");
        return rows.stream().anyMatch(r -> r.practice() == practice && r.tags().contains(tag));
    }

    /**
     * Returns how many rows have each tag.
     *
     * @return a total for every tag (0 included), in the order of {@link EffectTag}, unmodifiable
     */
    public Map<EffectTag, Integer> columnTotals() {
        EnumMap<EffectTag, Integer> totals = new EnumMap<>(EffectTag.class);
        for (EffectTag tag : EffectTag.values()) {
            totals.put(tag, (int) rows.stream().filter(r -> r.tags().contains(tag)).count());
        }
        return Collections.unmodifiableMap(totals);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EffectTagMatrix that && rows.equals(that.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    /**
     * Returns a text table: a header of tag numbers (1 to 5, in the order of {@link EffectTag}),
     * one line per practice with {@code x} in the cells that are set, and a line of totals.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        EffectTag[] tags = EffectTag.values();
        StringBuilder out = new StringBuilder("practice  community          ");
        for (int i = 0; i < tags.length; i++) {
            out.append(' ').append(i + 1);
        }
        out.append('\n');
        for (Row row : rows) {
            out.append(String.format("%8d  %-18s ", row.practice(), row.community().map(CommunityId::value).orElse("-")));
            for (EffectTag tag : tags) {
                out.append(' ').append(row.tags().contains(tag) ? 'x' : '.');
            }
            out.append('\n');
        }
        out.append(String.format("%8s  %-18s ", "total", ""));
        Map<EffectTag, Integer> totals = columnTotals();
        for (EffectTag tag : tags) {
            out.append(' ').append(totals.get(tag));
        }
        out.append('\n');
        for (int i = 0; i < tags.length; i++) {
            out.append(i + 1).append(' ').append(tags[i].id()).append(" ").append(tags[i].ja()).append('\n');
        }
        return out.toString();
    }

    /**
     * One row of the matrix.
     *
     * @param practice the practice number
     * @param community the practice's community, or empty
     * @param tags the practice's effect tags, unmodifiable
     */
    public record Row(int practice, Optional<CommunityId> community, Set<EffectTag> tags) {

        /**
         * Creates a row.
         *
         * @param practice the practice number
         * @param community the practice's community, not null (empty for none)
         * @param tags the practice's effect tags, not null
         */
        public Row {
            Objects.requireNonNull(community, "community");
            tags = Collections.unmodifiableSet(
                    tags.isEmpty() ? java.util.EnumSet.noneOf(EffectTag.class) : java.util.EnumSet.copyOf(tags));
        }
    }
}
