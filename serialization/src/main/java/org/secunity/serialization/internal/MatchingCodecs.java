package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.EventKind;
import org.secunity.core.Labelled;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizationKind;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.core.Role;
import org.secunity.core.Sector;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.ReasonKind;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Signal;
import org.secunity.matching.Situation;
import org.secunity.serialization.internal.ObjectCodec.Field;

/**
 * The wire form of the matcher's values: the situation document (the matcher's input), match
 * weights, and the ranking document (its output).
 *
 * <p>Situations follow docs/design.md's contract: camelCase keys, vocabulary IDs, goals as an object of
 * effect-tag IDs to weights in [0, 1], every field optional, and an optional {@code schemaVersion}
 * (a document without one is version 1). Weights are {@code {"goals": 0.3, "challenges": 0.45,
 * "context": 0.15, "similarity": 0.1}}, each optional (its default applies). A ranking is
 * {@code {"recommendations": [{"practice": 15, "rank": 1, "score": 0.91, "matches": {…},
 * "contributions": {"GOALS": …}, "reasons": [{"kind": "CHALLENGE", "direction": "FOR", "value":
 * {"type": "Challenge", "id": "LACK_OF_EXPERTISE"}, "text": …, "quote": "…"}]}], "candidates": 20,
 * "situation": {…}, "weights": {…}}}, where a reason's text is a string in one language or a
 * {@code {"ja", "en"}} object.
 */
public final class MatchingCodecs {

    private MatchingCodecs() {}

    /** A practice number's digits (compiled once: checked for every practice number read). */
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** The situation document's versions: version 1, no migrations; the version is optional. */
    public static final SchemaVersions SITUATION_VERSIONS = new SchemaVersions("situation", 1, List.of());

    /** The language of a reason's text in a ranking document. */
    public enum TextForm {
        /** {@code {"ja": "…", "en": "…"}}: lossless. */
        BILINGUAL,
        /** A string in Japanese. */
        JAPANESE,
        /** A string in English, as in docs/design.md's {@code recommend} output. */
        ENGLISH
    }

    // ---- situation

    /** A situation inside another document: no {@code schemaVersion}. */
    public static final ObjectCodec<Situation> SITUATION = situation(false, null);

    /** A situation document, with an optional {@code schemaVersion}, not checked against a catalog. */
    public static final VersionedCodec<Situation> SITUATION_DOCUMENT = situationDocument(null);

    /**
     * Returns the codec of a situation document.
     *
     * @param catalog the catalog whose practice numbers {@code adoptedPractices} must name, or
     *     null to accept any number from 1
     * @return the codec
     */
    public static VersionedCodec<Situation> situationDocument(@Nullable Catalog catalog) {
        return new VersionedCodec<>(SITUATION_VERSIONS, situation(true, catalog));
    }

    private static ObjectCodec<Situation> situation(boolean document, @Nullable Catalog catalog) {
        ObjectCodec.Builder<Situation> b = ObjectCodec.builder("situation",
                "What a community says about itself when it asks for recommendations; every field is optional, "
                        + "and a field left out is not stated");
        if (document) {
            b.optional("schemaVersion", SITUATION_VERSIONS.codec(),
                    s -> Optional.of(SITUATION_VERSIONS.current()),
                    "The version of the document format; a document without it is version 1");
        }
        Field<Situation, CommunityStage> stage = b.optional("stage", Codecs.enumeration(CommunityStage.class),
                Situation::stage, "The community's stage");
        Field<Situation, OrganizerType> organizerType = b.optional("organizerType",
                Codecs.enumeration(OrganizerType.class), Situation::organizerType,
                "Who runs the community's secretariat");
        Field<Situation, Region> region = b.optional("region", Codecs.enumeration(Region.class), Situation::region,
                "The community's region");
        Field<Situation, Prefecture> prefecture = b.optional("prefecture", Codecs.enumeration(Prefecture.class),
                Situation::prefecture, "The community's prefecture, in region when both are given");
        Field<Situation, LegalForm> legalForm = b.optional("legalForm", Codecs.enumeration(LegalForm.class),
                Situation::legalForm, "The legal form of the community's body, if it has or plans one");
        Field<Situation, Map<EffectTag, Double>> goals = b.defaulted("goals",
                Codecs.enumMap(EffectTag.class, Codecs.decimal("weight", 0.0, 1.0)), Map.of(), Situation::goals,
                "What the community wants to achieve: effect-tag IDs with weights in [0, 1]");
        Field<Situation, List<Challenge>> challenges = b.list("challenges",
                Codecs.list(Codecs.enumeration(Challenge.class), true, 0), s -> List.copyOf(s.challenges()),
                "The challenges the community faces, without repeats");
        Field<Situation, List<PartnerKind>> partners = b.list("partners",
                Codecs.list(Codecs.enumeration(PartnerKind.class), true, 0), s -> List.copyOf(s.partners()),
                "The kinds of partner the community already has, without repeats; empty means not stated");
        Field<Situation, List<Integer>> adopted = b.list("adoptedPractices",
                Codecs.list(Codecs.integer(1, Integer.MAX_VALUE), true, 0),
                s -> List.copyOf(s.adoptedPractices()),
                "The numbers of the practices the community already follows, without repeats");
        if (catalog != null) {
            b.validate(d -> checkPracticeNumbers(d, "adoptedPractices", catalog));
        }
        return b.build(d -> Situation.builder()
                .stage(d.optional(stage))
                .organizerType(d.optional(organizerType))
                .region(d.optional(region))
                .prefecture(d.optional(prefecture))
                .legalForm(d.optional(legalForm))
                .goals(d.get(goals))
                .challenges(d.get(challenges))
                .partners(d.get(partners))
                .adoptedPractices(d.get(adopted))
                .build());
    }

