package org.secunity.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Labelled;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.RankChange;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Signal;
import org.secunity.matching.Situation;
import org.secunity.matching.WhatIf;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.WireType;
import org.secunity.server.ServerConfig;

/**
 * The page for organizers at {@code /}, in Japanese or English, rendered on the server from the
 * query string alone, so a shared link shows the same result and the page works before (and
 * without) any script.
 *
 * <p>The query string is turned into a situation document that the library reads, so the page
 * has no decoder of its own and shows the library's messages for bad values. Parameters:
 * {@code lang}, {@code stage}, {@code organizerType}, {@code region}, {@code prefecture},
 * {@code challenge}, {@code partner}, {@code goal} ({@code TAG:weight}, or {@code TAG} for 1),
 * {@code adopted} (all repeatable where a list), {@code top}, {@code whatif}
 * ({@code SIGNAL:weight}) and {@code community} (whose next dates and feed are shown). Empty
 * values (a select left at "—") are ignored.
 */
final class Page {

    private static final List<String> PARAMETERS = List.of("lang", "stage", "organizerType", "region",
            "prefecture", "challenge", "partner", "goal", "adopted", "top", "whatif", "community");
    private static final List<String> GOAL_WEIGHTS = List.of("0.25", "0.5", "0.75", "1");
    private static final List<String> WHATIF_WEIGHTS = List.of("0", "0.1", "0.3", "0.5", "0.8", "1");
    private static final int DEFAULT_TOP = 5;
    private static final int SCHEDULE_COUNT = 5;

    private final ServerConfig config;
    private final Catalog catalog;
    private final PracticeMatcher matcher;
    private final Gate gate;

    Page(ServerConfig config, Catalog catalog, PracticeMatcher matcher, Gate gate) {
        this.config = config;
        this.catalog = catalog;
        this.matcher = matcher;
        this.gate = gate;
    }

    /** What the query string asks for, and what went wrong reading it. */
    private static final class View {
        final Map<String, List<String>> query;
        final boolean ja;
        final List<String> errors = new ArrayList<>();
        Situation situation = Situation.empty();
        boolean asked;
        int top = DEFAULT_TOP;
        @Nullable Ranking ranking;
        @Nullable WhatIf whatIf;
        @Nullable Community community;

        View(Map<String, List<String>> query, boolean ja) {
            this.query = query;
            this.ja = ja;
        }

        List<String> values(String name) {
            return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).map(String::strip).toList();
        }

        Optional<String> value(String name) {
            List<String> values = values(name);
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }

        boolean has(String name, String value) {
            return values(name).contains(value);
        }

        String t(String japanese, String english) {
            return ja ? japanese : english;
        }

        String label(Labelled value) {
            return ja ? value.ja() : value.en();
        }

