// A researcher's tour of the Secunity SDK, scripted for JShell. From the repository root:
//   mvn -B -q -DskipTests package
//   jshell --class-path examples/target/secunity.jar examples/jshell/tour.jsh
// It loads the catalog, tabulates effect-tag coverage by community and the practice x tag matrix,
// ranks practices for a situation, lists the next event dates, and exports a CSV table to a
// temporary file. The last line, /exit, ends JShell.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.secunity.core.*;
import org.secunity.matching.*;
import org.secunity.recurrence.*;
import org.secunity.recurrence.holiday.*;
import org.secunity.serialization.*;

// A script does not echo values as an interactive session does, so show() prints them the same way
void show(String expression, Object value) { System.out.println(expression + " ==> " + value); }

System.out.println("== 1. The catalog")
var catalog = SeedCatalog.load()
show("catalog", catalog)
show("catalog.source()", catalog.source().orElseThrow())
show("catalog.practice(13)", catalog.practice(13).orElseThrow())
show("catalog.community(\"sokansai-lt\")", catalog.community("sokansai-lt").orElseThrow())
show("Challenge.SCHEDULING_CONFLICTS.ja()", Challenge.SCHEDULING_CONFLICTS.ja())

System.out.println("== 2. Effect-tag coverage by community (practices per tag)")
String row(String label, java.util.function.Function<EffectTag, String> cell) {
    var line = new StringBuilder(String.format("%-18s", label));
    for (EffectTag tag : EffectTag.values()) line.append(String.format("%6s", cell.apply(tag)));
    return line.toString();
}
System.out.println(row("", tag -> tag.id().substring(0, 5)))
for (Community c : catalog.communities()) {
    var practices = catalog.practicesOf(c.id());
    System.out.println(row(c.id().value(),
            tag -> String.valueOf(practices.stream().filter(p -> p.hasEffectTag(tag)).count())));
}
System.out.println(row("(all)", tag -> String.valueOf(catalog.effectTagCounts().get(tag))))

System.out.println("== 3. The practice x tag matrix")
var matrix = catalog.effectTagMatrix()
for (EffectTagMatrix.Row r : matrix.rows()) {
    System.out.println(String.format("%3d %-18s", r.practice(), r.community().map(CommunityId::value).orElse("-"))
            + Arrays.stream(EffectTag.values()).map(t -> r.tags().contains(t) ? "  X  " : "  .  ").collect(Collectors.joining()));
}
show("matrix.columnTotals()", matrix.columnTotals())

System.out.println("== 4. Recommendations for a situation")
// JShell ends a snippet at the end of a complete line, so a chain that goes on over lines is put in parentheses
var situation = (Situation.builder()
        .stage(CommunityStage.FORMING)
        .organizerType(OrganizerType.VOLUNTEER_GROUP)
        .region(Region.KYUSHU)
        .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
        .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 0.5)
        .addChallenges(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN)
        .addAdoptedPractice(13)
        .build())
var matcher = PracticeMatcher.of(catalog)
show("situation", situation)
var ranking = matcher.recommend(situation, 3)
show("ranking", ranking)
for (Recommendation r : ranking.recommendations()) {
    System.out.printf("%d. practice %d  score %.2f  %s%n", r.rank(), r.practiceNumber(), r.score(), r.practice().title().en());
    for (Reason reason : r.reasons()) {
        System.out.println("     " + reason);
        reason.quote().ifPresent(q -> System.out.println("       「" + q + "」"));
    }
}
show("Analysis.coverage(catalog, ranking.practiceNumbers())", Analysis.coverage(catalog, ranking.practiceNumbers()))

System.out.println("== 5. Next event dates (Japanese holidays moved to the next business day)")
var today = LocalDate.now()
for (Community c : catalog.communities()) {
    Schedule.of(c).withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).next(today, 3)
            .forEach(o -> System.out.println("  " + c.id() + "  " + o));
}
var rule = RecurrenceRule.parse("FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE")
show("rule", rule)
show("rule.occurrences(today).take(3)", rule.occurrences(today).take(3))
show("HolidayCalendar.japan().holiday(LocalDate.of(2026, 2, 11))", HolidayCalendar.japan().holiday(LocalDate.of(2026, 2, 11)))

System.out.println("== 6. CSV export for R or pandas")
var csv = Files.createTempFile("effect-tag-matrix", ".csv")
CsvExport.create().write(CsvTable.EFFECT_TAG_MATRIX, catalog, csv)
var lines = Files.readAllLines(csv)
System.out.println(lines.get(0) + "  (" + (lines.size() - 1) + " rows in " + csv.getFileName() + ")")
Files.delete(csv)

System.out.println("== tour done")
/exit