    /** Reports every integer of an array member that is not a practice number of the catalog. */
    private static void checkPracticeNumbers(ObjectCodec.Decoded<?> d, String member, Catalog catalog) {
        checkPracticeNumbers(d, "", d.node(), member, catalog);
    }

    private static void checkPracticeNumbers(ObjectCodec.Decoded<?> d, String prefix, Node.Obj object,
            String member, Catalog catalog) {
        Node.Member m = object.members().get(member);
        if (m == null || !(m.value() instanceof Node.Arr array)) {
            return;
        }
        for (int i = 0; i < array.items().size(); i++) {
            if (array.items().get(i) instanceof Node.Num n && n.integral() && DIGITS.matcher(n.text()).matches()) {
                OptionalInt number = parse(n.text());
                if (number.isPresent() && number.getAsInt() >= 1 && catalog.practice(number.getAsInt()).isEmpty()) {
                    d.fail(prefix + member + "[" + i + "]", unknownPractice(n.text(), catalog));
                }
            }
        }
    }

    /**
     * Returns the message for a practice number the catalog lacks.
     *
     * @param number the number as written
     * @param catalog the catalog
     * @return {@code unknown practice 99; the catalog has 1..22}
     */
    public static String unknownPractice(String number, Catalog catalog) {
        List<Practice> practices = catalog.practices();
        if (practices.isEmpty()) {
            return "unknown practice " + number + "; the catalog has no practices";
        }
        return "unknown practice " + number + "; the catalog has " + practices.get(0).number() + ".."
                + practices.get(practices.size() - 1).number();
    }