        Locale locale() {
            return ja ? Locale.JAPANESE : Locale.ENGLISH;
        }
    }

    /** {@code GET /}. */
    void render(Context ctx, long deadline) {
        Media.negotiate(ctx, Media.HTML);
        View view = new View(ctx.queryParamMap(), japanese(ctx));
        for (String name : view.query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                view.errors.add(Media.abbreviate(name) + ": " + view.t("不明なパラメータです。使えるもの: ",
                        "unknown parameter; allowed: ") + String.join(", ", PARAMETERS));
            }
        }
        read(view);
        if (view.asked && view.errors.isEmpty()) {
            gate.run(deadline, () -> {
                rank(view);
                return view;
            });
        }
        ctx.status(view.errors.isEmpty() ? 200 : 400);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
        ctx.contentType(Media.HTML + "; charset=utf-8");
        ctx.result(html(view, LocalDate.now(config.clock().withZone(Schedule.ZONE))));
    }

    private static boolean japanese(Context ctx) {
        List<String> lang = ctx.queryParams("lang");
        if (!lang.isEmpty()) {
            return "ja".equals(lang.get(lang.size() - 1));
        }
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("ja");
    }

    // ---- reading the query

    private void read(View view) {
        view.value("lang").filter(l -> !"ja".equals(l) && !"en".equals(l)).ifPresent(l ->
                view.errors.add("lang: \"" + Media.abbreviate(l) + "\" " + view.t("は使えません。ja か en です。",
                        "is not a language here; allowed values: ja, en")));
        view.value("top").ifPresent(text -> {
            try {
                view.top = Params.integer("top", text, 1, Math.max(1, Math.min(config.maxTop(),
                        catalog.practices().size())));
            } catch (Problem e) {
                view.errors.add(String.valueOf(e.getMessage()));
            }
        });
        view.value("community").ifPresent(id -> {
            try {
                view.community = catalog.community(id).orElse(null);
            } catch (SecunityException e) {
                view.community = null;
            }
            if (view.community == null) {
                view.errors.add("community: " + view.t("不明なコミュニティです: ", "unknown community: ")
                        + Media.abbreviate(id));
            }
        });
        ObjectNode document = Json.MAPPER.createObjectNode();
        for (String field : List.of("stage", "organizerType", "region", "prefecture")) {
            view.value(field).ifPresent(v -> document.put(field, v));
        }
        ArrayNode challenges = document.putArray("challenges");
        view.values("challenge").forEach(challenges::add);
        ArrayNode partners = document.putArray("partners");
        view.values("partner").forEach(partners::add);
        ObjectNode goals = document.putObject("goals");
        for (String goal : view.values("goal")) {
            int colon = goal.indexOf(':');
            String tag = colon < 0 ? goal : goal.substring(0, colon);
            putNumber(goals, tag, colon < 0 ? "1" : goal.substring(colon + 1));
        }
        ArrayNode adopted = document.putArray("adoptedPractices");
        for (String n : view.values("adopted")) {
            if (n.matches("[0-9]{1,9}")) {
                adopted.add(Integer.parseInt(n));
            } else {
                adopted.add(n);
            }
        }
        view.asked = document.size() > 4 || !challenges.isEmpty() || !partners.isEmpty() || !goals.isEmpty()
                || !adopted.isEmpty();
        try {
            view.situation = SecunityMapper.json().read(WireType.situation(catalog), Json.write(document));
        } catch (SecunityDataException e) {
            e.violations().forEach(v -> view.errors.add(v.toString()));
        }
    }

    private static void putNumber(ObjectNode object, String key, String number) {
        try {
            object.put(key, new BigDecimal(number));
        } catch (NumberFormatException e) {
            object.put(key, number);
        }
    }

    private void rank(View view) {
        view.ranking = matcher.recommend(view.situation, view.top);
        view.value("whatif").ifPresent(text -> {
            int colon = text.indexOf(':');
            String name = colon < 0 ? text : text.substring(0, colon);
            try {
                Signal signal = Params.id("whatif", name, Signal.class);
                double weight = colon < 0 ? Double.NaN : Double.parseDouble(text.substring(colon + 1));
                view.whatIf = matcher.whatIf(view.situation, view.top, signal, weight);
            } catch (Problem e) {
                view.errors.add(String.valueOf(e.getMessage()));
            } catch (NumberFormatException | SecunityException e) {
                view.errors.add("whatif: " + view.t("SIGNAL:重み の形で、重みは0以上の数です: ",
                        "give SIGNAL:weight, a number at least 0: ") + Media.abbreviate(text));
            }
        });
    }

    // ---- writing the page

    private String html(View v, LocalDate today) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"").text(v.ja ? "ja" : "en").raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(v.t("地域SECUNITY プラクティス推薦", "Regional SECUNITY practice finder"))
                .raw("</title>\n<link rel=\"stylesheet\" href=\"/assets/page.css\">\n")
                .raw("<script src=\"/assets/page.js\" defer></script>\n</head>\n<body>\n");
        h.raw("<header>\n<h1>").text(v.t("地域SECUNITY プラクティス推薦", "Regional SECUNITY practice finder"))
                .raw("</h1>\n<p>").text(v.t(
                        "コミュニティの状況を入力すると、経済産業省「地域SECUNITY形成のためのプラクティス集」から合うプラクティスを理由と出典の引用つきで示します。",
                        "Describe your community and get the practices of METI's Regional SECUNITY practice collection "
                                + "that fit it, with the reasons and the source's own words."))
                .raw("</p>\n<nav aria-label=\"").text(v.t("言語", "Language")).raw("\">");
        h.raw(v.ja ? "<strong>日本語</strong>" : "<a lang=\"ja\" hreflang=\"ja\" href=\"" + Html.escape(link(v, "ja"))
                + "\">日本語</a>");
        h.raw(" | ");
        h.raw(v.ja ? "<a lang=\"en\" hreflang=\"en\" href=\"" + Html.escape(link(v, "en")) + "\">English</a>"
                : "<strong>English</strong>");
        h.raw("</nav>\n</header>\n<main>\n");
        if (!v.errors.isEmpty()) {
            h.raw("<div class=\"errors\" role=\"alert\" id=\"errors\">\n<h2>")
                    .text(v.t("入力を確かめてください", "Please check your input")).raw("</h2>\n<ul>\n");
            v.errors.forEach(e -> h.raw("<li>").text(e).raw("</li>\n"));
            h.raw("</ul>\n</div>\n");
        }
        if (v.ranking != null) {
            results(h, v, v.ranking);
        }
        if (v.whatIf != null) {
            whatIf(h, v, v.whatIf);
        }
        if (v.community != null) {
            schedule(h, v, v.community, today);
        }
        form(h, v);
        h.raw("</main>\n<footer><p>").text(v.t(
                "出典: 経済産業省「地域SECUNITY形成のためのプラクティス集」第1版（令和3年2月）。英訳と分類はこのプロジェクトによるものです。",
                "Source: METI, Practice Collection for Forming Regional Security Communities, 1st edition, February "
                        + "2021. The English translations and the curation are this project's."))
                .raw(" <a href=\"/v1/openapi.json\">API</a></p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void form(Html h, View v) {
        h.raw("<form method=\"get\" action=\"/\" id=\"situation\">\n");
        h.raw("<input type=\"hidden\" name=\"lang\" value=\"").text(v.ja ? "ja" : "en").raw("\">\n");
        h.raw("<fieldset>\n<legend>").text(v.t("コミュニティ", "Your community")).raw("</legend>\n");
        select(h, v, "stage", v.t("段階", "Stage"), CommunityStage.values());
        select(h, v, "organizerType", v.t("事務局の運営主体", "Who runs the secretariat"), OrganizerType.values());
        select(h, v, "region", v.t("地域", "Region"), Region.values());
        select(h, v, "prefecture", v.t("都道府県", "Prefecture"), Prefecture.values());
        h.raw("</fieldset>\n");

        h.raw("<fieldset class=\"goals\">\n<legend>").text(v.t("目標と重み", "Goals and their weights")).raw("</legend>\n");
        for (EffectTag tag : EffectTag.values()) {
            String id = "goal-" + tag.id();
            String current = currentGoal(v, tag);
            h.raw("<div class=\"field\"><label for=\"").text(id).raw("\">").text(v.label(tag)).raw("</label>")
                    .raw("<select id=\"").text(id).raw("\" name=\"goal\" data-autosubmit>")
                    .raw("<option value=\"\">").text(v.t("目標にしない", "not a goal")).raw("</option>");
            for (String w : GOAL_WEIGHTS) {
                String value = tag.id() + ":" + w;
                h.raw("<option value=\"").text(value).raw("\"").raw(w.equals(current) ? " selected" : "").raw(">")
                        .text(v.t("重み ", "weight ") + w).raw("</option>");
            }
            h.raw("</select></div>\n");
        }
        h.raw("</fieldset>\n");

        checkboxes(h, v, "challenge", v.t("課題", "Challenges"), Challenge.values());
        checkboxes(h, v, "partner", v.t("連携先", "Partners"), PartnerKind.values());

        h.raw("<fieldset class=\"checks\">\n<legend>").text(v.t("導入済みのプラクティス", "Practices already adopted"))
                .raw("</legend>\n");
        for (Practice p : catalog.practices()) {
            String id = "adopted-" + p.number();
            h.raw("<div class=\"check\"><input type=\"checkbox\" name=\"adopted\" id=\"").text(id).raw("\" value=\"")
                    .text(String.valueOf(p.number())).raw("\"")
                    .raw(v.has("adopted", String.valueOf(p.number())) ? " checked" : "").raw("><label for=\"")
                    .text(id).raw("\">").text(p.number() + ". " + p.title().in(v.locale())).raw("</label></div>\n");
        }
        h.raw("</fieldset>\n");

        h.raw("<fieldset>\n<legend>").text(v.t("表示", "Show")).raw("</legend>\n");
        h.raw("<div class=\"field\"><label for=\"top\">").text(v.t("件数", "How many practices"))
                .raw("</label><select id=\"top\" name=\"top\">");
        for (int n : new int[] {3, 5, 10, catalog.practices().size()}) {
            h.raw("<option").raw(n == v.top ? " selected" : "").raw(">").text(String.valueOf(n)).raw("</option>");
        }
        h.raw("</select></div>\n");
        h.raw("<div class=\"field\"><label for=\"whatif\">")
                .text(v.t("もしも: ひとつの重みを変えたら", "What if one weight changed")).raw("</label>")
                .raw("<select id=\"whatif\" name=\"whatif\" data-autosubmit><option value=\"\">")
                .text(v.t("変えない", "no change")).raw("</option>");
        String whatif = v.value("whatif").orElse("");
        for (Signal s : Signal.values()) {
            h.raw("<optgroup label=\"").text(v.label(s)).raw("\">");
            for (String w : WHATIF_WEIGHTS) {
                String value = s.id() + ":" + w;
                h.raw("<option value=\"").text(value).raw("\"").raw(value.equals(whatif) ? " selected" : "").raw(">")
                        .text(v.label(s) + " = " + w).raw("</option>");
            }
            h.raw("</optgroup>");
        }
        h.raw("</select></div>\n");
        h.raw("<div class=\"field\"><label for=\"community\">")
                .text(v.t("予定と購読リンクを見るコミュニティ", "Community whose dates and feed to show"))
                .raw("</label><select id=\"community\" name=\"community\"><option value=\"\">—</option>");
        for (Community c : catalog.communities()) {
            boolean selected = v.community != null && v.community.id().equals(c.id());
            h.raw("<option value=\"").text(c.id().value()).raw("\"").raw(selected ? " selected" : "").raw(">")
                    .text(c.name().in(v.locale())).raw("</option>");
        }
        h.raw("</select></div>\n</fieldset>\n");
        h.raw("<p><button type=\"submit\" id=\"recommend\">").text(v.t("おすすめを表示", "Recommend practices"))
                .raw("</button></p>\n</form>\n");
    }

    private static String currentGoal(View v, EffectTag tag) {
        for (String goal : v.values("goal")) {
            if (goal.equals(tag.id())) {
                return "1";
            }
            if (goal.startsWith(tag.id() + ":")) {
                return goal.substring(tag.id().length() + 1);
            }
        }
        return "";
    }

    private static <E extends Enum<E> & Labelled> void select(Html h, View v, String name, String label, E[] values) {
        String current = v.value(name).orElse("");
        h.raw("<div class=\"field\"><label for=\"").text(name).raw("\">").text(label).raw("</label><select id=\"")
                .text(name).raw("\" name=\"").text(name).raw("\"><option value=\"\">—</option>");
        for (E e : values) {
            h.raw("<option value=\"").text(e.id()).raw("\"").raw(e.id().equals(current) ? " selected" : "").raw(">")
                    .text(v.label(e)).raw("</option>");
        }
        h.raw("</select></div>\n");
    }

    private static <E extends Enum<E> & Labelled> void checkboxes(Html h, View v, String name, String legend,
            E[] values) {
        h.raw("<fieldset class=\"checks\">\n<legend>").text(legend).raw("</legend>\n");
        for (E e : values) {
            String id = name + "-" + e.id();
            h.raw("<div class=\"check\"><input type=\"checkbox\" name=\"").text(name).raw("\" id=\"").text(id)
                    .raw("\" value=\"").text(e.id()).raw("\"").raw(v.has(name, e.id()) ? " checked" : "")
                    .raw("><label for=\"").text(id).raw("\">").text(v.label(e)).raw("</label></div>\n");
        }
        h.raw("</fieldset>\n");
    }

    private static void results(Html h, View v, Ranking ranking) {
        h.raw("<section id=\"results\" aria-labelledby=\"results-title\">\n<h2 id=\"results-title\">")
                .text(v.t("おすすめのプラクティス", "Recommended practices")).raw("</h2>\n<p>")
                .text(v.t("候補" + ranking.candidates() + "件のうち上位" + ranking.recommendations().size() + "件",
                        "Top " + ranking.recommendations().size() + " of " + ranking.candidates() + " candidates"))
                .raw(" · <a id=\"share\" href=\"#\" hidden>").text(v.t("このリンクをコピー", "Copy this link"))
                .raw("</a></p>\n<ol class=\"ranking\">\n");
        for (Recommendation r : ranking.recommendations()) {
            h.raw("<li class=\"recommendation\" id=\"practice-").text(String.valueOf(r.practiceNumber())).raw("\">\n")
                    .raw("<h3>").text(v.t("プラクティス", "Practice ") + r.practiceNumber() + ": "
                            + r.practice().title().in(v.locale())).raw("</h3>\n<p class=\"score\">")
                    .text(v.t("順位 ", "Rank ") + r.rank() + v.t("・スコア ", " · score ")
                            + String.format(Locale.ROOT, "%.2f", r.score())).raw("</p>\n<ul class=\"reasons\">\n");
            for (Reason reason : r.reasons()) {
                h.raw("<li class=\"reason ").text(reason.direction() == Reason.Direction.FOR ? "for" : "against")
                        .raw("\"><span class=\"kind\">").text(v.label(reason.kind())).raw("</span> ")
                        .text(reason.text().in(v.locale()));
                reason.quote().ifPresent(q -> h.raw("<blockquote lang=\"ja\">「").text(q).raw("」</blockquote>"));
                h.raw("</li>\n");
            }
            h.raw("</ul>\n</li>\n");
        }
        h.raw("</ol>\n</section>\n");
    }

    private void whatIf(Html h, View v, WhatIf whatIf) {
        h.raw("<section id=\"whatif-results\" aria-labelledby=\"whatif-title\">\n<h2 id=\"whatif-title\">")
                .text(v.t("もしも「" + v.label(whatIf.signal()) + "」の重みが "
                        + whatIf.after().weights().weight(whatIf.signal()) + " だったら",
                        "What if " + v.label(whatIf.signal()) + " weighed "
                                + whatIf.after().weights().weight(whatIf.signal())))
                .raw("</h2>\n<table>\n<thead><tr><th scope=\"col\">").text(v.t("プラクティス", "Practice"))
                .raw("</th><th scope=\"col\">").text(v.t("今の順位", "Rank now")).raw("</th><th scope=\"col\">")
                .text(v.t("変えた後", "Rank then")).raw("</th></tr></thead>\n<tbody>\n");
        for (RankChange c : whatIf.changes()) {
            String title = catalog.practice(c.practiceNumber()).map(p -> p.title().in(v.locale())).orElse("");
            h.raw("<tr><td>").text(c.practiceNumber() + ". " + title).raw("</td><td>").text(String.valueOf(c.before()))
                    .raw("</td><td>").text(String.valueOf(c.after())).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void schedule(Html h, View v, Community c, LocalDate today) {
        Schedule schedule = Schedule.of(c).withHolidayPolicy(HolidayPolicy.SKIP);
        String feed = "/v1/communities/" + URLEncoder.encode(c.id().value(), StandardCharsets.UTF_8)
                + "/calendar.ics?holidays=JP&lang=" + (v.ja ? "ja" : "en");
        h.raw("<section id=\"schedule\" aria-labelledby=\"schedule-title\">\n<h2 id=\"schedule-title\">")
                .text(v.t(c.name().ja() + "の次の予定", "Next dates of " + c.name().en())).raw("</h2>\n");
        List<ScheduledOccurrence> dates = schedule.eventIndexes().isEmpty() ? List.of()
                : schedule.next(today, SCHEDULE_COUNT);
        if (dates.isEmpty()) {
            h.raw("<p>").text(v.t("日付の決まった定例行事はありません。", "No event with fixed dates.")).raw("</p>\n");
        } else {
            h.raw("<ul class=\"dates\">\n");
            for (ScheduledOccurrence d : dates) {
                h.raw("<li><time datetime=\"").text(d.date().toString()).raw("\">").text(d.date().toString()
                        + d.time().map(t -> " " + t).orElse("")).raw("</time> ").text(d.event().title().in(v.locale()));
                if (d.isSkipped()) {
                    h.raw(" <em>").text(v.t("（祝日のため休み: ", "(skipped for ")
                            + d.holiday().map(x -> v.ja ? x.ja() : x.en()).orElse("") + v.t("）", ")")).raw("</em>");
                }
                h.raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("<p><a id=\"subscribe\" href=\"").text(feed).raw("\" type=\"text/calendar\">")
                .text(v.t("カレンダーを購読する（iCalendar）", "Subscribe to the calendar (iCalendar)"))
                .raw("</a></p>\n</section>\n");
    }

    /** The page's own link in another language, with the rest of the query kept. */
    private static String link(View v, String lang) {
        StringBuilder s = new StringBuilder("/?lang=").append(lang);
        for (String name : PARAMETERS) {
            if ("lang".equals(name)) {
                continue;
            }
            for (String value : v.values(name)) {
                s.append('&').append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return s.toString();
    }
}
