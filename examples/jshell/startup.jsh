// Imports for using the Secunity SDK interactively in JShell:
//   jshell --class-path examples/target/secunity.jar --startup DEFAULT --startup examples/jshell/startup.jsh
// Then, for example:
//   var catalog = SeedCatalog.load()
//   catalog.practicesAddressing(Challenge.SCHEDULING_CONFLICTS)
//   PracticeMatcher.of(catalog).recommend(Situation.builder().addChallenge(Challenge.STAFF_ROTATION).build(), 3)
//   RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE").occurrences(LocalDate.now()).take(3)
//   Cadence.parse("偶数月の第2水曜日の晩").occurrences(LocalDateTime.now()).take(3)
// Every package the SDK's modules export is imported (JShellStartupTest checks it against the module-info files).
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.secunity.*;
import org.secunity.core.*;
import org.secunity.matching.*;
import org.secunity.matching.evaluation.*;
import org.secunity.recurrence.*;
import org.secunity.recurrence.cadence.*;
import org.secunity.recurrence.holiday.*;
import org.secunity.serialization.*;
