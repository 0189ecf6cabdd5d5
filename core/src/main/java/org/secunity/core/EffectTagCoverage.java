package org.secunity.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which communities cover each effect tag: a community covers a tag when at least one of its
 * practices has it. Counts communities, not practices, per tag, per community and per region
 * (practices 21 and 22 belong to no community and count for none).
 *
 * <p>Immutable and safe to share; compare with {@code equals}. {@link #toString()} renders a
 * text table.
 *
 * <pre>{@code
 * EffectTagCoverage coverage = catalog.effectTagCoverage();
 * coverage.leastCovered();                                   // tags, fewest communities first
 * coverage.communitiesWith(EffectTag.REDUCE_OPERATING_BURDEN);
 * coverage.byRegion().get(Region.KYUSHU);                   // {PROMOTE_COMPANY_PARTICIPATION=…, …}
 * }</pre>
 */
public final class EffectTagCoverage {

    private final Map<CommunityId, Region> regions;
    private final Map<CommunityId, Map<EffectTag, Integer>> practiceCounts;

    private EffectTagCoverage(Map<CommunityId, Region> regions, Map<CommunityId, Map<EffectTag, Integer>> counts) {
        this.regions = regions;
        this.practiceCounts = counts;
    }

    /**
     * Returns the coverage of a catalog's communities.
     *
     * @param catalog the catalog, not null
     * @return the coverage, not null
     */
    public static EffectTagCoverage of(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        Map<CommunityId, Region> regions = new LinkedHashMap<>();
        Map<CommunityId, Map<EffectTag, Integer>> counts = new LinkedHashMap<>();
        for (Community c : catalog.communities()) {
            regions.put(c.id(), c.region());
            EnumMap<EffectTag, Integer> byTag = new EnumMap<>(EffectTag.class);
            for (EffectTag tag : EffectTag.values()) {
                byTag.put(tag, 0);
            }
            for (Practice p : catalog.practicesOf(c.id())) {
                p.effectTags().forEach(t -> byTag.merge(t, 1, Integer::sum));
            }
            counts.put(c.id(), Collections.unmodifiableMap(byTag));
        }
        return new EffectTagCoverage(Collections.unmodifiableMap(regions), Collections.unmodifiableMap(counts));
    }

    /**
     * Returns the communities, in catalog order.
     *
     * @return the communities' IDs, unmodifiable
     */
    public List<CommunityId> communities() {
        return List.copyOf(regions.keySet());
    }

    /**
     * Returns, per community, how many of its practices have each tag.
     *
     * @return the counts, communities in catalog order, every tag in the order of {@link EffectTag},
     *     unmodifiable
     */
    public Map<CommunityId, Map<EffectTag, Integer>> practiceCounts() {
        return practiceCounts;
    }

    /**
     * Returns the communities that cover a tag.
     *
     * @param tag the tag, not null
     * @return the communities with at least one practice of the tag, in catalog order, unmodifiable
     */
    public List<CommunityId> communitiesWith(EffectTag tag) {
        Objects.requireNonNull(tag, "tag");
        return practiceCounts.entrySet().stream().filter(e -> e.getValue().get(tag) > 0).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Returns how many communities cover each tag.
     *
     * @return a count for every tag (0 included), in the order of {@link EffectTag}, unmodifiable
     */
    public Map<EffectTag, Integer> communityCounts() {
        EnumMap<EffectTag, Integer> out = new EnumMap<>(EffectTag.class);
        for (EffectTag tag : EffectTag.values()) {
            out.put(tag, communitiesWith(tag).size());
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the share of the communities that cover a tag.
     *
     * @param tag the tag, not null
     * @return covering communities / all communities, in [0, 1]; 0 for a catalog without communities
     */
    public double share(EffectTag tag) {
        return regions.isEmpty() ? 0.0 : (double) communitiesWith(tag).size() / regions.size();
    }

    /**
     * Returns the tags ordered from the one the fewest communities cover to the one the most cover;
     * ties keep the order of {@link EffectTag}.
     *
     * @return every tag, unmodifiable
     */
    public List<EffectTag> leastCovered() {
        Map<EffectTag, Integer> counts = communityCounts();
        List<EffectTag> tags = new ArrayList<>(counts.keySet());
        tags.sort(Comparator.comparingInt(counts::get));
        return List.copyOf(tags);
    }

    /**
     * Returns, per region, how many of its communities cover each tag.
     *
     * @return the regions that have communities, in the order of {@link Region}, each with a count for
     *     every tag, unmodifiable
     */
    public Map<Region, Map<EffectTag, Integer>> byRegion() {
        EnumMap<Region, Map<EffectTag, Integer>> out = new EnumMap<>(Region.class);
        practiceCounts.forEach((community, counts) -> {
            Map<EffectTag, Integer> row = out.computeIfAbsent(regions.get(community), r -> zeros());
            counts.forEach((tag, n) -> {
                if (n > 0) {
                    row.merge(tag, 1, Integer::sum);
                }
            });
        });
        out.replaceAll((r, row) -> Collections.unmodifiableMap(row));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns how many communities each region has.
     *
     * @return the regions that have communities, in the order of {@link Region}, unmodifiable
     */
    public Map<Region, Integer> communitiesPerRegion() {
        EnumMap<Region, Integer> out = new EnumMap<>(Region.class);
        regions.values().forEach(r -> out.merge(r, 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns a community's region.
     *
     * @param community the community's ID, not null
     * @return the region
     * @throws org.secunity.SecunityException if the community is not in the coverage
     */
    public Region regionOf(CommunityId community) {
        Region r = regions.get(Objects.requireNonNull(community, "community"));
        if (r == null) {
            throw new org.secunity.SecunityException("unknown community " + community + "; the coverage has "
                    + regions.keySet());
        }
        return r;
    }

    private static EnumMap<EffectTag, Integer> zeros() {
        EnumMap<EffectTag, Integer> row = new EnumMap<>(EffectTag.class);
        for (EffectTag tag : EffectTag.values()) {
            row.put(tag, 0);
        }
        return row;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EffectTagCoverage that && regions.equals(that.regions)
                && practiceCounts.equals(that.practiceCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regions, practiceCounts);
    }

    /**
     * Returns a text table: one line per community with its practices per tag (tags numbered 1 to 5
     * in the order of {@link EffectTag}), then the number of communities covering each tag.
     *
     * @return the table, not null
     */
    @Override
    public String toString() {
        EffectTag[] tags = EffectTag.values();
        StringBuilder out = new StringBuilder(String.format("%-18s %-9s", "community", "region"));
        for (int i = 0; i < tags.length; i++) {
            out.append(String.format("%4d", i + 1));
        }
        out.append('\n');
        practiceCounts.forEach((community, counts) -> {
            out.append(String.format("%-18s %-9s", community.value(), regions.get(community).id()));
            for (EffectTag tag : tags) {
                out.append(String.format("%4d", counts.get(tag)));
            }
            out.append('\n');
        });
        out.append(String.format("%-28s", "communities covering"));
        Map<EffectTag, Integer> covering = communityCounts();
        for (EffectTag tag : tags) {
            out.append(String.format("%4d", covering.get(tag)));
        }
        out.append('\n');
        for (int i = 0; i < tags.length; i++) {
            out.append(i + 1).append(' ').append(tags[i].id()).append(' ').append(tags[i].ja()).append('\n');
        }
        return out.toString();
    }
}