    private static OptionalInt parse(String digits) {
        try {
            return OptionalInt.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    // ---- weights

    /** Match weights: one optional, finite, non-negative number per signal. */
    public static final ObjectCodec<MatchWeights> MATCH_WEIGHTS;

    static {
        ObjectCodec.Builder<MatchWeights> b = ObjectCodec.builder("matchWeights",
                "The weight of each signal in a recommendation's score; a weight left out keeps its default");
        Codec<Double> weight = Codecs.decimal("weight", 0.0, Double.POSITIVE_INFINITY);
        Field<MatchWeights, Double> goals = b.optional("goals", weight, w -> Optional.of(w.goals()),
                "The weight of the goals signal (default " + MatchWeights.DEFAULT_GOALS + ")");
        Field<MatchWeights, Double> challenges = b.optional("challenges", weight,
                w -> Optional.of(w.challenges()),
                "The weight of the challenges signal (default " + MatchWeights.DEFAULT_CHALLENGES + ")");
        Field<MatchWeights, Double> context = b.optional("context", weight, w -> Optional.of(w.context()),
                "The weight of the context signal (default " + MatchWeights.DEFAULT_CONTEXT + ")");
        Field<MatchWeights, Double> similarity = b.optional("similarity", weight,
                w -> Optional.of(w.similarity()),
                "The weight of the similar-community signal (default " + MatchWeights.DEFAULT_SIMILARITY + ")");
        MATCH_WEIGHTS = b.build(d -> {
            MatchWeights.Builder w = MatchWeights.builder();
            d.optional(goals).ifPresent(w::goals);
            d.optional(challenges).ifPresent(w::challenges);
            d.optional(context).ifPresent(w::context);
            d.optional(similarity).ifPresent(w::similarity);
            return w.build();
        });
    }

    // ---- ranking

    /** The vocabularies a reason's value may come from, by the type name written on the wire. */
    private static final List<Class<? extends Labelled>> VALUE_TYPES = List.of(EffectTag.class, Challenge.class,
            CommunityStage.class, OrganizerType.class, PartnerKind.class, Region.class, Prefecture.class,
            LegalForm.class, Sector.class, Role.class, OrganizationKind.class, EventKind.class);

    /** A vocabulary value that says which vocabulary it is from: {@code {"type": "Challenge", "id": "…"}}. */
    public static final Codec<Labelled> LABELLED = new Codec<>() {
        @Override
        public @Nullable Labelled decode(Node node, String path, DecodeContext context) {
            if (!(node instanceof Node.Obj object)) {
                context.wrongType(path, node, "an object {\"type\": …, \"id\": …}");
                return null;
            }
            boolean ok = true;
            for (Node.Member m : object.members().values()) {
                if (!m.key().equals("type") && !m.key().equals("id")
                        && !context.options().unknownPropertiesIgnored()) {
                    context.fail(Paths.member(path, m.key()), m.keyLocation(), "unknown property \""
                            + Paths.excerpt(m.key()) + "\" of labelledValue; allowed: type, id");
                    ok = false;
                }
            }
            Node.Member type = object.members().get("type");
            Node.Member id = object.members().get("id");
            if (type == null || id == null) {
                context.fail(path, object, "missing required property \"" + (type == null ? "type" : "id")
                        + "\" of labelledValue");
                return null;
            }
            if (!(type.value() instanceof Node.Str typeName)) {
                context.wrongType(Paths.member(path, "type"), type.value(), "a vocabulary name (a string)");
                return null;
            }
            Class<? extends Labelled> vocabulary = VALUE_TYPES.stream()
                    .filter(c -> c.getSimpleName().equals(typeName.value())).findFirst().orElse(null);
            if (vocabulary == null) {
                context.fail(Paths.member(path, "type"), typeName, "\"" + Paths.excerpt(typeName.value())
                        + "\" is not a vocabulary; allowed values: " + typeNames());
                return null;
            }
            Labelled value = decodeValue(vocabulary, id.value(), Paths.member(path, "id"), context);
            return ok ? value : null;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private @Nullable Labelled decodeValue(Class<? extends Labelled> vocabulary, Node id, String path,
                DecodeContext context) {
            return (Labelled) Codecs.enumeration((Class) vocabulary).decode(id, path, context);
        }

        @Override
        public void encode(Labelled value, JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeStringField("type", vocabularyOf(value).getSimpleName());
            out.writeStringField("id", value.id());
            out.writeEndObject();
        }

        @Override
        public ObjectNode schema(SchemaContext schema) {
            return schema.ref("labelledValue", () -> {
                ObjectNode node = schema.object().put("type", "object")
                        .put("description", "A vocabulary value with the vocabulary it is from");
                ObjectNode properties = node.putObject("properties");
                ArrayNode types = properties.putObject("type").put("type", "string").putArray("enum");
                VALUE_TYPES.forEach(c -> types.add(c.getSimpleName()));
                properties.putObject("id").put("type", "string");
                node.putArray("required").add("type").add("id");
                node.put("additionalProperties", false);
                return node;
            });
        }
    };

    private static String typeNames() {
        return VALUE_TYPES.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    private static Class<?> vocabularyOf(Labelled value) {
        Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        if (!VALUE_TYPES.contains(type)) {
            throw new SecunityException("no wire form for a reason value of type " + type.getName()
                    + "; supported: " + typeNames());
        }
        return type;
    }

    /**
     * Returns the codec of a reason's text: a string in one language, or a {@code {"ja", "en"}} object.
     * Either is read; a string is read as the same text in both languages.
     *
     * @param form how texts are written
     * @return the codec
     */
    public static Codec<BilingualText> reasonText(TextForm form) {
        return new Codec<>() {
            @Override
            public @Nullable BilingualText decode(Node node, String path, DecodeContext context) {
                if (node instanceof Node.Str s) {
                    if (s.value().isBlank()) {
                        context.fail(path, node, "must not be blank");
                        return null;
                    }
                    return BilingualText.of(s.value(), s.value());
                }
                if (node instanceof Node.Obj) {
                    return ModelCodecs.TEXT.decode(node, path, context);
                }
                context.wrongType(path, node, "a string or an object {\"ja\": …, \"en\": …}");
                return null;
            }

            @Override
            public void encode(BilingualText value, JsonGenerator out) throws IOException {
                switch (form) {
                    case JAPANESE -> out.writeString(value.ja());
                    case ENGLISH -> out.writeString(value.en());
                    default -> ModelCodecs.TEXT.encode(value, out);
                }
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                ObjectNode node = schema.object();
                node.putArray("anyOf").add(Codecs.NON_BLANK.schema(schema)).add(ModelCodecs.TEXT.schema(schema));
                return node;
            }
        };
    }

    /**
     * Returns the codec of a reason.
     *
     * @param form how texts are written
     * @return the codec
     */
    public static ObjectCodec<Reason> reason(TextForm form) {
        ObjectCodec.Builder<Reason> b = ObjectCodec.builder("reason", "One reason behind a recommendation");
        Field<Reason, ReasonKind> kind = b.required("kind", Codecs.enumeration(ReasonKind.class), Reason::kind,
                "What the reason is about");
        Field<Reason, Reason.Direction> direction = b.defaulted("direction",
                Codecs.plainEnum(Reason.Direction.class), Reason.Direction.FOR, Reason::direction,
                "Whether it raised (FOR) or lowered (AGAINST) the score; FOR when left out");
        Field<Reason, Labelled> value = b.required("value", LABELLED, Reason::value,
                "The vocabulary value behind the reason, with its vocabulary");
        Field<Reason, org.secunity.core.CommunityId> community = b.optional("community", ModelCodecs.COMMUNITY_ID,
                Reason::community, "The similar community, for a SIMILAR_COMMUNITY reason");
        Field<Reason, BilingualText> text = b.required("text", reasonText(form), Reason::text,
                "The reason as a sentence: a string in one language, or {ja, en}");
        Field<Reason, String> quote = b.optional("quote", Codecs.NON_BLANK, Reason::quote,
                "The catalog's grounding quote for the value");
        return b.build(d -> Reason.builder().kind(d.get(kind)).direction(d.get(direction)).value(d.get(value))
                .community(d.optional(community)).text(d.get(text)).quote(d.optional(quote)).build());
    }

    /**
     * Returns the codec of a recommendation.
     *
     * @param catalog the catalog the practice numbers refer to, or null when only writing
     * @param form how reason texts are written
     * @return the codec
     */
    public static ObjectCodec<Recommendation> recommendation(@Nullable Catalog catalog, TextForm form) {
        ObjectCodec.Builder<Recommendation> b = ObjectCodec.builder("recommendation",
                "A practice recommended for a situation, with its rank, score and reasons");
        Codec<Map<Signal, Double>> bySignal = Codecs.enumMap(Signal.class,
                Codecs.decimal("value", 0.0, Double.POSITIVE_INFINITY));
        Field<Recommendation, Integer> practice = b.required("practice", Codecs.integer(1, Integer.MAX_VALUE),
                Recommendation::practiceNumber, "The recommended practice's number");
        Field<Recommendation, Integer> rank = b.required("rank", Codecs.integer(1, Integer.MAX_VALUE),
                Recommendation::rank, "The place in the ranking, 1 for the best; practices equal in score and"
                        + " evidence share one (1, 2, 2, 4, …)");
        Field<Recommendation, Boolean> equalRank = b.optional("equalRank", Codecs.BOOLEAN,
                r -> r.equalRank() ? Optional.of(true) : Optional.empty(),
                "Present and true when another candidate shares this rank (equal score and evidence);"
                        + " left out otherwise");
        Field<Recommendation, Double> score = b.required("score", Codecs.decimal("score", 0.0, Double.POSITIVE_INFINITY),
                Recommendation::score, "The score: the sum of the contributions");
        Field<Recommendation, Map<Signal, Double>> matches = b.defaulted("matches", bySignal, Map.of(),
                Recommendation::matches, "Each signal's match before weighting: for GOALS the summed weight of the"
                        + " goals met, for CHALLENGES the number of challenges addressed, for CONTEXT and"
                        + " SIMILARITY a number in [0, 1]");
        Field<Recommendation, Map<Signal, Double>> contributions = b.defaulted("contributions", bySignal, Map.of(),
                Recommendation::contributions, "Each signal's contribution to the score: weight times match");
        Field<Recommendation, List<Reason>> reasons = b.list("reasons", Codecs.list(reason(form), false, 0),
                Recommendation::reasons, "Why, grouped by signal");
        if (catalog != null) {
            b.validate(d -> {
                Node.Member m = d.node().members().get("practice");
                if (m != null && m.value() instanceof Node.Num n && n.integral() && DIGITS.matcher(n.text()).matches()) {
                    OptionalInt number = parse(n.text());
                    if (number.isPresent() && number.getAsInt() >= 1
                            && catalog.practice(number.getAsInt()).isEmpty()) {
                        d.fail("practice", unknownPractice(n.text(), catalog));
                    }
                }
            });
        }
        return b.build(d -> {
            if (catalog == null) {
                throw new IllegalStateException("reading a recommendation needs a catalog");
            }
            return Recommendation.builder()
                    .practice(catalog.practice(d.get(practice)).orElseThrow())
                    .rank(d.get(rank))
                    .equalRank(d.optional(equalRank).orElse(false))
                    .score(d.get(score))
                    .matches(d.get(matches))
                    .contributions(d.get(contributions))
                    .reasons(d.get(reasons))
                    .build();
        });
    }

    /**
     * Returns the codec of a ranking document.
     *
     * @param catalog the catalog the practice numbers refer to, or null when only writing
     * @param form how reason texts are written
     * @return the codec
     */
    public static ObjectCodec<Ranking> ranking(@Nullable Catalog catalog, TextForm form) {
        ObjectCodec.Builder<Ranking> b = ObjectCodec.builder("ranking",
                "The best practices for a situation, best first, with why");
        Field<Ranking, List<Recommendation>> recommendations = b.list("recommendations",
                Codecs.list(recommendation(catalog, form), false, 0), Ranking::recommendations,
                "The recommendations, best first, ranked 1, 2, 3, …");
        Field<Ranking, Integer> candidates = b.required("candidates", Codecs.integer(0, Integer.MAX_VALUE),
                Ranking::candidates, "How many practices were ranked: the catalog's less the adopted ones");
        Field<Ranking, Situation> situation = b.defaulted("situation", SITUATION, Situation.empty(),
                Ranking::situation, "The situation the ranking is for; the empty situation when left out");
        Field<Ranking, MatchWeights> weights = b.defaulted("weights", MATCH_WEIGHTS, MatchWeights.defaults(),
                Ranking::weights, "The weights the scores were computed with; the defaults when left out");
        if (catalog != null) {
            b.validate(d -> {
                Node.Member s = d.node().members().get("situation");
                if (s != null && s.value() instanceof Node.Obj o) {
                    checkPracticeNumbers(d, "situation.", o, "adoptedPractices", catalog);
                }
            });
        }
        return b.build(d -> Ranking.builder()
                .recommendations(d.get(recommendations))
                .candidates(d.get(candidates))
                .situation(d.get(situation))
                .weights(d.get(weights))
                .build());
    }

    /**
     * A ranking with one recommendation explained in full: the {@code recommend --explain N}
     * document.
     *
     * @param ranking the ranking
     * @param explained the explained recommendation
     */
    public record Explained(Ranking ranking, Recommendation explained) {}

    /**
     * Returns the write-only codec of a ranking document with an {@code "explained"} member after
     * the ranking's own: the recommendation as {@code recommendations} would hold it.
     *
     * @param form how reason texts are written
     * @return the codec; decoding and the schema are not supported
     */
    public static Codec<Explained> explainedRanking(TextForm form) {
        ObjectCodec<Ranking> ranking = ranking(null, form);
        ObjectCodec<Recommendation> recommendation = recommendation(null, form);
        return new Codec<>() {
            @Override
            public @Nullable Explained decode(Node node, String path, DecodeContext context) {
                throw new IllegalStateException("an explained ranking is only written");
            }

            @Override
            public void encode(Explained value, JsonGenerator out) throws IOException {
                out.writeStartObject();
                ranking.encodeFields(value.ranking(), out);
                out.writeFieldName("explained");
                recommendation.encode(value.explained(), out);
                out.writeEndObject();
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                throw new IllegalStateException("an explained ranking has no schema of its own");
            }
        };
    }

    /**
     * Returns the named codecs of this class, for the key-naming test.
     *
     * @return the codecs
     */
    public static List<ObjectCodec<?>> all() {
        return List.of(SITUATION, SITUATION_DOCUMENT.current(), MATCH_WEIGHTS, reason(TextForm.BILINGUAL),
                recommendation(null, TextForm.BILINGUAL), ranking(null, TextForm.BILINGUAL));
    }
}
