// Which practices suit a newly forming volunteer community in a rural prefecture with few companies?
//   jshell --class-path examples/target/secunity.jar examples/jshell/research/rural-volunteer-practices.jsh
// Prints the top 5 with each reason's source quote; writes rural-volunteer-practices.svg (score by signal).
import java.nio.file.*; import java.util.*; import org.secunity.core.*; import org.secunity.matching.*; import org.secunity.serialization.*; import org.secunity.charts.*;
var catalog = SeedCatalog.load()
var situation = Situation.builder().stage(CommunityStage.FORMING).organizerType(OrganizerType.VOLUNTEER_GROUP).region(Region.CHUGOKU).prefecture(Prefecture.SHIMANE).putGoal(EffectTag.PROMOTE_COMPANY_PARTICIPATION, 1.0).putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 1.0).addChallenges(Challenge.FEW_MEMBER_ORGANIZATIONS, Challenge.PARTICIPATION_BURDEN).build()
var ranking = PracticeMatcher.of(catalog).recommend(situation, 5)
for (Recommendation r : ranking.recommendations()) { System.out.printf("%d. practice %d  %s%n", r.rank(), r.practiceNumber(), r.practice().title().ja()); r.reasons().forEach(reason -> System.out.println("     " + reason.text().ja() + reason.quote().map(q -> " 「" + q + "」").orElse(""))); }
Charts.ranking(ranking).withLanguage(Locale.JAPANESE).writeSvg(Path.of("rural-volunteer-practices.svg"))
/exit
