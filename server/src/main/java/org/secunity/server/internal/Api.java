package org.secunity.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.EffectTag;
import org.secunity.core.Practice;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.Holiday;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.Format;
import org.secunity.serialization.RankingWriter;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.WireType;
import org.secunity.server.ServerConfig;

/**
 * The handlers of {@code /v1}: each parses its parameters and body, calls the library, and writes
 * the library's wire form (inside the envelope the command-line app prints). Stateless apart from
 * documents computed once from the immutable catalog; safe to call from many threads.
 */
final class Api {

    /** The initial size of a ranking's buffer: a top 5 in one language takes a few kilobytes. */
    private static final int RESPONSE_BUFFER = 16 * 1024;

    private final ServerConfig config;
    private final Catalog catalog;
    private final PracticeMatcher matcher;
    private final WireType<Situation> situationType;
    private final Gate gate;
    private final Fixed catalogJson;
    private final Lazy<Fixed> catalogYaml;
    private final Fixed allPractices;
    private final Fixed allCommunities;

    /**
     * A document that never changes while the server runs (the catalog is immutable), with its
     * strong entity tag, so that a client or cache revalidates it with {@code If-None-Match}.
     */
    private record Fixed(byte[] bytes, String etag) {
        static Fixed of(String text) {
            byte[] bytes = utf8(text);
            return new Fixed(bytes, Feed.etag(bytes));
        }

        /** Answers the document, or 304 when the client's copy is current. */
        void answer(Context ctx) {
            ctx.header("ETag", etag);
            @Nullable String ifNoneMatch = ctx.header("If-None-Match");
            if (ifNoneMatch != null && Feed.matches(ifNoneMatch, etag)) {
                ctx.status(304);
                return;
            }
            ctx.result(bytes);
        }
    }

    Api(ServerConfig config, Catalog catalog, Gate gate) {
        this.config = config;
        this.catalog = catalog;
        this.matcher = PracticeMatcher.of(catalog);
        this.situationType = WireType.situation(catalog);
        this.gate = gate;
        this.catalogJson = Fixed.of(SecunityMapper.json().write(WireType.CATALOG, catalog));
        this.catalogYaml = new Lazy<>(() -> Fixed.of(SecunityMapper.yaml().write(WireType.CATALOG, catalog)));
        this.allPractices = Fixed.of(practices(catalog.practices()));
        this.allCommunities = Fixed.of(SecunityMapper.jsonLine(WireType.envelope("communities", WireType.COMMUNITY),
                catalog.communities()));
    }

    Catalog catalog() {
        return catalog;
    }

    PracticeMatcher matcher() {
        return matcher;
    }

    // ---- the catalog

    /** {@code GET /v1/catalog}: the catalog document, JSON or YAML by {@code Accept}. */
    void catalog(Context ctx) {
        Params.allowOnly(ctx);
        String type = Media.negotiate(ctx, Media.JSON, Media.YAML);
        ctx.contentType(type + "; charset=utf-8");
        (Media.JSON.equals(type) ? catalogJson : catalogYaml.get()).answer(ctx);
    }

    /** {@code GET /v1/practices?tag&challenge&community}: the practices, filtered as the command line filters. */
    void practices(Context ctx) {
        Params.allowOnly(ctx, "tag", "challenge", "community");
        json(ctx);
        Set<EffectTag> tags = enumSet(EffectTag.class, Params.ids(ctx, "tag", EffectTag.class));
        Set<Challenge> challenges = enumSet(Challenge.class, Params.ids(ctx, "challenge", Challenge.class));
        @Nullable String community = Params.single(ctx, "community").orElse(null);
        if (tags.isEmpty() && challenges.isEmpty() && community == null) {
            allPractices.answer(ctx);
            return;
        }
        if (community != null && !"none".equals(community) && catalog.community(community).isEmpty()) {
            throw Problem.badParameter("community", "unknown community \"" + Media.abbreviate(community)
                    + "\"; the catalog has " + communityIds() + ", none");
        }
        List<Practice> selected = catalog.practicesWhere(p -> (tags.isEmpty() || tags.stream().anyMatch(p::hasEffectTag))
                && (challenges.isEmpty() || challenges.stream().anyMatch(p::addresses))
                && (community == null || ("none".equals(community)
                        ? p.community().isEmpty()
                        : p.community().map(c -> c.value().equals(community)).orElse(false))));
        ctx.result(utf8(practices(selected)));
    }

