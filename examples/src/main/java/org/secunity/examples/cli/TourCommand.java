package org.secunity.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogSource;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.OrganizerType;
import org.secunity.core.Region;
import org.secunity.core.Schedule;
import org.secunity.core.ScheduledOccurrence;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.serialization.SeedCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity tour}: a guided tour of the bundled catalog, the matcher and the cadences. */
@Command(name = "tour",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "A guided tour, in Japanese or English: the bundled catalog (its source, counts and the ten "
                    + "communities), the recommendations for a sample situation with their reasons and source "
                    + "quotes, and the next dates of the catalog's fixed cadences (the lightning talks, the quiz, "
                    + "the programming class).",
            "The sample situation is the one in examples/situations/kyushu-volunteers.yaml: a volunteer group "
                    + "forming in Kyushu that wants continuous activity with a light burden, struggles with "
                    + "scheduling conflicts and fear of sales pitches, and already fixes its schedule (practice 13)."
        })
public final class TourCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DATE",
            description = "The date to count the next event dates from, yyyy-MM-dd. Default: today.")
    private @Nullable LocalDate from;

    @Mixin
    private LangOption langOption = new LangOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public TourCommand() {}

    /**
     * The sample situation of the tour, the README and {@code examples/situations/kyushu-volunteers.yaml}.
     *
     * @return the situation, not null
     */
    public static Situation sampleSituation() {
        return Situation.builder()
                .stage(CommunityStage.FORMING)
                .organizerType(OrganizerType.VOLUNTEER_GROUP)
                .region(Region.KYUSHU)
                .putGoal(EffectTag.ENABLE_CONTINUOUS_ACTIVITY, 1.0)
                .putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 0.5)
                .addChallenges(Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN)
                .addAdoptedPractice(13)
                .build();
    }

    /**
     * Prints the tour.
     *
     * @return 0
     */
    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        PrintWriter out = spec.commandLine().getOut();
        LocalDate start = from == null ? LocalDate.now(SecunityApp.environmentOf(spec).clock()) : from;
        Catalog catalog = SeedCatalog.load();

        out.println(lang.pick("Secunity SDK ツアー", "Secunity SDK tour"));
        out.println("==================");
        out.println();
        section(out, "1", lang.pick("同梱のカタログ", "The bundled catalog"));
        catalog.source().ifPresent(s -> out.println("  " + source(s, lang)));
        out.println("  " + lang.pick(
                "コミュニティ" + catalog.communities().size() + "件、プラクティス" + catalog.practices().size()
                        + "件（うち" + catalog.practicesWithoutCommunity().size() + "件は特定のコミュニティに属さない共通のもの）",
                Text.count(catalog.communities().size(), "community", "communities") + ", "
                        + Text.count(catalog.practices().size(), "practice", "practices") + " ("
                        + catalog.practicesWithoutCommunity().size() + " of them belong to no single community)"));
        out.println();
        for (Community c : catalog.communities()) {
            String numbers = catalog.practicesOf(c.id()).stream().map(p -> String.valueOf(p.number()))
                    .collect(Collectors.joining(", "));
            out.println("  " + Text.pad(c.id().value(), 18) + Text.pad(lang.label(c.region()), 10)
                    + Text.pad(numbers, 8) + lang.of(c.name()));
        }
        out.println();
        out.println("  " + lang.pick("効果タグごとのプラクティス数:", "Practices per effect tag:"));
        for (Map.Entry<EffectTag, Integer> e : catalog.effectTagCounts().entrySet()) {
            out.println("    " + Text.padLeft(String.valueOf(e.getValue()), 2) + "  " + lang.label(e.getKey()));
        }
        out.println();

        section(out, "2", lang.pick("状況に合うプラクティスの推薦", "Recommendations for a situation"));
        Situation situation = sampleSituation();
        out.println("  " + lang.pick("状況: ", "Situation: ") + RankingPrinter.describe(situation, lang));
        Ranking ranking = PracticeMatcher.of(catalog).recommend(situation, 3);
        RankingPrinter.print(out, ranking, lang, 3, "  ");
        out.println();

        section(out, "3", lang.pick("日付の決まった定例行事の次回", "Next dates of the fixed cadences") + " ("
                + lang.pick(start + " 以降", "from " + start) + ")");
        for (Community c : Schedules.withFixedEvents(catalog)) {
            for (int index : Schedule.of(c).eventIndexes()) {
                Event e = c.events().get(index);
                List<ScheduledOccurrence> dates = Schedules.upcoming(c, index, start, 3);
                EventCadence cadence = e.cadence().orElseThrow();
                out.println("  " + lang.of(e.title()) + " [" + c.id() + "] — " + lang.of(cadence.text()));
                out.println("    " + cadence.cadence().map(x -> x.describe(lang.locale())).orElse("") + " = "
                        + cadence.rrule().orElseThrow());
                out.println("    " + dates.stream()
                        .map(d -> Schedules.dateWithDay(d.date(), lang) + d.time().map(t -> " " + t).orElse(""))
                        .collect(Collectors.joining(lang.pick("、", ", "))));
                for (ScheduledOccurrence d : dates) {
                    HolidayCalendar japan = HolidayCalendar.japan();
                    if (japan.covers(d.date())) {
                        japan.holiday(d.date()).ifPresent(h -> out.println("    " + lang.pick(
                                "※ " + d.date() + " は祝日（" + h.ja() + "）: secunity schedule --holidays JP で休止・移動",
                                "* " + d.date() + " is a national holiday (" + h.en()
                                        + "): secunity schedule --holidays JP skips or moves it")));
                    }
                }
            }
        }
        out.println();

        section(out, "4", lang.pick("次の一歩", "Where next"));
        out.println("  " + lang.pick("（secunity は bin/secunity、または java -jar examples/target/secunity.jar のこと）",
                "(secunity is bin/secunity, or java -jar examples/target/secunity.jar)"));
        out.println("  secunity catalog practices --tag REDUCE_OPERATING_BURDEN");
        out.println("  secunity catalog export --format csv --table matrix --output matrix.csv");
        out.println("  secunity recommend --situation examples/situations/kyushu-volunteers.yaml --top 5");
        out.println("  secunity schedule --community kagoshima-council --holidays JP --count 6");
        out.println("  secunity schedule --community sokansai-lt --ics --holidays JP -o sokansai-lt.ics");
        out.println("  echo '{\"dtstart\":\"2026-01-01T00:00\",\"cadence\":\"" + lang.pick("偶数月の第2水曜日の晩",
                "second Wednesday of even months at 7 pm") + "\",\"limit\":3}' | secunity expand --jsonl -");
        out.println("  jshell --class-path examples/target/secunity.jar examples/jshell/tour.jsh");
        out.flush();
        return 0;
    }

    private static void section(PrintWriter out, String number, String title) {
        out.println(number + ". " + title);
    }

    private static String source(CatalogSource s, Lang lang) {
        return lang.pick(
                s.publisher().ja() + "「" + s.title().ja() + "」" + s.edition().ja() + "（" + s.published() + "）",
                s.publisher().en() + ", \"" + s.title().en() + "\", " + s.edition().en() + " (" + s.published() + ")");
    }
}
