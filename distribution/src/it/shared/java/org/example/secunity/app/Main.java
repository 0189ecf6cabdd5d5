package org.example.secunity.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.OrganizerType;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.serialization.ICalendarExport;
import org.secunity.serialization.SeedCatalog;

/**
 * What an application does with the SDK: load the seed catalog, recommend practices for a situation, parse a
 * cadence phrase and write an {@code .ics} file. It checks each result and exits with 1 on a wrong one, so that
 * the build that runs it fails.
 */
public final class Main {

    private Main() {}

    /**
     * Runs the checks.
     *
     * @param args the {@code .ics} file to write
     * @throws IOException if the file cannot be read back
     */
    public static void main(String[] args) throws IOException {
        Catalog catalog = SeedCatalog.load();
        check(catalog.communities().size() == 10 && catalog.practices().size() == 22, "catalog: " + catalog);

        Situation situation = Situation.builder()
                .organizerType(OrganizerType.PUBLIC_AGENCY)
                .addChallenges(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE)
                .build();
        Ranking ranking = PracticeMatcher.of(catalog).recommend(situation, 3);
        check(ranking.recommendations().size() == 3, "recommendations: " + ranking.recommendations());

        List<LocalDateTime> meetups = Cadence.parse("偶数月の第2水曜日の晩")
                .occurrences(LocalDateTime.of(2026, 1, 1, 0, 0)).take(2);
        check(meetups.equals(List.of(LocalDateTime.of(2026, 2, 11, 19, 0), LocalDateTime.of(2026, 4, 8, 19, 0))),
                "cadence: " + meetups);

        Path ics = Path.of(args[0]);
        ICalendarExport.create().write(catalog.community("sokansai-lt").orElseThrow(), LocalDate.of(2026, 1, 1), ics);
        String calendar = Files.readString(ics, StandardCharsets.UTF_8);
        check(calendar.startsWith("BEGIN:VCALENDAR") && calendar.contains("RRULE:FREQ=MONTHLY"), "ics: " + calendar);

        System.out.println("OK on the " + (Main.class.getModule().isNamed() ? "module" : "class") + " path: "
                + catalog + ", first recommendation " + ranking.recommendations().get(0).practiceNumber()
                + ", meetups " + meetups + ", wrote " + ics);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.err.println("unexpected " + what);
            System.exit(1);
        }
    }
}