    /** {@code GET /v1/practices/{n}}: one practice, as in the catalog document. */
    void practice(Context ctx) {
        Params.allowOnly(ctx);
        json(ctx);
        String text = ctx.pathParam("n");
        Practice practice = parseNumber(text).flatMap(catalog::practice).orElseThrow(() -> Problem.http(404, "Not Found",
                "unknown practice \"" + Media.abbreviate(text) + "\"; the catalog has practices 1.."
                        + catalog.practices().size()));
        ctx.result(utf8(SecunityMapper.json().write(WireType.PRACTICE, practice)));
    }

    /** {@code GET /v1/communities}: the communities. */
    void communities(Context ctx) {
        Params.allowOnly(ctx);
        json(ctx);
        allCommunities.answer(ctx);
    }

    /** {@code GET /v1/communities/{id}}: one community, as in the catalog document. */
    void community(Context ctx) {
        Params.allowOnly(ctx);
        json(ctx);
        ctx.result(utf8(SecunityMapper.json().write(WireType.COMMUNITY, community(ctx.pathParam("id")))));
    }

    /** {@code GET /v1/communities/{id}/calendar.ics?holidays&policy&lang}: the community's feed. */
    void calendar(Context ctx, long deadline) {
        Params.allowOnly(ctx, "holidays", "policy", "lang");
        Community c = community(ctx.pathParam("id"));
        Media.negotiate(ctx, Media.CALENDAR);
        @Nullable String holidays = Params.single(ctx, "holidays").orElse(null);
        @Nullable String policyText = Params.single(ctx, "policy").orElse(null);
        HolidayPolicy policy = null;
        if (holidays == null) {
            if (policyText != null) {
                throw Problem.badParameter("policy", "needs holidays=JP");
            }
        } else {
            if (!"JP".equals(holidays)) {
                throw Problem.badParameter("holidays", "unknown holiday calendar \"" + Media.abbreviate(holidays)
                        + "\"; the one there is: JP");
            }
            policy = policyText == null ? HolidayPolicy.SKIP : holidayPolicy(policyText);
        }
        Locale language = Params.lang(ctx, Locale.JAPANESE);
        HolidayPolicy chosen = policy;
        Feed.Calendar calendar = gate.run(deadline, () -> Feed.calendar(c, chosen, language, config.clock()));
        Feed.answer(ctx, c.id().value() + ".ics", calendar);
    }

    private static HolidayPolicy holidayPolicy(String text) {
        for (HolidayPolicy p : HolidayPolicy.values()) {
            if (p.name().equals(text)) {
                return p;
            }
        }
        throw Problem.badParameter("policy", "unknown holiday policy \"" + Media.abbreviate(text)
                + "\"; allowed values: SKIP, NEXT_BUSINESS_DAY, PREVIOUS_BUSINESS_DAY");
    }

    // ---- recurrence

