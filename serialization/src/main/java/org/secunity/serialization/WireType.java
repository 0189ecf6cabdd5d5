package org.secunity.serialization;

import java.util.List;
import java.util.Objects;
import org.secunity.SecunityException;
import org.secunity.core.Actor;
import org.secunity.core.Attendance;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogSource;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.Figure;
import org.secunity.core.Grounded;
import org.secunity.core.Labelled;
import org.secunity.core.MemberCount;
import org.secunity.core.Membership;
import org.secunity.core.Organization;
import org.secunity.core.PartialDate;
import org.secunity.core.Practice;
import org.secunity.core.SourceDate;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;
import org.secunity.serialization.internal.Codec;
import org.secunity.serialization.internal.Codecs;
import org.secunity.serialization.internal.MatchingCodecs;
import org.secunity.serialization.internal.ModelCodecs;
import org.secunity.serialization.internal.SchemaVersions;
import org.secunity.serialization.internal.VersionedCodec;

/**
 * A model type that documents carry, with its wire form: what {@link SecunityMapper} reads into
 * and writes from.
 *
 * <p>Every public core value has a constant here; {@link #of(Class)} finds it by class, so that
 * most callers pass a class ({@code SecunityMapper.json().read(Practice.class, json)}). Grounded values
 * and lists need a wire type, since a class cannot name their item type:
 * {@code WireType.grounded(Challenge.class)}, {@code WireType.listOf(WireType.PRACTICE)}.
 * A {@link #CATALOG} is a whole catalog document with its {@code schemaVersion}; a {@link #SITUATION}
 * is the matcher's input and {@link #ranking(Catalog)} its output.
 * Immutable and safe to share.
 *
 * <pre>{@code
 * List<Practice> practices = SecunityMapper.json().read(WireType.listOf(WireType.PRACTICE), json);
 * Grounded<Challenge> link = SecunityMapper.yaml().read(WireType.grounded(Challenge.class), yaml);
 * }</pre>
 *
 * @param <T> the model type
 */
public final class WireType<T> {

    /** A catalog document: {@code {"schemaVersion": 1, "source": …, "communities": […], "practices": […]}}. */
    public static final WireType<Catalog> CATALOG = new WireType<>("catalog", Catalog.class,
            new VersionedCodec<>(SchemaVersions.CATALOG, ModelCodecs.CATALOG));
    /** The publication a catalog is drawn from. */
    public static final WireType<CatalogSource> CATALOG_SOURCE =
            new WireType<>("catalogSource", CatalogSource.class, ModelCodecs.CATALOG_SOURCE);
    /** A community. */
    public static final WireType<Community> COMMUNITY = new WireType<>("community", Community.class, ModelCodecs.COMMUNITY);
    /** A practice, with {@code "community": null} when it has none. */
    public static final WireType<Practice> PRACTICE = new WireType<>("practice", Practice.class, ModelCodecs.PRACTICE);
    /** An event. */
    public static final WireType<Event> EVENT = new WireType<>("event", Event.class, ModelCodecs.EVENT);
    /** An event's cadence. */
    public static final WireType<EventCadence> EVENT_CADENCE =
            new WireType<>("eventCadence", EventCadence.class, ModelCodecs.EVENT_CADENCE);
    /** An organization. */
    public static final WireType<Organization> ORGANIZATION =
            new WireType<>("organization", Organization.class, ModelCodecs.ORGANIZATION);
    /** A membership: an organization and its roles. */
    public static final WireType<Membership> MEMBERSHIP =
            new WireType<>("membership", Membership.class, ModelCodecs.MEMBERSHIP);
    /** A counted row of a member composition. */
    public static final WireType<MemberCount> MEMBER_COUNT =
            new WireType<>("memberCount", MemberCount.class, ModelCodecs.MEMBER_COUNT);
    /** An actor of a practice. */
    public static final WireType<Actor> ACTOR = new WireType<>("actor", Actor.class, ModelCodecs.ACTOR);
    /** A participant figure of an event. */
    public static final WireType<Attendance> ATTENDANCE =
            new WireType<>("attendance", Attendance.class, ModelCodecs.ATTENDANCE);
    /** The text of a practice page's figure. */
    public static final WireType<Figure> FIGURE = new WireType<>("figure", Figure.class, ModelCodecs.FIGURE);
    /** A date with the source's wording: {@code {"date": "2014-09", "sourceText": "平成26年9月"}}. */
    public static final WireType<SourceDate> SOURCE_DATE =
            new WireType<>("sourceDate", SourceDate.class, ModelCodecs.SOURCE_DATE);
    /** A Japanese and English text: {@code {"ja": "…", "en": "…"}}. */
    public static final WireType<BilingualText> BILINGUAL_TEXT =
            new WireType<>("text", BilingualText.class, ModelCodecs.TEXT);
    /** A partial date, as an ISO string: {@code "2014-09"}. */
    public static final WireType<PartialDate> PARTIAL_DATE =
            new WireType<>("partialDate", PartialDate.class, ModelCodecs.PARTIAL_DATE);
    /** A community ID, as a string: {@code "haisl"}. */
    public static final WireType<CommunityId> COMMUNITY_ID =
            new WireType<>("communityId", CommunityId.class, ModelCodecs.COMMUNITY_ID);

