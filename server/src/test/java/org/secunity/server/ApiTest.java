package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.EffectTag;
import org.secunity.core.Practice;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Situation;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.serialization.Format;
import org.secunity.serialization.RankingWriter;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.SeedCatalog;
import org.secunity.serialization.Situations;
import org.secunity.serialization.WireType;

/** The endpoints answer with the library's wire forms, checked against the library itself as the oracle. */
class ApiTest {

    private static final String SITUATION = "{\"stage\": \"FORMING\", \"organizerType\": \"VOLUNTEER_GROUP\", "
            + "\"region\": \"KYUSHU\", \"goals\": {\"ENABLE_CONTINUOUS_ACTIVITY\": 1.0, \"REDUCE_OPERATING_BURDEN\": 0.5}, "
            + "\"challenges\": [\"SCHEDULING_CONFLICTS\", \"SALES_PITCH_CONCERN\"], \"adoptedPractices\": [13]}";

    private static SecunityServer server;
    private static Client client;
    private static final Catalog CATALOG = SeedCatalog.load();

    @BeforeAll
    static void start() {
        server = Servers.start();
        client = new Client(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_is_up_and_names_the_catalog_size() {
        Client.Answer a = client.get("/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.json().get("status").asText()).isEqualTo("UP");
        assertThat(a.json().at("/catalog/practices").asInt()).isEqualTo(CATALOG.practices().size());
    }

    @Test
    void catalog_is_the_catalog_document_and_reads_back_equal() {
        Client.Answer a = client.get("/v1/catalog");
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(SecunityMapper.json().read(WireType.CATALOG, a.body())).isEqualTo(CATALOG);
    }

    @Test
    void catalog_is_yaml_when_accept_prefers_yaml() {
        Client.Answer a = client.get("/v1/catalog", "Accept", "application/json;q=0.5, application/yaml");
        assertThat(a.contentType()).startsWith("application/yaml");
        assertThat(SecunityMapper.yaml().read(WireType.CATALOG, a.body())).isEqualTo(CATALOG);
    }

    @Test
    void practices_are_every_entry_of_the_catalog_in_order() {
        JsonNode practices = client.get("/v1/practices").json().get("practices");
        assertThat(practices).hasSize(CATALOG.practices().size());
        List<Practice> read = new ArrayList<>();
        for (JsonNode p : practices) {
            read.add(SecunityMapper.json().read(WireType.PRACTICE, p.toString()));
        }
        assertThat(read).isEqualTo(CATALOG.practices());
        assertThat(practices.get(20).get("community").isNull()).isTrue();
    }

    @Test
    void practices_filter_as_the_catalog_queries_do() {
        assertThat(numbers(client.get("/v1/practices?tag=REDUCE_OPERATING_BURDEN,ENHANCE_ACTIVITY_EFFECT")))
                .isEqualTo(numbers(CATALOG.practicesWithAnyTag(EffectTag.REDUCE_OPERATING_BURDEN,
                        EffectTag.ENHANCE_ACTIVITY_EFFECT)));
        assertThat(numbers(client.get("/v1/practices?challenge=SCHEDULING_CONFLICTS")))
                .isEqualTo(numbers(CATALOG.practicesAddressing(Challenge.SCHEDULING_CONFLICTS)));
        assertThat(numbers(client.get("/v1/practices?community=sokansai-lt")))
                .isEqualTo(numbers(CATALOG.practicesOf(CATALOG.community("sokansai-lt").orElseThrow().id())));
        assertThat(numbers(client.get("/v1/practices?community=none")))
                .isEqualTo(numbers(CATALOG.practicesWithoutCommunity()));
    }

    @Test
    void practices_filters_combine_with_and_and_repeats_with_or() {
        List<Integer> both = numbers(client.get(
                "/v1/practices?tag=REDUCE_OPERATING_BURDEN&tag=ENHANCE_ACTIVITY_EFFECT&challenge=SCHEDULING_CONFLICTS"));
        Set<Integer> addressing = Set.copyOf(numbers(CATALOG.practicesAddressing(Challenge.SCHEDULING_CONFLICTS)));
        List<Integer> expected = numbers(CATALOG.practicesWithAnyTag(EffectTag.REDUCE_OPERATING_BURDEN,
                EffectTag.ENHANCE_ACTIVITY_EFFECT)).stream().filter(addressing::contains).toList();
        assertThat(both).isEqualTo(expected);
    }

    @Test
    void one_practice_and_one_community_are_their_catalog_entries() {
        assertThat(SecunityMapper.json().read(WireType.PRACTICE, client.get("/v1/practices/13").body()))
                .isEqualTo(CATALOG.practice(13).orElseThrow());
        Community lt = CATALOG.community("sokansai-lt").orElseThrow();
        assertThat(SecunityMapper.json().read(WireType.COMMUNITY, client.get("/v1/communities/sokansai-lt").body()))
                .isEqualTo(lt);
        JsonNode communities = client.get("/v1/communities").json().get("communities");
        assertThat(StreamSupport.stream(communities.spliterator(), false).map(c -> c.get("id").asText()).toList())
                .isEqualTo(CATALOG.communities().stream().map(c -> c.id().value()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/practices", "/v1/communities", "/v1/catalog"})
    void fixed_documents_have_an_etag_and_answer_304_when_it_matches(String path) {
        Client.Answer first = client.get(path);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(client.get(path).header("ETag")).isEqualTo(etag);
        Client.Answer again = client.get(path, "If-None-Match", "\"other\", W/" + etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        Client.Answer changed = client.get(path, "If-None-Match", "\"other\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(first.body());
    }

    @Test
    void the_yaml_catalog_has_an_etag_of_its_own() {
        String json = client.get("/v1/catalog").header("ETag");
        String yaml = client.get("/v1/catalog", "Accept", "application/yaml").header("ETag");
        assertThat(yaml).isNotEmpty().isNotEqualTo(json);
    }

    @Test
    void recommendations_are_the_ranking_document_the_library_writes() {
        Client.Answer a = client.post("/v1/recommendations?top=3", "application/json", SITUATION);
        assertThat(a.status()).isEqualTo(200);
        Situation situation = Situations.read(SITUATION, Format.JSON, CATALOG);
        String expected = RankingWriter.create().write(PracticeMatcher.of(CATALOG).recommend(situation, 3));
        assertThat(a.json()).isEqualTo(tree(expected));
    }

    @Test
    void recommendations_rank_best_first_and_leave_adopted_practices_out() {
        JsonNode ranking = client.post("/v1/recommendations?top=10", "application/json", SITUATION).json();
        JsonNode recommendations = ranking.get("recommendations");
        assertThat(recommendations).hasSize(10);
        double previousScore = Double.POSITIVE_INFINITY;
        int previousRank = 0;
        for (JsonNode r : recommendations) {
            assertThat(r.get("practice").asInt()).isNotEqualTo(13);
            assertThat(r.get("score").asDouble()).isLessThanOrEqualTo(previousScore);
            assertThat(r.get("rank").asInt()).isGreaterThanOrEqualTo(previousRank);
            assertThat(r.get("reasons")).isNotEmpty();
            previousScore = r.get("score").asDouble();
            previousRank = r.get("rank").asInt();
        }
    }

    @Test
    void recommendations_read_yaml_as_json() {
        String yaml = "stage: FORMING\norganizerType: VOLUNTEER_GROUP\nregion: KYUSHU\n"
                + "goals:\n  ENABLE_CONTINUOUS_ACTIVITY: 1.0\n  REDUCE_OPERATING_BURDEN: 0.5\n"
                + "challenges: [SCHEDULING_CONFLICTS, SALES_PITCH_CONCERN]\nadoptedPractices: [13]\n";
        assertThat(client.post("/v1/recommendations", "application/yaml", yaml).json())
                .isEqualTo(client.post("/v1/recommendations", "application/json", SITUATION).json());
    }

    @Test
    void recommendations_explain_a_practice_outside_the_top() {
        Situation situation = Situations.read(SITUATION, Format.JSON, CATALOG);
        int last = PracticeMatcher.of(CATALOG).rankAll(situation).recommendations().get(15).practiceNumber();
        JsonNode ranking = client.post("/v1/recommendations?top=2&explain=" + last, "application/json", SITUATION)
                .json();
        assertThat(ranking.at("/explained/practice").asInt()).isEqualTo(last);
        assertThat(ranking.at("/explained/rank").asInt()).isGreaterThan(2);
    }

    @Test
    void recommendations_explain_an_adopted_practice_is_a_bad_parameter() {
        Client.Answer a = client.post("/v1/recommendations?explain=13", "application/json", SITUATION);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("detail").asText()).startsWith("explain: ").contains("adoptedPractices");
    }

    @Test
    void recommendations_write_reason_texts_in_japanese_with_lang_ja() {
        Situation situation = Situations.read(SITUATION, Format.JSON, CATALOG);
        String expected = RankingWriter.create().withLanguage(Locale.JAPANESE)
                .write(PracticeMatcher.of(CATALOG).recommend(situation, 5));
        assertThat(client.post("/v1/recommendations?lang=ja", "application/json", SITUATION).json())
                .isEqualTo(tree(expected));
    }

    @Test
    void holidays_are_the_calendar_s_between_both_dates_included() {
        JsonNode root = client.get("/v1/holidays/JP?from=2026-05-03&to=2026-05-06").json();
        List<String> dates = StreamSupport.stream(root.get("holidays").spliterator(), false)
                .map(h -> h.get("date").asText()).toList();
        assertThat(dates).isEqualTo(HolidayCalendar.japan().holidaysBetween(LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 7)).stream().map(h -> h.date().toString()).toList());
        assertThat(dates).contains("2026-05-03", "2026-05-06");
    }

    @Test
    void holidays_default_to_this_year_of_the_clock() {
        JsonNode root = client.get("/v1/holidays/JP").json();
        assertThat(root.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(root.get("holidays")).hasSize(HolidayCalendar.japan().holidaysIn(java.time.Year.of(2026)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void describe_says_a_rule_in_words_as_the_library_does(String lang) {
        JsonNode root = client.get("/v1/rules/describe?rule=FREQ%3DMONTHLY%3BBYDAY%3D2WE&lang=" + lang).json();
        assertThat(root.get("description").asText()).isEqualTo(
                Cadence.describe(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE"), Locale.forLanguageTag(lang)));
    }

    @Test
    void a_bad_rule_is_a_problem_with_the_part_and_index() {
        Client.Answer a = client.get("/v1/rules/describe?rule=FREQ%3DMONTHLY%3BBYDAY%3D2XX");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("part").asText()).isEqualTo("BYDAY");
        assertThat(a.json().get("index").asInt()).isEqualTo(19);
        assertThat(a.json().get("detail").asText()).contains("in BYDAY at index 19 of \"FREQ=MONTHLY;BYDAY=2XX\"");
    }

    @Test
    void a_bad_situation_is_422_with_every_violation_path_line_and_column() {
        Client.Answer a = client.post("/v1/recommendations", "application/json",
                "{\"stage\": \"LAUNCH\", \"goals\": {\"REDUCE_OPERATING_BURDEN\": 2}}");
        assertThat(a.status()).isEqualTo(422);
        JsonNode violations = a.json().get("violations");
        assertThat(StreamSupport.stream(violations.spliterator(), false).map(v -> v.get("path").asText()).toList())
                .containsExactly("$.stage", "$.goals.REDUCE_OPERATING_BURDEN");
        assertThat(a.json().get("detail").asText()).startsWith("body: 2 problems: $.stage: ").contains("(line 1, column");
    }

    @Test
    void a_method_the_path_does_not_take_is_405_naming_the_allowed_ones() {
        Client.Answer a = client.method("DELETE", "/v1/practices");
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.header("Allow")).isEqualTo("GET");
        assertThat(a.contentType()).startsWith("application/problem+json");
    }

    @Test
    void cors_is_off_by_default() {
        Client.Answer a = client.get("/v1/practices", "Origin", "https://portal.example.org");
        assertThat(a.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void cors_allows_the_configured_origins_only() {
        try (SecunityServer cors = SecunityServer.start(Servers.config()
                .withCorsOrigins(List.of("https://portal.example.org")))) {
            Client c = new Client(cors.uri());
            assertThat(c.get("/v1/practices", "Origin", "https://portal.example.org")
                    .header("Access-Control-Allow-Origin")).isEqualTo("https://portal.example.org");
            assertThat(c.get("/v1/practices", "Origin", "https://elsewhere.example.org")
                    .header("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void a_stopped_server_turns_down_and_releases_its_port() throws Exception {
        SecunityServer s = Servers.start();
        Client c = new Client(s.uri());
        assertThat(c.get("/health").status()).isEqualTo(200);
        s.close();
        try (java.net.ServerSocket again = new java.net.ServerSocket(s.port(), 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThat(again.getLocalPort()).isEqualTo(s.port());
        }
    }

    private static List<Integer> numbers(Client.Answer answer) {
        return StreamSupport.stream(answer.json().get("practices").spliterator(), false)
                .map(p -> p.get("number").asInt()).collect(Collectors.toList());
    }

    private static List<Integer> numbers(List<Practice> practices) {
        return practices.stream().map(Practice::number).toList();
    }

    private static JsonNode tree(String json) {
        try {
            return Client.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
