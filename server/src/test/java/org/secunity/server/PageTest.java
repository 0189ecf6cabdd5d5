package org.secunity.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The organizers' page, rendered on the server from the query string alone (the browser test drives it). */
class PageTest {

    private static SecunityServer server;
    private static Client client;

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
    void an_empty_query_shows_the_form_without_results() {
        Client.Answer a = client.get("/?lang=en");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("<form method=\"get\" action=\"/\"", "<label for=\"stage\">Stage</label>")
                .doesNotContain("id=\"results\"");
    }

    @Test
    void a_shared_link_shows_the_ranking_on_load() {
        String html = client.get("/?lang=en&stage=FORMING&challenge=SCHEDULING_CONFLICTS").body();
        assertThat(html).contains("id=\"results\"", "class=\"recommendation\"", "<blockquote lang=\"ja\">");
        assertThat(html).contains("value=\"SCHEDULING_CONFLICTS\" checked", "<option value=\"FORMING\" selected>");
    }

    @Test
    void the_page_is_japanese_with_lang_ja_or_a_japanese_browser() {
        assertThat(client.get("/?lang=ja").body()).contains("<html lang=\"ja\"", "段階");
        assertThat(client.get("/", "Accept-Language", "ja-JP,ja;q=0.9").body()).contains("<html lang=\"ja\"");
        assertThat(client.get("/", "Accept-Language", "en-US").body()).contains("<html lang=\"en\"");
    }

    @Test
    void goal_weights_and_adopted_practices_shape_the_ranking() {
        String html = client.get("/?lang=en&goal=REDUCE_OPERATING_BURDEN:1&adopted=13&adopted=19&top=22").body();
        assertThat(html).contains("<option value=\"REDUCE_OPERATING_BURDEN:1\" selected>")
                .doesNotContain("id=\"practice-13\"").doesNotContain("id=\"practice-19\"").contains("id=\"practice-1\"");
    }

    @Test
    void a_what_if_shows_how_the_ranks_move() {
        String html = client.get("/?lang=en&stage=FORMING&challenge=SCHEDULING_CONFLICTS&whatif=CHALLENGES:0").body();
        assertThat(html).contains("id=\"whatif-results\"", "What if Challenges weighed 0.0");
    }

    @Test
    void a_community_shows_its_next_dates_and_a_feed_link() {
        String html = client.get("/?lang=en&community=sokansai-lt").body();
        assertThat(html).contains("id=\"schedule\"", "<time datetime=\"2026-",
                "href=\"/v1/communities/sokansai-lt/calendar.ics?holidays=JP&amp;lang=en\"");
    }

    @Test
    void bad_values_are_shown_with_the_library_s_message_and_status_400() {
        Client.Answer a = client.get("/?lang=en&stage=LAUNCH&goal=REDUCE_OPERATING_BURDEN:7");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("role=\"alert\"", "$.stage: &quot;LAUNCH&quot; is not a valid CommunityStage",
                "$.goals.REDUCE_OPERATING_BURDEN");
    }

    @Test
    void query_text_is_escaped_never_markup() {
        String html = client.get("/?lang=en&stage=%3Cscript%3Ealert(1)%3C/script%3E&%3Cimg%3E=1").body();
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img>").contains("&lt;script&gt;");
    }

    @Test
    void the_assets_are_served_with_caching() {
        Client.Answer css = client.get("/assets/page.css");
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("max-age");
        assertThat(client.get("/assets/page.js").contentType()).startsWith("text/javascript");
        assertThat(client.get("/assets/page.css", "If-None-Match", css.header("ETag")).status()).isEqualTo(304);
    }
}
