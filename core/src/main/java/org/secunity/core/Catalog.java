package org.secunity.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.internal.SecunityStyle;

/**
 * The queryable collection of communities and practices: the bundled seed catalog, or one of
 * your own.
 *
 * <p>A catalog is valid when it is built: community IDs are unique, practices are numbered
 * 1..n without gaps or repeats, and every community a practice or partnership names is in the
 * catalog. Practices are kept in number order and communities in the order given; every query
 * returns an unmodifiable list in that stable order. Immutable and safe to share between
 * threads; the indexes behind the queries are built once, on first use.
 *
 * <pre>{@code
 * Catalog catalog = SeedCatalog.load();
 * catalog.practice(13);                                        // Optional[Practice 13 …]
 * catalog.practicesWithAnyTag(EffectTag.REDUCE_OPERATING_BURDEN);
 * catalog.practicesAddressing(Challenge.STAFF_ROTATION);
 * catalog.communitiesIn(Region.KYUSHU);
 * System.out.println(catalog.effectTagMatrix());
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Catalog {

    Catalog() {}

    /**
     * Returns the publication the catalog is drawn from.
     *
     * @return the source, or empty for a catalog of your own
     */
    public abstract Optional<CatalogSource> source();

    /**
     * Returns the communities, in the order given.
     *
     * @return the communities, unmodifiable
     */
    public abstract List<Community> communities();

    /**
     * Returns the practices, in number order.
     *
     * @return the practices, unmodifiable
     */
    public abstract List<Practice> practices();

    /**
     * Returns an empty catalog.
     *
     * @return a catalog without communities or practices, not null
     */
    public static Catalog empty() {
        return builder().build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- queries

    /**
     * Returns the practice with a number.
     *
     * @param number the practice number
     * @return the practice, or empty if the catalog has no such practice
     */
    public Optional<Practice> practice(int number) {
        return number >= 1 && number <= practices().size()
                ? Optional.of(practices().get(number - 1))
                : Optional.empty();
    }

    /**
     * Returns the community with an ID.
     *
     * @param id the ID, not null
     * @return the community, or empty if the catalog has no such community
     */
    public Optional<Community> community(CommunityId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(communitiesById().get(id));
    }

    /**
     * Returns the community with an ID given as text.
     *
     * @param id the ID, not null, such as {@code "haisl"}
     * @return the community, or empty if the catalog has no such community
     * @throws org.secunity.SecunityParseException if the text is not a valid community ID
     */
    public Optional<Community> community(String id) {
        return community(CommunityId.of(id));
    }

    /**
     * Returns the practices of a community.
     *
     * @param id the community's ID, not null
     * @return the practices, in number order, unmodifiable; empty for an unknown community
     */
    public List<Practice> practicesOf(CommunityId id) {
        Objects.requireNonNull(id, "id");
        return practicesWhere(p -> p.community().filter(id::equals).isPresent());
    }

    /**
     * Returns the practices that belong to no single community.
     *
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWithoutCommunity() {
        return practicesWhere(p -> p.community().isEmpty());
    }

    /**
     * Returns the practices that have at least one of the given effect tags.
     *
     * @param tags the tags, not null; none gives an empty list
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWithAnyTag(Collection<EffectTag> tags) {
        Set<EffectTag> wanted = enumSet(tags, EffectTag.class);
        return practicesWhere(p -> !Collections.disjoint(p.effectTags(), wanted));
    }

    /**
     * Returns the practices that have at least one of the given effect tags.
     *
     * @param tags the tags, not null
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWithAnyTag(EffectTag... tags) {
        return practicesWithAnyTag(Arrays.asList(tags));
    }

    /**
     * Returns the practices that have all the given effect tags.
     *
     * @param tags the tags, not null; none gives every practice
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWithAllTags(Collection<EffectTag> tags) {
        Set<EffectTag> wanted = enumSet(tags, EffectTag.class);
        return practicesWhere(p -> p.effectTags().containsAll(wanted));
    }

    /**
     * Returns the practices that have all the given effect tags.
     *
     * @param tags the tags, not null
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWithAllTags(EffectTag... tags) {
        return practicesWithAllTags(Arrays.asList(tags));
    }

    /**
     * Returns the practices that address a challenge.
     *
     * @param challenge the challenge, not null
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesAddressing(Challenge challenge) {
        Objects.requireNonNull(challenge, "challenge");
        return practicesWhere(p -> p.addresses(challenge));
    }

    /**
     * Returns the practices carried out by an actor with a role.
     *
     * @param role the role, not null
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWithRole(Role role) {
        Objects.requireNonNull(role, "role");
        return practicesWhere(p -> p.actors().stream().anyMatch(a -> a.role() == role));
    }

    /**
     * Returns the practices that match a condition.
     *
     * @param condition the condition, not null
     * @return the practices, in number order, unmodifiable
     */
    public List<Practice> practicesWhere(Predicate<? super Practice> condition) {
        Objects.requireNonNull(condition, "condition");
        return practices().stream().filter(condition).toList();
    }

    /**
     * Returns the communities in a region.
     *
     * @param region the region, not null
     * @return the communities, in catalog order, unmodifiable
     */
    public List<Community> communitiesIn(Region region) {
        Objects.requireNonNull(region, "region");
        return communities().stream().filter(c -> c.region() == region).toList();
    }

    /**
     * Returns the communities of a prefecture.
     *
     * @param prefecture the prefecture, not null
     * @return the communities whose prefecture it is, in catalog order, unmodifiable
     */
    public List<Community> communitiesIn(Prefecture prefecture) {
        Objects.requireNonNull(prefecture, "prefecture");
        return communities().stream().filter(c -> c.prefecture().filter(prefecture::equals).isPresent()).toList();
    }

    // ---- events

    /**
     * Returns every event of every community, each with its community: communities in catalog
     * order, each community's events in its order.
     *
     * <pre>{@code
     * catalog.events().size();                                      // 19 in the seed catalog
     * catalog.events().stream().filter(CatalogEvent::hasFixedDates).toList();
     * }</pre>
     *
     * @return the events, unmodifiable
     */
    @Value.Lazy
    public List<CatalogEvent> events() {
        List<CatalogEvent> out = new ArrayList<>();
        for (Community c : communities()) {
            for (int i = 0; i < c.events().size(); i++) {
                out.add(CatalogEvent.of(c.id(), i, c.events().get(i)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns how many events each community holds in a year, summed over its events'
     * {@linkplain EventFrequency frequencies} and kept apart by how each is known.
     *
     * <pre>{@code
     * catalog.eventsPerYear(Year.of(2026)).forEach((id, total) -> System.out.println(id + ": " + total));
     * // kagoshima-council: 52 a year (52 counted), 1 of 2 events unknown
     * }</pre>
     *
     * @param year the year to count rules in, not null
     * @return a total for every community, in catalog order, unmodifiable
     * @throws org.secunity.SecunityException if an event's rule has more than
     *     {@link EventFrequency#MAX_PER_YEAR} occurrences in the year
     */
    public Map<CommunityId, FrequencyTotal> eventsPerYear(java.time.Year year) {
        Objects.requireNonNull(year, "year");
        Map<CommunityId, List<EventFrequency>> byCommunity = new java.util.LinkedHashMap<>();
        communities().forEach(c -> byCommunity.put(c.id(), new ArrayList<>()));
        events().forEach(e -> byCommunity.get(e.community()).add(e.frequency(year)));
        Map<CommunityId, FrequencyTotal> out = new java.util.LinkedHashMap<>();
        byCommunity.forEach((id, frequencies) -> out.put(id, FrequencyTotal.of(frequencies)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns when the catalog's events with fixed dates happen over a window of days, without a
     * holiday policy; see {@link EventDistribution}.
     *
     * @param from the first day, included, not null
     * @param to the day after the last, excluded, not null; at most ten years after {@code from}
     * @return the distribution, not null
     * @throws org.secunity.SecunityException if the window is empty or too long
     */
    public EventDistribution eventDistribution(java.time.LocalDate from, java.time.LocalDate to) {
        return EventDistribution.of(this, from, to, Optional.empty());
    }

    /**
     * Returns when the catalog's events with fixed dates happen over a window of days, with a
     * holiday policy applied to occurrences on Japan's national holidays; see {@link EventDistribution}.
     *
     * @param from the first day, included, not null
     * @param to the day after the last, excluded, not null; at most ten years after {@code from}
     * @param policy the holiday policy, not null
     * @return the distribution, not null
     * @throws org.secunity.SecunityException if the window is empty or too long, or lies outside
     *     the holiday calendar's years (2007 to 2099)
     */
    public EventDistribution eventDistribution(java.time.LocalDate from, java.time.LocalDate to,
            org.secunity.recurrence.holiday.HolidayPolicy policy) {
        return EventDistribution.of(this, from, to, Optional.of(Objects.requireNonNull(policy, "policy")));
    }

    // ---- counts and matrices

    /**
     * Returns how many practices have each effect tag.
     *
     * @return a count for every tag (0 included), in the order of {@link EffectTag}, unmodifiable
     */
    public Map<EffectTag, Integer> effectTagCounts() {
        return counts(EffectTag.class, Practice::effectTags);
    }

    /**
     * Returns how many practices address each challenge.
     *
     * @return a count for every challenge (0 included), in the order of {@link Challenge}, unmodifiable
     */
    public Map<Challenge, Integer> challengeCounts() {
        return counts(Challenge.class, Practice::challenges);
    }

    /**
     * Returns which communities cover each effect tag (have at least one practice with it), per
     * community and per region.
     *
     * @return the coverage, not null
     */
    public EffectTagCoverage effectTagCoverage() {
        return EffectTagCoverage.of(this);
    }

    /**
     * Returns the practice × effect-tag matrix for analysis.
     *
     * @return the matrix, one row per practice in number order, not null
     */
    public EffectTagMatrix effectTagMatrix() {
        return EffectTagMatrix.of(practices());
    }

    private <E extends Enum<E>> Map<E, Integer> counts(
            Class<E> type, java.util.function.Function<Practice, Set<E>> values) {
        EnumMap<E, Integer> counts = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            counts.put(e, 0);
        }
        for (Practice p : practices()) {
            for (E e : values.apply(p)) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type) {
        Objects.requireNonNull(values, "tags");
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : values) {
            set.add(Objects.requireNonNull(e, "tag"));
        }
        return set;
    }

    @Value.Lazy
    Map<CommunityId, Community> communitiesById() {
        Map<CommunityId, Community> map = new HashMap<>();
        for (Community c : communities()) {
            map.put(c.id(), c);
        }
        return Collections.unmodifiableMap(map);
    }

    // ---- invariants

    @Value.Check
    Catalog validate() {
        List<Violation> violations = new ArrayList<>();
        Checks.unique("communities", communities(), Community::id, "community ID", violations);
        Set<CommunityId> ids = new HashSet<>();
        communities().forEach(c -> ids.add(c.id()));
        for (int i = 0; i < communities().size(); i++) {
            Community c = communities().get(i);
            for (int j = 0; j < c.partnerCommunities().size(); j++) {
                CommunityId partner = c.partnerCommunities().get(j);
                if (!ids.contains(partner)) {
                    violations.add(new Violation("communities[" + i + "].partnerCommunities[" + j + "]",
                            "unknown community " + partner + "; the catalog has " + sorted(ids)));
                }
            }
        }
        int n = practices().size();
        Set<Integer> numbers = new HashSet<>();
        boolean ordered = true;
        for (int i = 0; i < n; i++) {
            Practice p = practices().get(i);
            if (p.number() > n) {
                violations.add(new Violation("practices[" + i + "].number",
                        "practice number must be in 1.." + n + " (the number of practices), but was " + p.number()));
            }
            if (!numbers.add(p.number())) {
                violations.add(new Violation("practices[" + i + "].number", "duplicate practice number " + p.number()));
            }
            if (p.number() != i + 1) {
                ordered = false;
            }
            if (p.community().isPresent() && !ids.contains(p.community().get())) {
                violations.add(new Violation("practices[" + i + "].community",
                        "unknown community " + p.community().get() + "; the catalog has " + sorted(ids)));
            }
        }
        Checks.report(violations);
        if (ordered) {
            return this;
        }
        List<Practice> sorted = new ArrayList<>(practices());
        sorted.sort(Comparator.comparingInt(Practice::number));
        return builder().from(this).practices(sorted).build();
    }

    private static List<String> sorted(Set<CommunityId> ids) {
        return ids.stream().sorted().map(CommunityId::value).toList();
    }

    /**
     * Returns a summary: the number of communities and practices.
     *
     * @return a readable form, such as {@code "Catalog[10 communities, 22 practices]"}
     */
    @Override
    public String toString() {
        return "Catalog[" + communities().size() + " communities, " + practices().size() + " practices]";
    }

    /** Builds a {@link Catalog}; every attribute is optional. */
    public static final class Builder extends ImmutableCatalog.Builder {
        Builder() {}
    }
}
