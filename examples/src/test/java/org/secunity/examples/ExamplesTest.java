package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every example's {@code main}, so that the examples cannot rot. Surefire runs in the examples module. */
class ExamplesTest {

    interface Main {
        void run() throws Exception;
    }

    private static synchronized String stdoutOf(Main main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void embed_catalog_example_queries_the_seed_catalog() throws Exception {
        String out = stdoutOf(() -> EmbedCatalogExample.main());
        assertThat(out).contains("Catalog[10 communities, 22 practices]")
                .contains("addresses SCHEDULING_CONFLICTS: 13 「")
                .contains("continuity and less burden: [3, 15, 19]")
                .contains("kagoshima-council")
                .contains("shared: [21, 22]")
                .contains("13 reduces the burden: true");
    }

    @Test
    void recommend_from_yaml_example_ranks_the_sample_situation() throws Exception {
        String out = stdoutOf(() -> RecommendFromYamlExample.main("situations/kyushu-volunteers.yaml"));
        assertThat(out).contains("1. practice ").contains("2. practice ").contains("3. practice ")
                .contains("CHALLENGE: Addresses your challenge").contains("「").doesNotContain("practice 13 ");
    }

    @Test
    void holiday_cadence_example_skips_and_moves_holidays() throws Exception {
        String out = stdoutOf(() -> HolidayCadenceExample.main());
        assertThat(out).contains("classes: [2026-01-05, 2026-01-19, 2026-01-26, 2026-02-02]")
                .contains("2026-01-12 skipped: 成人の日")
                .contains("FREQ=WEEKLY;BYDAY=MO = every Monday")
                .contains("meetups: [2026-02-12T19:00, 2026-04-08T19:00, 2026-06-10T19:00]")
                .contains("quiz: [2026-07-11, 2027-07-10]")
                .contains("rule: [2026-07-11, 2027-07-10]")
                .contains("建国記念の日 / National Foundation Day");
    }

    @Test
    void load_your_own_catalog_example_reads_queries_and_writes_back_the_sample() throws Exception {
        String out = stdoutOf(() -> LoadYourOwnCatalogExample.main("catalogs/sample-catalog.yaml"));
        assertThat(out).contains("Catalog[1 community, 2 practices]") // issue 10: not "1 communities"
                .contains("example-city: Example City Security Study Group")
                .contains("2026-01-15 19:00 月例勉強会")
                .contains("recommended: [2]")
                .contains("written back: true, same catalog: true");
    }

    @Test
    void publish_calendar_example_writes_an_ics_file(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("lt.ics");
        String out = stdoutOf(() -> PublishCalendarExample.main(file.toString()));
        assertThat(out).contains("2026-02-12 19:00 総関西サイバーセキュリティLT大会 (moved from 2026-02-11: 建国記念の日)")
                .contains("wrote " + file);
        assertThat(java.nio.file.Files.readString(file)).startsWith("BEGIN:VCALENDAR")
                .contains("RDATE;TZID=Asia/Tokyo:20260212T190000");
    }

    @Test
    void publish_calendar_example_without_a_path_writes_into_a_new_temporary_directory() throws Exception {
        // issue 10: it wrote sokansai-lt.ics into the working directory
        java.nio.file.Path inWorkingDirectory = java.nio.file.Path.of("sokansai-lt.ics");
        String out = stdoutOf(PublishCalendarExample::main);
        String written = out.lines().filter(l -> l.startsWith("wrote ")).findFirst().orElseThrow().substring(6);
        java.nio.file.Path file = java.nio.file.Path.of(written);
        assertThat(file).isAbsolute().hasFileName("sokansai-lt.ics").exists()
                .startsWith(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(inWorkingDirectory).doesNotExist();
        java.nio.file.Files.delete(file);
        java.nio.file.Files.delete(file.getParent());
    }
}
