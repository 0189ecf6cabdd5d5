package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.EventKind;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizationKind;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.core.Role;
import org.secunity.core.Sector;

/**
 * Checks the bundled seed catalog against the METI source text it is drawn from, reading the
 * JSON as a tree so that the check does not depend on the model classes: every grounding quote
 * and verbatim Japanese text occurs in the source, every curated value is grounded exactly once,
 * and the IDs, numbering and vocabulary follow the catalog format.
 */
class SeedCatalogGroundingTest {

    private static final String CATALOG = "catalog/secunity-practices-2021.json";
    private static final String SOURCE = "source/secunity-practices-2021.txt";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final List<String> CATEGORIES =
            List.of("effectTags", "challenges", "partners", "stages", "organizerTypes");

    private static final List<String> COMMUNITY_IDS = List.of(
            "haisl", "cyber-donet", "iwate-seminar", "miyagi-council", "misec",
            "kansai-sec-net", "sokansai-lt", "kyukeiren-cswg", "kumamoto-council", "kagoshima-council");

    private static final Map<String, Class<? extends Enum<?>>> CURATED_VOCABULARY = Map.of(
            "effectTags", EffectTag.class,
            "challenges", Challenge.class,
            "partners", PartnerKind.class,
            "stages", CommunityStage.class,
            "organizerTypes", OrganizerType.class);

    private static final JsonNode ROOT = readCatalog();
    private static final String NORMALIZED_SOURCE = normalize(readResource(SOURCE));

    // ------------------------------------------------------------------ grounding

    @ParameterizedTest(name = "{0}")
    @MethodSource("groundingQuotes")
    void every_grounding_quote_occurs_in_the_source(String name, String quote) {
        assertThat(quote).as("%s: quote", name).isNotBlank();
        assertThat(NORMALIZED_SOURCE.contains(normalize(quote)))
                .as("%s: «%s» occurs in the source after normalization", name, quote)
                .isTrue();
    }