    /**
     * A situation document, the matcher's input: {@code {"stage": "FORMING", "goals":
     * {"ENABLE_CONTINUOUS_ACTIVITY": 1.0}, "challenges": ["SCHEDULING_CONFLICTS"], "adoptedPractices": [13]}},
     * every field optional, with an optional {@code schemaVersion} (1 when left out). Practice
     * numbers are not checked against a catalog; see {@link #situation(Catalog)}.
     */
    public static final WireType<Situation> SITUATION = new WireType<>("situation", Situation.class,
            MatchingCodecs.SITUATION_DOCUMENT);
    /**
     * Match weights: {@code {"goals": 0.3, "challenges": 0.45, "context": 0.15, "similarity": 0.1}},
     * camelCase keys named as {@link MatchWeights}' accessors; a weight left out keeps its default.
     */
    public static final WireType<MatchWeights> MATCH_WEIGHTS = new WireType<>("matchWeights", MatchWeights.class,
            MatchingCodecs.MATCH_WEIGHTS);

    private static final List<WireType<?>> BY_CLASS = List.of(CATALOG, CATALOG_SOURCE, COMMUNITY, PRACTICE, EVENT,
            EVENT_CADENCE, ORGANIZATION, MEMBERSHIP, MEMBER_COUNT, ACTOR, ATTENDANCE, FIGURE, SOURCE_DATE, BILINGUAL_TEXT,
            PARTIAL_DATE, COMMUNITY_ID, SITUATION, MATCH_WEIGHTS);

    private final String name;
    private final Class<?> javaType;
    private final Codec<T> codec;

    private WireType(String name, Class<?> javaType, Codec<T> codec) {
        this.name = name;
        this.javaType = javaType;
        this.codec = codec;
    }

    /**
     * Returns the wire type of a model class.
     *
     * @param <T> the model type
     * @param type the class, not null: one of the core value types that have a constant here
     * @return the wire type, not null
     * @throws SecunityException if the class has no wire form here, or is {@link Grounded}
     *     or a list (use {@link #grounded(Class)} or {@link #listOf(WireType)})
     */
    @SuppressWarnings("unchecked")
    public static <T> WireType<T> of(Class<T> type) {
        Objects.requireNonNull(type, "type");
        for (WireType<?> w : BY_CLASS) {
            if (w.javaType.equals(type)) {
                return (WireType<T>) w;
            }
        }
        if (Grounded.class.equals(type)) {
            throw new SecunityException("a Grounded value needs its value type: use WireType.grounded(EffectTag.class)");
        }
        throw new SecunityException("no wire form for " + type.getName() + "; supported: "
                + BY_CLASS.stream().map(w -> w.javaType.getSimpleName()).toList());
    }

    /**
     * Returns the wire type of a grounded vocabulary value: {@code {"value": "STAFF_ROTATION", "quote": "…"}}.
     *
     * @param <E> the vocabulary enum
     * @param valueType the enum's class, not null, such as {@code Challenge.class}
     * @return the wire type, not null
     */
    public static <E extends Enum<E> & Labelled> WireType<Grounded<E>> grounded(Class<E> valueType) {
        Objects.requireNonNull(valueType, "valueType");
        return new WireType<>("grounded" + valueType.getSimpleName(), Grounded.class, ModelCodecs.grounded(valueType));
    }

