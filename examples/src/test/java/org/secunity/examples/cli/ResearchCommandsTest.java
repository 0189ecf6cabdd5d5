package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** The researchers' commands of issue 15: long and wide CSV tables, schedule --all, recommend --jsonl csv, chart. */
class ResearchCommandsTest {

    @Test
    void community_tags_export_long_by_default_and_wide_on_request() {
        AppRunner.Result tidy = AppRunner.run("catalog", "export", "--format", "csv", "--table", "community-tags");
        assertThat(tidy.status()).as(tidy.err()).isZero();
        assertThat(tidy.outLines()).hasSize(1 + 10 * 5).first().isEqualTo("community,region,tag,practices,covered");
        assertThat(tidy.outLines()).contains("sokansai-lt,KINKI,REDUCE_OPERATING_BURDEN,1,1");
        AppRunner.Result wide = AppRunner.run("catalog", "export", "--format", "csv", "--table", "community-tags",
                "--layout", "wide");
        assertThat(wide.outLines()).hasSize(11).first().asString().startsWith("community,region,PROMOTE_COMPANY_PARTICIPATION");
    }

    @Test
    void the_matrix_has_a_long_layout_with_the_grounding_quotes() {
        AppRunner.Result result = AppRunner.run("catalog", "export", "--format", "csv", "--table", "matrix",
                "--layout", "long");
        assertThat(result.outLines()).first().isEqualTo("practice,community,tag,tagged,quote");
        assertThat(result.outLines()).hasSize(1 + 22 * 5);
        AppRunner.Result challenges = AppRunner.run("catalog", "export", "--format", "csv", "--table",
                "practice-challenges", "--bom");
        assertThat(challenges.out()).startsWith("\uFEFFpractice,community,challenge,addressed,quote\n");
    }

    @Test
    void a_long_layout_of_a_wide_only_table_is_refused() {
        AppRunner.run("catalog", "export", "--format", "csv", "--table", "practices", "--layout", "long")
                .assertBadInput().contains("--layout long: table practices is wide only");
        AppRunner.run("catalog", "export", "--layout", "wide")
                .assertBadInput().contains("--layout applies only to --format csv");
        AppRunner.run("catalog", "export", "--format", "csv", "--table", "tags")
                .assertBadInput().contains("unknown table \"tags\"; the tables are practices, matrix");
    }

    @Test
    void schedule_all_writes_every_occurrence_with_its_holiday_reason_as_csv() {
        AppRunner.Result result = AppRunner.run("schedule", "--all", "--from", "2026-01-01", "--to", "2027-01-01",
                "--holidays", "JP", "--holiday-policy", "NEXT_BUSINESS_DAY", "--format", "csv");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.outLines()).first().isEqualTo("community,eventIndex,kind,titleJa,titleEn,date,time,weekday,"
                + "month,status,scheduledDate,holiday,holidayJa,holidayEn");
        // the bundled catalog's fixed-date events: 6 lightning talks, 1 quiz, 52 Monday classes
        assertThat(result.outLines()).hasSize(1 + 59);
        assertThat(result.out()).contains("2026-02-12,19:00,THURSDAY,2,MOVED,2026-02-11,2026-02-11,建国記念の日,"
                + "National Foundation Day");
    }

    @Test
    void schedule_all_as_text_lists_the_dates_and_what_it_leaves_out() {
        AppRunner.Result result = AppRunner.run("schedule", "--all", "--from", "2026-07-01", "--to", "2026-08-01",
                "--lang", "en");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("2026-07-11 (Sat)  sokansai-lt  Ultimate")
                .contains("events without fixed dates are not listed.");
    }

    @Test
    void schedule_needs_one_of_community_and_all_and_all_needs_to() {
        AppRunner.run("schedule", "--all", "--community", "haisl").assertBadInput()
                .contains("give either --community ID or --all");
        AppRunner.run("schedule").assertBadInput().contains("give either --community ID or --all");
        AppRunner.run("schedule", "--all", "--from", "2026-01-01").assertBadInput()
                .contains("--all needs --to DATE");
        AppRunner.run("schedule", "--community", "sokansai-lt", "--format", "csv").assertBadInput()
                .contains("--format csv works with --all");
        AppRunner.run("schedule", "--all", "--from", "2026-01-01", "--to", "2040-01-01").assertBadInput()
                .contains("the window must be at most 3653 days");
    }

    @Test
    void recommend_jsonl_as_csv_writes_one_table_with_an_error_row_for_a_bad_line(@TempDir Path dir)
            throws IOException {
        Path lines = dir.resolve("situations.jsonl");
        Files.writeString(lines, "{\"challenges\":[\"SCHEDULING_CONFLICTS\"]}\n{\"stage\":\"LAUNCH\"}\n",
                StandardCharsets.UTF_8);
        AppRunner.Result result = AppRunner.run("recommend", "--jsonl", lines.toString(), "--format", "csv",
                "--top", "2");
        assertThat(result.status()).as(result.err()).isZero();
        List<String> out = result.outLines();
        assertThat(out.get(0)).isEqualTo("situation,rank,practice,score,signal,weight,match,contribution,error");
        assertThat(out).filteredOn(l -> l.startsWith("1,")).hasSize(2 * 4);
        assertThat(out).filteredOn(l -> l.startsWith("2,")).singleElement().asString()
                .startsWith("2,,,,,,,,").contains("line 2: $.stage: \"\"LAUNCH\"\" is not a valid CommunityStage");
        AppRunner.Result wide = AppRunner.run("recommend", "--jsonl", lines.toString(), "--format", "csv",
                "--layout", "wide", "--top", "2");
        assertThat(wide.outLines().get(0)).isEqualTo("situation,rank,practice,score,GOALS,CHALLENGES,CONTEXT,"
                + "SIMILARITY,error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tag-matrix", "coverage", "calendar", "ranking"})
    void chart_writes_svg_and_png(String chart, @TempDir Path dir) throws Exception {
        Path situation = dir.resolve("s.json");
        Files.writeString(situation, "{\"goals\":{\"REDUCE_OPERATING_BURDEN\":1.0}}", StandardCharsets.UTF_8);
        for (String file : List.of("c.svg", "c.png")) {
            List<String> args = new java.util.ArrayList<>(List.of("chart", chart, "--lang", "ja", "-o",
                    dir.resolve(file).toString()));
            if (chart.equals("ranking")) {
                args.addAll(List.of("--situation", situation.toString()));
            }
            AppRunner.Result result = AppRunner.run(args.toArray(String[]::new));
            assertThat(result.status()).as(result.err()).isZero();
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(Files.readString(dir.resolve("c.svg")))))
                .getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(ImageIO.read(dir.resolve("c.png").toFile())).isNotNull();
    }

    @Test
    void chart_refuses_what_does_not_fit_it(@TempDir Path dir) {
        AppRunner.run("chart", "coverage", "-o", dir.resolve("c.pdf").toString()).assertBadInput()
                .contains("-o: a chart is written as .svg or .png");
        AppRunner.run("chart", "ranking", "-o", dir.resolve("c.svg").toString()).assertBadInput()
                .contains("the ranking chart needs --situation FILE");
        AppRunner.run("chart", "pie", "-o", dir.resolve("c.svg").toString()).assertBadInput()
                .contains("unknown chart \"pie\"");
        AppRunner.run("chart", "coverage", "--from", "2026-01-01", "-o", dir.resolve("c.svg").toString())
                .assertBadInput().contains("--from and --to apply only to the calendar chart");
    }
}