    static Stream<Arguments> groundingQuotes() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode community : ROOT.path("communities")) {
            JsonNode organizerType = community.path("organizerType");
            if (!organizerType.isMissingNode()) {
                cases.add(Arguments.of(
                        "community " + community.path("id").asText() + " organizerType "
                                + organizerType.path("value").asText(),
                        organizerType.path("quote").asText()));
            }
        }
        for (JsonNode practice : ROOT.path("practices")) {
            for (String category : CATEGORIES) {
                for (Map.Entry<String, JsonNode> grounding
                        : practice.path("groundings").path(category).properties()) {
                    cases.add(Arguments.of(
                            practiceName(practice) + " " + category + " " + grounding.getKey(),
                            grounding.getValue().asText()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curatedValues")
    void every_curated_value_has_exactly_one_grounding(
            String name, JsonNode practice, String category, String value) {
        long listed = stream(practice.path(category)).filter(v -> value.equals(v.asText())).count();
        JsonNode quote = practice.path("groundings").path(category).path(value);

        assertThat(listed).as("%s: listed once in %s", name, category).isEqualTo(1);
        assertThat(quote.isTextual()).as("%s: has a grounding quote", name).isTrue();
        assertThat(quote.asText()).as("%s: grounding quote", name).isNotBlank();
    }

    static Stream<Arguments> curatedValues() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode practice : ROOT.path("practices")) {
            for (String category : CATEGORIES) {
                for (JsonNode value : practice.path(category)) {
                    cases.add(Arguments.of(practiceName(practice) + " " + category + " " + value.asText(),
                            practice, category, value.asText()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groundedValues")
    void every_grounding_belongs_to_a_curated_value(
            String name, JsonNode practice, String category, String value) {
        assertThat(stream(practice.path(category)).map(JsonNode::asText))
                .as("%s: the grounded value is curated in %s", name, category)
                .contains(value);
    }

    static Stream<Arguments> groundedValues() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode practice : ROOT.path("practices")) {
            for (String category : CATEGORIES) {
                for (Map.Entry<String, JsonNode> grounding
                        : practice.path("groundings").path(category).properties()) {
                    cases.add(Arguments.of(practiceName(practice) + " " + category + " " + grounding.getKey(),
                            practice, category, grounding.getKey()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("practices")
    void every_practice_curates_exactly_the_five_grounded_lists(String name, JsonNode practice) {
        for (String category : CATEGORIES) {
            assertThat(practice.path(category).isArray()).as("%s: %s is a list", name, category).isTrue();
            assertThat(practice.path("groundings").path(category).isObject())
                    .as("%s: groundings.%s is an object", name, category)
                    .isTrue();
        }
        assertThat(fieldNames(practice.path("groundings")))
                .as("%s: grounding categories", name)
                .containsExactlyInAnyOrderElementsOf(CATEGORIES);
        assertThat(practice.path("effectTags").size()).as("%s: effect tags", name).isPositive();
    }

    @ParameterizedTest(name = "practice {0} keeps its printed tags {1}")
    @MethodSource("printedTags")
    void practices_3_4_and_12_carry_exactly_their_printed_tags(int number, List<String> tags) {
        assertThat(stream(practice(number).path("effectTags")).map(JsonNode::asText))
                .containsExactlyInAnyOrderElementsOf(tags);
    }

    static Stream<Arguments> printedTags() {
        return Stream.of(
                Arguments.of(3, List.of("ENABLE_CONTINUOUS_ACTIVITY", "REDUCE_OPERATING_BURDEN")),
                Arguments.of(4, List.of("INVOLVE_REGIONAL_ORGANIZATIONS", "ENHANCE_ACTIVITY_EFFECT")),
                Arguments.of(12, List.of("INVOLVE_REGIONAL_ORGANIZATIONS", "ENHANCE_ACTIVITY_EFFECT")));
    }

    // ------------------------------------------------------------------ the re-audit of issue 15

    /** A practice's stage and organizer type are what its own text says, not its community's member table. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("practiceSettingGroundings")
    void every_stage_and_organizer_type_of_a_practice_quotes_the_practice_own_text(
            String name, JsonNode practice, String quote) {
        // issue 15: practice 3's POLICE quoted 「北海道警察サイバーセキュリティ対策本部(事務局)」 from the member table
        assertThat(ownText(practice)).as("%s: «%s» is text of the practice itself", name, quote)
                .contains(normalize(quote));
    }

    static Stream<Arguments> practiceSettingGroundings() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode practice : ROOT.path("practices")) {
            for (String category : List.of("stages", "organizerTypes")) {
                for (Map.Entry<String, JsonNode> grounding
                        : practice.path("groundings").path(category).properties()) {
                    cases.add(Arguments.of(practiceName(practice) + " " + category + " " + grounding.getKey(),
                            practice, grounding.getValue().asText()));
                }
            }
        }
        return cases.stream();
    }

    /** 企業の参加 is companies' and organizations' participation: its quote names them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("companyParticipationGroundings")
    void every_company_participation_quote_speaks_of_companies_or_organizations(String name, String quote) {
        // issue 15: practice 10 was grounded on 「企業にとっても有益」 alone, 13 and 19 on attendees in general
        assertThat(quote).as("%s: «%s»", name, quote).containsAnyOf("企業", "団体", "機関", "組織");
    }

    static Stream<Arguments> companyParticipationGroundings() {
        return stream(ROOT.path("practices"))
                .filter(p -> p.path("groundings").path("effectTags").has("PROMOTE_COMPANY_PARTICIPATION"))
                .map(p -> Arguments.of(practiceName(p),
                        p.path("groundings").path("effectTags").path("PROMOTE_COMPANY_PARTICIPATION").asText()));
    }

    @ParameterizedTest(name = "practice {0} does not claim {1}")
    @MethodSource("droppedLinks")
    void the_links_the_re_audit_dropped_stay_dropped(int number, String category, String value) {
        // issue 15: links the source text does not make
        assertThat(stream(practice(number).path(category)).map(JsonNode::asText)).doesNotContain(value);
    }

    static Stream<Arguments> droppedLinks() {
        return Stream.of(
                Arguments.of(3, "organizerTypes", "POLICE"),
                Arguments.of(13, "effectTags", "PROMOTE_COMPANY_PARTICIPATION"),
                Arguments.of(19, "effectTags", "PROMOTE_COMPANY_PARTICIPATION"),
                Arguments.of(21, "effectTags", "ENHANCE_ACTIVITY_EFFECT"));
    }

    @Test
    void issue_16_practice_17_serves_company_participation_and_19_continuity_each_on_its_own_sentence() {
        assertThat(practice(17).path("groundings").path("effectTags").path("PROMOTE_COMPANY_PARTICIPATION").asText())
                .startsWith("企業においては、地元に信頼できる相談窓口があることで");
        assertThat(practice(19).path("groundings").path("effectTags").path("ENABLE_CONTINUOUS_ACTIVITY").asText())
                .endsWith("継続的な参加を促す");
    }

    @Test
    void practice_5_suits_forming_communities_because_it_starts_from_a_one_off_event() {
        // issue 15: the FORMING quote was a sentence about continuing in the following years
        String quote = practice(5).path("groundings").path("stages").path("FORMING").asText();
        assertThat(normalize(practice(5).path("purpose").path("ja").asText())).startsWith(normalize(quote));
        assertThat(quote).contains("契機").doesNotContain("継続");
    }

    @Test
    void practice_10_is_grounded_for_company_participation_on_its_purpose() {
        // issue 15
        assertThat(practice(10).path("groundings").path("effectTags").path("PROMOTE_COMPANY_PARTICIPATION").asText())
                .isEqualTo(practice(10).path("purpose").path("ja").asText());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("printedFigures")
    void a_member_count_that_prints_one_figure_counts_that_figure(String community, String sourceText, int count) {
        // issue 15: 「北海道大学ほか大学10機関」 counts 10 universities, Hokkaido University among them
        java.util.regex.Matcher figure = Pattern.compile("\\d+").matcher(sourceText);
        assertThat(figure.find()).isTrue();
        int printed = Integer.parseInt(figure.group());
        if (!figure.find()) {
            assertThat(count).as("%s «%s»", community, sourceText).isEqualTo(printed);
        }
    }

    static Stream<Arguments> printedFigures() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode community : ROOT.path("communities")) {
            for (JsonNode count : community.path("composition")) {
                String text = count.path("sourceText").asText();
                if (text.matches(".*\\d.*")) {
                    cases.add(Arguments.of(community.path("id").asText(), text, count.path("count").asInt()));
                }
            }
        }
        return cases.stream();
    }

    /** The practice's own texts, normalized: title, purpose, actors, actions, effects and figure. */
    private static String ownText(JsonNode practice) {
        StringBuilder text = new StringBuilder(practice.path("title").path("ja").asText())
                .append(practice.path("purpose").path("ja").asText());
        practice.path("actors").forEach(a -> text.append(a.path("name").path("ja").asText()));
        for (String list : List.of("actions", "effects")) {
            practice.path(list).forEach(t -> text.append(t.path("ja").asText()));
        }
        text.append(practice.path("figure").path("caption").path("ja").asText());
        practice.path("figure").path("items").forEach(t -> text.append(t.path("ja").asText()));
        return normalize(text.toString());
    }

    // ------------------------------------------------------------------ IDs and numbering

    @Test
    void the_ten_communities_appear_in_the_source_order() {
        assertThat(stream(ROOT.path("communities")).map(c -> c.path("id").asText()))
                .containsExactlyElementsOf(COMMUNITY_IDS);
    }

    @Test
    void the_practices_are_numbered_1_to_22_in_order() {
        assertThat(stream(ROOT.path("practices")).map(p -> p.path("number").asInt()))
                .containsExactlyElementsOf(Stream.iterate(1, n -> n + 1).limit(22).toList());
    }

    @ParameterizedTest(name = "practice {0} belongs to {1}")
    @MethodSource("practiceCommunities")
    void every_practice_belongs_to_its_community(int number, @Nullable String community) {
        JsonNode actual = practice(number).path("community");
        if (community == null) {
            assertThat(actual.isNull()).as("practice %d has \"community\": null", number).isTrue();
        } else {
            assertThat(actual.asText()).isEqualTo(community);
        }
    }

    static Stream<Arguments> practiceCommunities() {
        List<Arguments> cases = new ArrayList<>();
        for (int number = 1; number <= 20; number++) {
            cases.add(Arguments.of(number, COMMUNITY_IDS.get((number - 1) / 2)));
        }
        cases.add(Arguments.of(21, null));
        cases.add(Arguments.of(22, null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("partnerLinks")
    void every_partner_community_link_is_known_and_mutual(String from, String to) {
        assertThat(COMMUNITY_IDS).as("%s links to a catalog community", from).contains(to);
        assertThat(to).as("%s does not link to itself", from).isNotEqualTo(from);
        assertThat(stream(community(to).path("partnerCommunities")).map(JsonNode::asText))
                .as("%s links back to %s", to, from)
                .contains(from);
    }

    static Stream<Arguments> partnerLinks() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode community : ROOT.path("communities")) {
            for (JsonNode partner : community.path("partnerCommunities")) {
                cases.add(Arguments.of(community.path("id").asText(), partner.asText()));
            }
        }
        return cases.stream();
    }

    // ------------------------------------------------------------------ texts

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbatimTexts")
    void every_verbatim_japanese_text_occurs_in_the_source(String name, String text) {
        assertThat(NORMALIZED_SOURCE.contains(normalize(text)))
                .as("%s: «%s» occurs in the source after normalization", name, text)
                .isTrue();
    }

    static Stream<Arguments> verbatimTexts() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode community : ROOT.path("communities")) {
            String name = "community " + community.path("id").asText();
            cases.add(Arguments.of(name + " name", community.path("name").path("ja").asText()));
            if (community.has("purpose")) {
                cases.add(Arguments.of(name + " purpose", community.path("purpose").path("ja").asText()));
            }
        }
        for (JsonNode practice : ROOT.path("practices")) {
            String name = practiceName(practice);
            cases.add(Arguments.of(name + " title", practice.path("title").path("ja").asText()));
            cases.add(Arguments.of(name + " purpose", practice.path("purpose").path("ja").asText()));
            int index = 0;
            for (JsonNode actor : practice.path("actors")) {
                cases.add(Arguments.of(name + " actors[" + index++ + "]", actor.path("name").path("ja").asText()));
            }
            for (String list : List.of("actions", "effects")) {
                index = 0;
                for (JsonNode entry : practice.path(list)) {
                    String[] lines = entry.path("ja").asText().split("\n");
                    for (int line = 0; line < lines.length; line++) {
                        cases.add(Arguments.of(name + " " + list + "[" + index + "] line " + (line + 1), lines[line]));
                    }
                    index++;
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void every_printed_figure_occurs_in_the_source(String name, String sourceText) {
        assertThat(NORMALIZED_SOURCE.contains(normalize(sourceText)))
                .as("%s: «%s» occurs in the source after normalization", name, sourceText)
                .isTrue();
    }

    static Stream<Arguments> figures() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode community : ROOT.path("communities")) {
            String name = "community " + community.path("id").asText();
            if (community.has("founded")) {
                cases.add(Arguments.of(name + " founded", community.path("founded").path("sourceText").asText()));
            }
            int index = 0;
            for (JsonNode count : community.path("composition")) {
                cases.add(Arguments.of(name + " composition[" + index++ + "]", count.path("sourceText").asText()));
            }
            index = 0;
            for (JsonNode event : community.path("events")) {
                for (JsonNode date : event.path("dates")) {
                    cases.add(Arguments.of(name + " events[" + index + "] date " + date.path("date").asText(),
                            date.path("sourceText").asText()));
                }
                index++;
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textObjects")
    void every_text_object_has_non_blank_ja_and_en(String path, JsonNode text) {
        assertThat(fieldNames(text)).as("%s: fields", path).containsExactlyInAnyOrder("ja", "en");
        assertThat(text.path("ja").isTextual() && !text.path("ja").asText().isBlank())
                .as("%s.ja is non-blank text", path)
                .isTrue();
        assertThat(text.path("en").isTextual() && !text.path("en").asText().isBlank())
                .as("%s.en is non-blank text", path)
                .isTrue();
    }

    static Stream<Arguments> textObjects() {
        List<Arguments> cases = new ArrayList<>();
        collectTextObjects("$", ROOT, cases);
        return cases.stream();
    }

    private static void collectTextObjects(String path, JsonNode node, List<Arguments> cases) {
        if (node.isObject()) {
            if (node.has("ja") || node.has("en")) {
                cases.add(Arguments.of(path, node));
                return;
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collectTextObjects(path + "." + field.getKey(), field.getValue(), cases);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTextObjects(path + "[" + i + "]", node.get(i), cases);
            }
        }
    }

    // ------------------------------------------------------------------ vocabulary and cadences

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("vocabularyValues")
    void every_vocabulary_value_is_a_known_id(String path, Class<? extends Enum<?>> vocabulary, String value) {
        assertThat(Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name))
                .as("%s is a %s ID", path, vocabulary.getSimpleName())
                .contains(value);
    }

    static Stream<Arguments> vocabularyValues() {
        List<Arguments> cases = new ArrayList<>();
        int c = 0;
        for (JsonNode community : ROOT.path("communities")) {
            String path = "$.communities[" + c++ + "]";
            addValue(cases, path + ".region", Region.class, community.path("region"));
            addValue(cases, path + ".prefecture", Prefecture.class, community.path("prefecture"));
            addValue(cases, path + ".legalForm", LegalForm.class, community.path("legalForm"));
            addValue(cases, path + ".organizerType.value", OrganizerType.class, community.path("organizerType").path("value"));
            addMemberships(cases, path + ".memberships", community.path("memberships"));
            int r = 0;
            for (JsonNode count : community.path("composition")) {
                addValue(cases, path + ".composition[" + r++ + "].sector", Sector.class, count.path("sector"));
            }
            int e = 0;
            for (JsonNode event : community.path("events")) {
                String eventPath = path + ".events[" + e++ + "]";
                addValue(cases, eventPath + ".kind", EventKind.class, event.path("kind"));
                addMemberships(cases, eventPath + ".hosts", event.path("hosts"));
                addMemberships(cases, eventPath + ".speakers", event.path("speakers"));
            }
        }
        int p = 0;
        for (JsonNode practice : ROOT.path("practices")) {
            String path = "$.practices[" + p++ + "]";
            int a = 0;
            for (JsonNode actor : practice.path("actors")) {
                String actorPath = path + ".actors[" + a++ + "]";
                addValue(cases, actorPath + ".role", Role.class, actor.path("role"));
                int o = 0;
                for (JsonNode organization : actor.path("organizations")) {
                    addOrganization(cases, actorPath + ".organizations[" + o++ + "]", organization);
                }
            }
            for (Map.Entry<String, Class<? extends Enum<?>>> curated : CURATED_VOCABULARY.entrySet()) {
                int v = 0;
                for (JsonNode value : practice.path(curated.getKey())) {
                    addValue(cases, path + "." + curated.getKey() + "[" + v++ + "]", curated.getValue(), value);
                }
            }
        }
        return cases.stream();
    }

    private static void addMemberships(List<Arguments> cases, String path, JsonNode memberships) {
        int m = 0;
        for (JsonNode membership : memberships) {
            String membershipPath = path + "[" + m++ + "]";
            addOrganization(cases, membershipPath + ".organization", membership.path("organization"));
            assertThat(membership.path("roles").size()).as("%s.roles is not empty", membershipPath).isPositive();
            int r = 0;
            for (JsonNode role : membership.path("roles")) {
                addValue(cases, membershipPath + ".roles[" + r++ + "]", Role.class, role);
            }
        }
    }

    private static void addOrganization(List<Arguments> cases, String path, JsonNode organization) {
        addValue(cases, path + ".kind", OrganizationKind.class, organization.path("kind"));
        addValue(cases, path + ".sector", Sector.class, organization.path("sector"));
    }

    private static void addValue(List<Arguments> cases, String path, Class<? extends Enum<?>> vocabulary, JsonNode value) {
        if (!value.isMissingNode()) {
            cases.add(Arguments.of(path, vocabulary, value.asText()));
        }
    }

    @ParameterizedTest(name = "{0} is within {1}")
    @MethodSource("prefectures")
    void every_prefecture_lies_in_its_community_region(String prefecture, String region) {
        assertThat(Prefecture.valueOf(prefecture).region().name()).isEqualTo(region);
    }

    static Stream<Arguments> prefectures() {
        return stream(ROOT.path("communities"))
                .filter(c -> c.has("prefecture"))
                .map(c -> Arguments.of(c.path("prefecture").asText(), c.path("region").asText()));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("fixedCadences")
    void the_fixed_cadences_carry_their_rrules(String communityId, String cadenceText, String rrule) {
        JsonNode cadence = stream(community(communityId).path("events"))
                .map(e -> e.path("cadence"))
                .filter(c -> cadenceText.equals(c.path("text").path("ja").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cadence " + cadenceText + " in " + communityId));
        assertThat(cadence.path("rrule").asText()).isEqualTo(rrule);
        assertThat(cadence.has("timesPerYear")).as("a fixed cadence has no timesPerYear").isFalse();
    }

    static Stream<Arguments> fixedCadences() {
        return Stream.of(
                Arguments.of("sokansai-lt", "偶数月の第2水曜日の晩", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE"),
                Arguments.of("sokansai-lt", "7月の第2土曜日", "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA"),
                Arguments.of("kagoshima-council", "毎週月曜日", "FREQ=WEEKLY;BYDAY=MO"));
    }

    @Test
    void only_the_fixed_cadences_carry_an_rrule() {
        Set<String> rrules = new HashSet<>();
        for (JsonNode community : ROOT.path("communities")) {
            for (JsonNode event : community.path("events")) {
                JsonNode rrule = event.path("cadence").path("rrule");
                if (!rrule.isMissingNode()) {
                    rrules.add(rrule.asText());
                }
            }
        }
        assertThat(rrules).containsExactlyInAnyOrderElementsOf(
                fixedCadences().map(a -> (String) a.get()[2]).toList());
    }

    // ------------------------------------------------------------------ helpers

    static Stream<Arguments> practices() {
        return stream(ROOT.path("practices")).map(p -> Arguments.of(practiceName(p), p));
    }

    private static JsonNode practice(int number) {
        return stream(ROOT.path("practices"))
                .filter(p -> p.path("number").asInt() == number)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no practice " + number));
    }

    private static JsonNode community(String id) {
        return stream(ROOT.path("communities"))
                .filter(c -> id.equals(c.path("id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no community " + id));
    }

    private static String practiceName(JsonNode practice) {
        return "practice " + practice.path("number").asInt();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> fieldNames(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** Deletes all whitespace (including U+3000) and the extraction's markup, as the format's quote rule says. */
    static String normalize(String text) {
        return WHITESPACE.matcher(text).replaceAll("")
                .replace("**", "")
                .replace("<u>", "")
                .replace("</u>", "");
    }

    private static JsonNode readCatalog() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        try {
            return mapper.readTree(readResource(CATALOG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + CATALOG, e);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = Objects.requireNonNull(
                SeedCatalogGroundingTest.class.getResourceAsStream(name), "resource " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
