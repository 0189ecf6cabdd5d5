// How many meetings a year do the communities hold, and in which months do they cluster?
//   jshell --class-path examples/target/secunity.jar examples/jshell/research/meetings-per-year.jsh
// Counts are exact from a rule, as stated (年2回), approximate (年2回程度) or unknown, never guessed;
// months come from the events whose dates the source fixes. Writes meetings-per-year.svg.
import java.nio.file.*; import java.time.*; import java.util.*; import org.secunity.core.*; import org.secunity.serialization.*; import org.secunity.charts.*;
var catalog = SeedCatalog.load()
var year = Year.of(2026)
catalog.eventsPerYear(year).forEach((id, total) -> System.out.println(id + ": " + total))
var months = catalog.eventDistribution(year.atDay(1), year.plusYears(1).atDay(1))
months.byCommunityAndMonth().forEach((id, byMonth) -> { var busy = byMonth.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey().getValue() + "月×" + e.getValue()).toList(); if (!busy.isEmpty()) System.out.println(id + " in " + year + ": " + busy); })
System.out.println("months, busiest first: " + months.busiestMonths() + "; not placed (no fixed dates): " + months.unplaced().size() + " events")
Charts.calendar(months).withLanguage(Locale.JAPANESE).writeSvg(Path.of("meetings-per-year.svg"))
/exit
