package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs {@code jshell --class-path examples/target/secunity.jar examples/jshell/tour.jsh} as the README says. */
class JShellTourIT {

    @Test
    void the_jshell_tour_runs_to_its_end_without_errors() {
        Processes.Result result = Processes.run(Processes.root(), "", 300, Processes.tool("jshell"),
                "--class-path", Processes.jar().toString(), "examples/jshell/tour.jsh");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out())
                .contains("catalog ==> Catalog[10 communities, 22 practices]")
                .contains("catalog.practice(13) ==> Practice 13 [sokansai-lt]")
                .contains("== 2. Effect-tag coverage by community")
                // practices per effect tag over the whole catalog: 17 adds PROMOTE_COMPANY_PARTICIPATION and 19
                // ENABLE_CONTINUOUS_ACTIVITY (issue 16's curation, docs/catalog-format.md)
                .contains("(all)                  8     8     7    14     5")
                .contains(" 22 -                   .    .    X    X    .")
                .contains("ranking ==> Ranking[3 of 21 candidates")
                .contains("1. practice ")
                .contains("rule ==> FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12")
                .contains("建国記念の日 (National Foundation Day)")
                .contains("practice,community,PROMOTE_COMPANY_PARTICIPATION")
                .contains("(22 rows in ")
                .contains("== tour done");
        assertThat(result.out() + result.err()).doesNotContain("Error:").doesNotContain("Exception")
                .doesNotContain("cannot find symbol");
    }

    @Test
    void the_startup_script_makes_the_api_names_resolve() {
        String snippet = "System.out.println(SeedCatalog.load().practicesAddressing(Challenge.STAFF_ROTATION).size())\n"
                + "System.out.println(RecurrenceRule.parse(\"FREQ=WEEKLY;BYDAY=MO\").occurrences(LocalDate.of(2026, 1, 1))"
                + ".take(1))\n/exit\n";
        Processes.Result result = Processes.run(Processes.root(), snippet, 300, Processes.tool("jshell"), "-q",
                "--class-path", Processes.jar().toString(), "--startup", "DEFAULT", "--startup",
                "examples/jshell/startup.jsh");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("[2026-01-05]").doesNotContain("Error:");
    }
}
