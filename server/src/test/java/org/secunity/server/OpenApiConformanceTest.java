package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real responses, good and bad, validated with a real JSON Schema validator (networknt, OpenAPI 3.1
 * dialect) against the schema the served {@code /v1/openapi.json} gives for their path, method,
 * status and media type.
 */
class OpenApiConformanceTest {

    private static final String DOCUMENT = "https://secunity.test/v1/openapi.json";
    private static final String SITUATION = "{\"stage\":\"FORMING\",\"challenges\":[\"SCHEDULING_CONFLICTS\"],"
            + "\"goals\":{\"REDUCE_OPERATING_BURDEN\":1},\"adoptedPractices\":[13]}";

    private static SecunityServer server;
    private static Client client;
    private static JsonNode openApi;
    private static SchemaRegistry registry;

    @BeforeAll
    static void start() {
        server = Servers.start();
        client = new Client(server.uri());
        Client.Answer doc = client.get("/v1/openapi.json");
        openApi = doc.json();
        registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(DOCUMENT, doc.body())));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                get("/health"),
                get("/v1/catalog"),
                get("/v1/practices"),
                get("/v1/practices?tag=REDUCE_OPERATING_BURDEN&community=sokansai-lt"),
                get("/v1/practices/13"),
                get("/v1/practices/21"),
                get("/v1/practices/99"),
                get("/v1/practices?tag=FOO"),
                get("/v1/practices?bogus=1"),
                get("/v1/communities"),
                get("/v1/communities/sokansai-lt"),
                get("/v1/communities/nobody"),
                get("/v1/holidays/JP?from=2026-01-01&to=2026-12-31"),
                get("/v1/holidays/US"),
                get("/v1/holidays/JP?from=1999-01-01"),
                get("/v1/rules/describe?rule=FREQ%3DYEARLY%3BBYMONTH%3D7%3BBYDAY%3D2SA&lang=ja"),
                get("/v1/rules/describe?rule=FREQ%3DMONTHLY%3BBYDAY%3D2XX"),
                get("/v1/communities/sokansai-lt/calendar.ics?holidays=JP&policy=CANCEL"),
                Arguments.of("POST", "/v1/recommendations?top=5&explain=1", "application/json", SITUATION),
                Arguments.of("POST", "/v1/recommendations?lang=ja", "application/json", "{}"),
                Arguments.of("POST", "/v1/recommendations", "application/json", "{\"stage\": \"LAUNCH\"}"),
                Arguments.of("POST", "/v1/recommendations", "application/json", "{\"stage\": "),
                Arguments.of("POST", "/v1/recommendations", "text/plain", SITUATION),
                Arguments.of("POST", "/v1/recommendations?top=0", "application/json", SITUATION),
                Arguments.of("POST", "/v1/expand", "application/json",
                        "{\"dtstart\":\"2026-01-01T19:00:00\",\"zone\":\"Asia/Tokyo\",\"cadence\":\"偶数月の第2水曜日の晩\",\"limit\":3}"),
                Arguments.of("POST", "/v1/expand", "application/json", "{\"dtstart\":\"2026-01-01\"}"),
                Arguments.of("POST", "/v1/expand", "application/json",
                        "{\"recurrence\":\"DTSTART;TZID=Asia/Tokyo:20260107T190000\\nRRULE:FREQ=WEEKLY\",\"limit\":2}"),
                Arguments.of("POST", "/v1/expand", "application/json",
                        "{\"recurrence\":\"DTSTART:20260107T190000\\nRDATE;VALUE=PERIOD:20260108T190000/PT1H\"}"),
                Arguments.of("POST", "/v1/expand", "application/json", "{\"dtstart\":\"2026-01-01\","
                        + "\"rrule\":\"FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO\",\"limit\":10000}"),
                Arguments.of("POST", "/v1/expand", "text/plain", "{}"));
    }

    private static Arguments get(String path) {
        return Arguments.of("GET", path, "", "");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requests")
    void every_response_is_valid_by_the_openapi_document(String method, String path, String contentType, String body) {
        Client.Answer answer = "GET".equals(method) ? client.get(path) : client.post(path, contentType, body);
        String media = answer.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        String pointer = responseSchemaPointer(template(path), method.toLowerCase(Locale.ROOT), answer.status(), media);
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        List<Error> errors = schema.validate(answer.json());
        assertThat(errors).as("%s %s → %d %s", method, path, answer.status(), answer.body()).isEmpty();
    }

    @Test
    void a_response_that_breaks_the_schema_is_caught() {
        String pointer = responseSchemaPointer("/v1/practices", "get", 200, "application/json");
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        JsonNode practices = client.get("/v1/practices").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) practices.get("practices").get(0)).put("number", "one");
        assertThat(schema.validate(practices)).isNotEmpty();
    }

    @Test
    void the_document_is_openapi_3_1_and_every_path_answers() {
        assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        openApi.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/health", "/v1/catalog", "/v1/practices", "/v1/practices/{n}", "/v1/communities",
                "/v1/communities/{id}", "/v1/communities/{id}/calendar.ics", "/v1/holidays/{country}",
                "/v1/rules/describe", "/v1/recommendations", "/v1/expand", "/v1/openapi.json");
        for (String p : paths) {
            String concrete = p.replace("{n}", "1").replace("{id}", "sokansai-lt").replace("{country}", "JP");
            for (Iterator<String> methods = openApi.get("paths").get(p).fieldNames(); methods.hasNext();) {
                String m = methods.next();
                Client.Answer a = "get".equals(m) ? client.get(concrete)
                        : client.post(concrete, "application/json", "{}");
                assertThat(a.status()).as("%s %s", m, p).isNotIn(404, 405);
            }
        }
    }

    /** The document's path template of a request path. */
    private static String template(String path) {
        String bare = path.split("\\?")[0];
        for (Iterator<String> it = openApi.get("paths").fieldNames(); it.hasNext();) {
            String template = it.next();
            String regex = Pattern.quote(template).replaceAll("\\{[a-z]+\\}", "\\\\E[^/]+\\\\Q");
            if (bare.matches(regex)) {
                return template;
            }
        }
        throw new AssertionError("no path of the document matches " + path);
    }

    /** The JSON pointer of a response's schema, following a {@code $ref} to a shared response. */
    private static String responseSchemaPointer(String template, String method, int status, String media) {
        String pointer = "/paths/" + escape(template) + "/" + method + "/responses/" + status;
        JsonNode response = openApi.at(pointer);
        assertThat(response.isMissingNode()).as("the document has no %d response for %s %s", status, method, template)
                .isFalse();
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = openApi.at(pointer);
        }
        assertThat(response.at("/content/" + escape(media)).isMissingNode())
                .as("the document has no %s content for %d of %s %s", media, status, method, template).isFalse();
        return pointer + "/content/" + escape(media) + "/schema";
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
