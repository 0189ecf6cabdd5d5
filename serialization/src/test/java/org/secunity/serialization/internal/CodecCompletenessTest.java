package org.secunity.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.core.Actor;
import org.secunity.core.Attendance;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogSource;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.Figure;
import org.secunity.core.Grounded;
import org.secunity.core.MemberCount;
import org.secunity.core.Membership;
import org.secunity.core.Organization;
import org.secunity.core.Practice;
import org.secunity.core.SourceDate;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;
import org.secunity.serialization.internal.MatchingCodecs.TextForm;

/**
 * The codecs are hand-written (docs/serialization.md says why), so nothing binds a model attribute
 * to a wire field automatically: this test fails when a model value gains an attribute that its
 * codec does not write, so that a new field can never be dropped silently.
 *
 * <p>A model's attributes are what its builder can set (the Immutables builder has one setter
 * named after each stored attribute, abstract or {@code @Value.Default}); derived and lazy values
 * have none. Each must be a field of the codec, or be listed here with where it goes instead.
 */
class CodecCompletenessTest {

    /**
     * Attributes written under another wire field, or not written because the wire form
     * reconstructs them; per model class, attribute → where it goes.
     */
    private static final Map<Class<?>, Map<String, String>> ELSEWHERE = Map.of(
            Practice.class, Map.of(
                    // the values in effectTags etc., their quotes under groundings
                    "effectTagGroundings", "effectTags.value + groundings.effectTags",
                    "challengeGroundings", "challenges.value + groundings.challenges",
                    "partnerGroundings", "partners.value + groundings.partners",
                    "stageGroundings", "stages.value + groundings.stages",
                    "organizerTypeGroundings", "organizerTypes.value + groundings.organizerTypes"));

    static Stream<Arguments> codecs() {
        return Stream.of(
                Arguments.of(BilingualText.class, ModelCodecs.TEXT),
                Arguments.of(SourceDate.class, ModelCodecs.SOURCE_DATE),
                Arguments.of(CatalogSource.class, ModelCodecs.CATALOG_SOURCE),
                Arguments.of(Organization.class, ModelCodecs.ORGANIZATION),
                Arguments.of(Membership.class, ModelCodecs.MEMBERSHIP),
                Arguments.of(MemberCount.class, ModelCodecs.MEMBER_COUNT),
                Arguments.of(EventCadence.class, ModelCodecs.EVENT_CADENCE),
                Arguments.of(Attendance.class, ModelCodecs.ATTENDANCE),
                Arguments.of(Event.class, ModelCodecs.EVENT),
                Arguments.of(Actor.class, ModelCodecs.ACTOR),
                Arguments.of(Community.class, ModelCodecs.COMMUNITY),
                Arguments.of(Figure.class, ModelCodecs.FIGURE),
                Arguments.of(Practice.class, ModelCodecs.PRACTICE),
                Arguments.of(Catalog.class, ModelCodecs.CATALOG),
                Arguments.of(Grounded.class, ModelCodecs.grounded(Challenge.class)),
                Arguments.of(Situation.class, MatchingCodecs.SITUATION),
                Arguments.of(MatchWeights.class, MatchingCodecs.MATCH_WEIGHTS),
                Arguments.of(Reason.class, MatchingCodecs.reason(TextForm.BILINGUAL)),
                Arguments.of(Recommendation.class, MatchingCodecs.recommendation(null, TextForm.BILINGUAL)),
                Arguments.of(Ranking.class, MatchingCodecs.ranking(null, TextForm.BILINGUAL)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codecs")
    void every_attribute_of_the_model_has_a_codec_field(Class<?> model, ObjectCodec<?> codec) {
        assertThat(attributes(model)).as("attributes of %s found by reflection", model.getSimpleName()).isNotEmpty();
        assertThat(dropped(model, codec)).as("attributes of %s that the codec %s would drop: add a codec field (or "
                + "list where they go in ELSEWHERE)", model.getSimpleName(), codec).isEmpty();
        Map<String, String> elsewhere = ELSEWHERE.getOrDefault(model, Map.of());
        assertThat(attributes(model)).as("ELSEWHERE names attributes %s has", model.getSimpleName())
                .containsAll(elsewhere.keySet());
        for (String where : elsewhere.values()) {
            // "effectTags.value + groundings.effectTags": both top-level wire fields exist
            assertThat(wireNames(codec)).contains(where.substring(0, where.indexOf('.')),
                    where.substring(where.indexOf("+ ") + 2, where.lastIndexOf('.')));
        }
    }

    @Test
    void the_check_sees_default_attributes_and_catches_a_missing_field() {
        // similarity and context are @Value.Default: not abstract, but stored and settable
        assertThat(attributes(MatchWeights.class)).contains("similarity", "context", "goals", "challenges");
        // an event read with the cadence's codec would lose everything but the fields they share
        assertThat(dropped(Event.class, ModelCodecs.EVENT_CADENCE)).contains("title", "kind", "venue")
                .doesNotContain("count");
    }

    private static Set<String> wireNames(ObjectCodec<?> codec) {
        return codec.fields().stream().map(ObjectCodec.Field::name).collect(Collectors.toSet());
    }

    /** The model's attributes that the codec has no field for and that are not written elsewhere. */
    static Set<String> dropped(Class<?> model, ObjectCodec<?> codec) {
        Set<String> dropped = new TreeSet<>(attributes(model));
        dropped.removeAll(wireNames(codec));
        dropped.removeAll(ELSEWHERE.getOrDefault(model, Map.of()).keySet());
        return dropped;
    }

    /**
     * The stored attributes of an Immutables value: the setters of its builder, named after each
     * attribute (collections also have {@code addX}, {@code addAllX}, maps {@code putX}; skipped).
     */
    static Set<String> attributes(Class<?> model) {
        Set<String> names = new TreeSet<>();
        for (Method m : model.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0
                    && !m.getReturnType().equals(void.class)) {
                names.add(m.getName());
            }
        }
        Class<?> builder = builderOf(model);
        if (builder == null) {
            return names; // built by of(...) only: every attribute is abstract
        }
        for (Method m : builder.getMethods()) {
            boolean setter = Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 1 && m.getReturnType().isAssignableFrom(builder)
                    && !m.getReturnType().equals(Object.class);
            if (setter && !m.getName().equals("from") && !isCollectionAdder(m.getName())) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static boolean isCollectionAdder(String name) {
        for (String prefix : List.of("addAll", "add", "putAll", "put")) {
            if (name.startsWith(prefix) && name.length() > prefix.length()
                    && Character.isUpperCase(name.charAt(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Class<?> builderOf(Class<?> model) {
        return Arrays.stream(model.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Builder")).findFirst()
                .orElse(null);
    }
}