    /**
     * Returns the wire type of a JSON array of values.
     *
     * @param <T> the item type
     * @param item the items' wire type, not null
     * @return the wire type, not null; nulls in the array are violations
     */
    public static <T> WireType<List<T>> listOf(WireType<T> item) {
        Objects.requireNonNull(item, "item");
        return new WireType<>(item.name + "[]", List.class, Codecs.list(item.codec, false, 0));
    }

    /**
     * Returns the wire type of a situation document whose {@code adoptedPractices} must be
     * practices of a catalog: reading {@code {"adoptedPractices": [99]}} against the seed catalog
     * fails with {@code $.adoptedPractices[0]: unknown practice 99; the catalog has 1..22}.
     *
     * @param catalog the catalog, not null
     * @return the wire type, not null; it writes as {@link #SITUATION} does
     */
    public static WireType<Situation> situation(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new WireType<>("situation", Situation.class, MatchingCodecs.situationDocument(catalog));
    }

    /**
     * Returns the wire type of a ranking document, read against the catalog its practice numbers
     * refer to: {@code {"recommendations": [{"practice": 15, "rank": 1, "score": 0.91, "matches": {…},
     * "contributions": {…}, "reasons": […]}], "candidates": 20, "situation": {…}, "weights": {…}}}.
     *
     * <p>It writes reason texts as {@code {"ja": …, "en": …}} objects, so that reading what it
     * wrote gives back an equal ranking; {@link RankingWriter} writes them in one language. It
     * reads either form; a text in one language is read as the same text in both.
     *
     * @param catalog the catalog, not null; every practice number must be one of its practices
     * @return the wire type, not null
     */
    public static WireType<Ranking> ranking(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        return new WireType<>("ranking", Ranking.class,
                MatchingCodecs.ranking(catalog, MatchingCodecs.TextForm.BILINGUAL));
    }

    /**
     * Returns the wire type of a list under one named member: {@code {"practices": […]}}, the
     * envelope the app's JSON output and the HTTP server's responses use, so that a document can
     * grow other members beside the list without breaking readers. Reads and writes; reading
     * refuses other members unless unknown properties are ignored.
     *
     * <pre>{@code
     * WireType<List<Practice>> practices = WireType.envelope("practices", WireType.PRACTICE);
     * String json = SecunityMapper.json().write(practices, catalog.practices());  // {"practices": [ … ]}
     * }</pre>
     *
     * @param <T> the item type
     * @param member the member's name: a letter, then letters and digits, such as {@code practices}
     * @param item the wire type of an item, not null
     * @return the wire type, not null
     * @throws SecunityException if the name is not of that form
     */
    public static <T> WireType<List<T>> envelope(String member, WireType<T> item) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(item, "item");
        if (!member.matches("[A-Za-z][A-Za-z0-9]{0,63}")) {
            throw new SecunityException("an envelope member is a letter then letters and digits (at most 64), but was \""
                    + member.substring(0, Math.min(member.length(), 80)) + "\"");
        }
        return new WireType<>(member, List.class, Codecs.envelope(member, Codecs.list(item.codec, false, 0)));
    }

    /**
     * Returns the wire type for writing a value: the first whose class the value is an instance of.
     *
     * @param value the value, not null
     * @return the wire type
     * @throws SecunityException if the value's type has no wire form here
     */
    @SuppressWarnings("unchecked")
    static WireType<Object> forValue(Object value) {
        Objects.requireNonNull(value, "value");
        for (WireType<?> w : BY_CLASS) {
            if (w.javaType.isInstance(value)) {
                return (WireType<Object>) w;
            }
        }
        if (value instanceof Grounded<?> g) {
            return (WireType<Object>) (WireType<?>) grounded(groundedClass(g));
        }
        if (value instanceof Ranking) {
            throw new SecunityException("a Ranking is written with RankingWriter or WireType.ranking(catalog)");
        }
        throw new SecunityException("no wire form for " + value.getClass().getName()
                + "; pass a WireType for lists");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class groundedClass(Grounded<?> g) {
        return ((Enum<?>) g.value()).getDeclaringClass();
    }

    /**
     * Returns the name of the wire form, as in the JSON Schema's definitions.
     *
     * @return the name, such as {@code "practice"}, not null
     */
    public String name() {
        return name;
    }

    Codec<T> codec() {
        return codec;
    }

    /**
     * Returns the name.
     *
     * @return the name, such as {@code "practice"}
     */
    @Override
    public String toString() {
        return name;
    }
}
