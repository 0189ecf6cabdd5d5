// Imports for using the Secunity SDK interactively in JShell:
//   jshell --class-path examples/target/secunity.jar --startup DEFAULT --startup examples/jshell/startup.jsh
// Then, for example:
//   var catalog = SeedCatalog.load()
//   catalog.practicesAddressing(Challenge.SCHEDULING_CONFLICTS)
//   PracticeMatcher.of(catalog).recommend(Situation.builder().addChallenge(Challenge.STAFF_ROTATION).build(), 3)
//   RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2WE").occurrences(LocalDate.now()).take(3)
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.secunity.SecunityException;
import org.secunity.SecunityDataException;
import org.secunity.SecunityParseException;
import org.secunity.core.*;
import org.secunity.matching.*;
import org.secunity.recurrence.*;
import org.secunity.recurrence.holiday.*;
import org.secunity.serialization.*;
