// Which effect tags are least covered across communities? (a community covers a tag when one of its practices has it)
//   jshell --class-path examples/target/secunity.jar examples/jshell/research/least-covered-tags.jsh
// Prints the tags from the least covered, with the communities that cover each; writes least-covered-tags.png.
import java.nio.file.*; import java.util.*; import org.secunity.core.*; import org.secunity.serialization.*; import org.secunity.charts.*;
var catalog = SeedCatalog.load()
var coverage = catalog.effectTagCoverage()
for (EffectTag tag : coverage.leastCovered()) System.out.printf("%d of %d communities  %s  %s%n", coverage.communitiesWith(tag).size(), catalog.communities().size(), tag.ja(), coverage.communitiesWith(tag));
Charts.coverage(catalog).withLanguage(Locale.JAPANESE).writePng(Path.of("least-covered-tags.png"))
/exit