    /** {@code GET /v1/holidays/{country}?from&to}: the holidays of Japan between two dates, both included. */
    void holidays(Context ctx) {
        Params.allowOnly(ctx, "from", "to");
        json(ctx);
        String country = ctx.pathParam("country");
        if (!"JP".equals(country)) {
            throw Problem.http(404, "Not Found", "unknown holiday calendar \"" + Media.abbreviate(country)
                    + "\"; the one there is: JP");
        }
        HolidayCalendar japan = HolidayCalendar.japan();
        int year = LocalDate.now(config.clock()).getYear();
        LocalDate from = Params.date(ctx, "from").orElse(LocalDate.of(year, 1, 1));
        LocalDate to = Params.date(ctx, "to").orElse(LocalDate.of(from.getYear(), 12, 31));
        if (to.isBefore(from)) {
            throw Problem.badParameter("to", to + " is before from, " + from);
        }
        for (LocalDate d : List.of(from, to)) {
            if (!japan.covers(d)) {
                throw Problem.badParameter(d == from ? "from" : "to", d + " is outside the calendar's years, "
                        + japan.firstYear() + " to " + japan.lastYear());
            }
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("country", "JP");
        root.put("from", from.toString());
        root.put("to", to.toString());
        ArrayNode list = root.putArray("holidays");
        for (Holiday h : japan.holidaysBetween(from, to.plusDays(1))) {
            ObjectNode item = list.addObject();
            item.put("date", h.date().toString());
            item.putObject("name").put("ja", h.ja()).put("en", h.en());
            item.put("kind", h.kind().name());
        }
        ctx.result(utf8(Json.write(root)));
    }

    /** {@code GET /v1/rules/describe?rule&lang}: an RRULE in words. */
    void describe(Context ctx) {
        Params.allowOnly(ctx, "rule", "lang");
        json(ctx);
        String text = Params.single(ctx, "rule").orElseThrow(() -> Problem.badParameter("rule",
                "missing; give an RRULE value such as FREQ=MONTHLY;BYDAY=2WE"));
        Locale language = Params.lang(ctx, Locale.ENGLISH);
        RecurrenceRule rule = RecurrenceRule.parse(text);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("rule", rule.toString());
        root.put("lang", language.getLanguage());
        root.put("description", Cadence.describe(rule, language));
        ctx.result(utf8(Json.write(root)));
    }

    // ---- the matcher

    /** {@code POST /v1/recommendations?top&explain&lang}: the ranking document of {@code recommend --format json}. */
    void recommendations(Context ctx, long deadline) {
        Params.allowOnly(ctx, "top", "explain", "lang");
        int top = Params.integer(ctx, "top", 1, config.maxTop(), 5);
        Optional<Integer> explain = Params.single(ctx, "explain")
                .map(text -> Params.integer("explain", text, 1, Integer.MAX_VALUE));
        Locale language = Params.lang(ctx, Locale.ENGLISH);
        Format format = Media.bodyType(ctx, Media.Body.DOCUMENT).format().orElseThrow();
        json(ctx);
        Bodies.checkDeclaredLength(ctx, config.maxBodyBytes());
        byte[] document = gate.run(deadline, () -> {
            byte[] body = Bodies.read(ctx, config.maxBodyBytes(), deadline);
            Situation situation = SecunityMapper.of(format).read(situationType, new ByteArrayInputStream(body), "body");
            Ranking ranking = matcher.recommend(situation, top);
            RankingWriter writer = RankingWriter.create().withLanguage(language);
            ByteArrayOutputStream out = new ByteArrayOutputStream(RESPONSE_BUFFER);
            if (explain.isEmpty()) {
                writer.write(ranking, out);
                return out.toByteArray();
            }
            Recommendation explained;
            try {
                explained = matcher.explain(situation, explain.get());
            } catch (SecunityDataException e) {
                throw Problem.badParameter("explain", e.violations().get(0).message());
            }
            writer.write(ranking, explained, out);
            return out.toByteArray();
        });
        ctx.result(document);
    }

    // ---- helpers

    private Community community(String id) {
        try {
            return catalog.community(id).orElseThrow(() -> notFound(id));
        } catch (SecunityException e) {
            throw notFound(id);
        }
    }

    private Problem notFound(String id) {
        return Problem.http(404, "Not Found", "unknown community \"" + Media.abbreviate(id) + "\"; the catalog has "
                + communityIds());
    }

    private String communityIds() {
        return catalog.communities().stream().map(c -> c.id().value()).collect(Collectors.joining(", "));
    }

    private static String practices(List<Practice> practices) {
        return SecunityMapper.jsonLine(WireType.envelope("practices", WireType.PRACTICE), practices);
    }

    private static Optional<Integer> parseNumber(String text) {
        if (!text.matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<E> values) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** Requires that the client accepts JSON, and says the answer is JSON. */
    static void json(Context ctx) {
        Media.negotiate(ctx, Media.JSON);
        ctx.contentType(Media.JSON + "; charset=utf-8");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
