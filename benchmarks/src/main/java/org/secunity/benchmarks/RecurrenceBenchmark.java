package org.secunity.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Recur;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceIterator;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * The recurrence engine side by side with lib-recur and ical4j on the cadences communities use.
 *
 * <p>Per rule and engine ({@link Peers}): {@link #firstThousand} is the time per occurrence over
 * the first 1,000 occurrences, every one consumed; {@link #seekAfter2100} is the time to the first
 * occurrence at or after 2100-01-01 from a DTSTART in 2021. Both start, for every engine, from the
 * parsed rule and the start: the iterator and any start-dependent preparation are built inside the
 * measured method; the start and the target are given in each engine's own types, made in setup
 * (see {@link Engine}). Setup checks that all three engines give the same 1,000 occurrences and the same
 * seek result (zoned rules compared as instants), and fails otherwise.
 *
 * <p>Beside them: {@link #parse} reads the same cadence as a Japanese or English phrase (ours only,
 * no peer reads phrases) and as RRULE text in each engine, so the phrase's cost is seen against
 * parsing the rule it stands for; {@link #holidayAdjusted} expands a weekly rule with Japanese
 * holidays moved to the next business day, against the plain expansion and against lib-recur
 * followed by a hand-written shift over a precomputed set of the same holidays (which does less:
 * no calendar range checks, no notes).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RecurrenceBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecurrenceBenchmark {

    /** The floating rules, by benchmark parameter name. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("evenMonth2ndWed", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE"),
            Map.entry("july2ndSat", "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA"),
            Map.entry("weeklyMonday", "FREQ=WEEKLY;BYDAY=MO"),
            Map.entry("daily", "FREQ=DAILY"),
            Map.entry("lastWeekday", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
            Map.entry("week20Monday", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO"),
            Map.entry("lastDayOfMonth", "FREQ=MONTHLY;BYMONTHDAY=-1"),
            Map.entry("feb29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"),
            // two positions out of a two-weekday set: the first and the last weekend day of the month
            Map.entry("weekendSetPos", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1,-1"),
            // every other Thursday, 5,000 times (to 2212): the seek must count the occurrences before 2100
            Map.entry("biweeklyCount", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=5000"),
            // Tuesdays and Thursdays at 19:00 in New York: every occurrence placed across the DST changes
            Map.entry("newYorkTueThu", "FREQ=WEEKLY;BYDAY=TU,TH"));

    /** The rules expanded from a zoned start, and their zone; the others are floating. */
    static final Map<String, ZoneId> ZONES = Map.of("newYorkTueThu", ZoneId.of("America/New_York"));

    static final LocalDateTime START = LocalDateTime.of(2021, 1, 1, 19, 0);
    static final LocalDateTime TARGET = LocalDateTime.of(2100, 1, 1, 0, 0);
    static final int N = 1000;

    /** One engine on one rule. */
    @State(Scope.Benchmark)
    public static class Peers {

        /** The engine under test. */
        @Param({"secunity", "lib-recur", "ical4j"})
        public String engine;

        /** The rule, a key of {@link #RULES}. */
        @Param({"evenMonth2ndWed", "july2ndSat", "weeklyMonday", "daily", "lastWeekday", "week20Monday",
                "lastDayOfMonth", "feb29", "weekendSetPos", "biweeklyCount", "newYorkTueThu"})
        public String rule;

        Engine impl;

        /** Builds the engine and checks that all three engines agree on this rule. */
        @Setup
        public void setUp() {
            String text = RULES.get(rule);
            ZoneId zone = ZONES.get(rule);
            impl = create(engine, text, zone);
            Engine reference = new SecunityEngine(text, START, TARGET, zone);
            List<LocalDateTime> expected = reference.firstList(N);
            LocalDateTime seekExpected = reference.seekValue();
            for (String other : new String[] {"secunity", "lib-recur", "ical4j"}) {
                Engine e = create(other, text, zone);
                List<LocalDateTime> actual = e.firstList(N);
                if (!actual.equals(expected)) {
                    throw new IllegalStateException(other + " differs from secunity on " + text + ": "
                            + firstDifference(expected, actual));
                }
                LocalDateTime seekActual = e.seekValue();
                if (!seekExpected.equals(seekActual)) {
                    throw new IllegalStateException(other + " seeks to " + seekActual + " instead of " + seekExpected
                            + " on " + text);
                }
            }
        }
    }

    private static String firstDifference(List<?> expected, List<?> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "#" + i + " " + actual.get(i) + " instead of " + expected.get(i);
            }
        }
        return "sizes " + actual.size() + " instead of " + expected.size();
    }

    static Engine create(String engine, String rule, @Nullable ZoneId zone) {
        switch (engine) {
            case "secunity":
                return new SecunityEngine(rule, START, TARGET, zone);
            case "lib-recur":
                return new LibRecurEngine(rule, START, TARGET, zone);
            case "ical4j":
                return new Ical4jEngine(rule, START, TARGET, zone);
            default:
                throw new IllegalArgumentException("unknown engine " + engine);
        }
    }

    /**
     * The first 1,000 occurrences; reported per occurrence.
     *
     * @param peers the engine and rule
     * @param blackhole consumes every occurrence
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void firstThousand(Peers peers, Blackhole blackhole) {
        peers.impl.first(N, blackhole);
    }

    /**
     * A fresh iterator seeking the first occurrence at or after 2100-01-01.
     *
     * @param peers the engine and rule
     * @return the occurrence
     */
    @Benchmark
    public Object seekAfter2100(Peers peers) {
        return peers.impl.seek();
    }

    /** The cadence "second Wednesday of even months at 19:00" as phrases and as RRULE text. */
    static final String PHRASE_JA = "偶数月の第2水曜日の晩";
    static final String PHRASE_EN = "second Wednesday of even months at 19:00";
    static final String PHRASE_RULE = "FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12";

    /** Which reading of the cadence. */
    @State(Scope.Benchmark)
    public static class Parsing {

        /**
         * {@code cadenceJa}, {@code cadenceEn}: {@link Cadence#parse} of the phrases (ours only);
         * {@code rrule-secunity}, {@code rrule-lib-recur}, {@code rrule-ical4j}: each engine reading
         * the RRULE text the phrases stand for.
         */
        @Param({"cadenceJa", "cadenceEn", "rrule-secunity", "rrule-lib-recur", "rrule-ical4j"})
        public String reading;

        /** Checks that both phrases give the rule. */
        @Setup
        public void setUp() {
            RecurrenceRule expected = RecurrenceRule.parse(PHRASE_RULE);
            for (String phrase : new String[] {PHRASE_JA, PHRASE_EN}) {
                Cadence c = Cadence.parse(phrase);
                if (!c.rule().equals(java.util.Optional.of(expected))) {
                    throw new IllegalStateException(phrase + " reads as " + c + ", not " + expected);
                }
            }
        }
    }

    /**
     * Reads the cadence once.
     *
     * @param parsing which reading
     * @return the parsed value
     */
    @Benchmark
    public Object parse(Parsing parsing) {
        switch (parsing.reading) {
            case "cadenceJa":
                return Cadence.parse(PHRASE_JA);
            case "cadenceEn":
                return Cadence.parse(PHRASE_EN);
            case "rrule-secunity":
                return RecurrenceRule.parse(PHRASE_RULE);
            case "rrule-lib-recur":
                return LibRecurEngine.parse(PHRASE_RULE);
            case "rrule-ical4j":
                return new Recur<LocalDateTime>(PHRASE_RULE);
            default:
                throw new IllegalArgumentException(parsing.reading);
        }
    }

    /** The weekly Monday meetup from 2021-01-04 19:00, Japanese holidays moved to the next business day. */
    static final String HOLIDAY_RULE = "FREQ=WEEKLY;BYDAY=MO";
    static final LocalDateTime HOLIDAY_START = LocalDateTime.of(2021, 1, 4, 19, 0);

    /** Which expansion of the holiday case. */
    @State(Scope.Benchmark)
    public static class Holidays {

        /**
         * {@code adjusted}: ours with {@link HolidayPolicy#NEXT_BUSINESS_DAY} over
         * {@link HolidayCalendar#japan()}; {@code plain}: ours without the policy;
         * {@code lib-recur+set}: lib-recur, then each date moved past weekends and a
         * {@code HashSet} of the same holidays computed in setup.
         */
        @Param({"adjusted", "plain", "lib-recur+set"})
        public String expansion;

        RecurrenceRule rule;
        org.dmfs.rfc5545.recur.RecurrenceRule libRecur;
        final Set<LocalDate> holidays = new HashSet<>();

        /** Parses the rule, collects the holidays, and checks that both adjusted expansions agree. */
        @Setup
        public void setUp() {
            rule = RecurrenceRule.parse(HOLIDAY_RULE);
            libRecur = LibRecurEngine.parse(HOLIDAY_RULE);
            HolidayCalendar japan = HolidayCalendar.japan();
            for (int y = 2021; y <= 2050; y++) {
                japan.holidaysIn(java.time.Year.of(y)).forEach(h -> holidays.add(h.date()));
            }
            List<LocalDateTime> ours = HolidayPolicy.NEXT_BUSINESS_DAY.apply(rule.occurrences(HOLIDAY_START), japan)
                    .take(N);
            List<LocalDateTime> theirs = new ArrayList<>();
            RecurrenceRuleIterator it = libRecur.iterator(dateTime(HOLIDAY_START));
            for (int i = 0; i < N; i++) {
                theirs.add(shift(it.nextDateTime(), holidays));
            }
            if (!ours.equals(theirs)) {
                throw new IllegalStateException("holiday expansions differ: " + firstDifference(ours, theirs));
            }
        }
    }

    private static DateTime dateTime(LocalDateTime t) {
        return new DateTime(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(),
                t.getSecond());
    }

    /** Moves a lib-recur date-time past Saturdays, Sundays and the given holidays. */
    private static LocalDateTime shift(DateTime d, Set<LocalDate> holidays) {
        LocalDate date = LocalDate.of(d.getYear(), d.getMonth() + 1, d.getDayOfMonth());
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(date)) {
            date = date.plusDays(1);
        }
        return date.atTime(d.getHours(), d.getMinutes(), d.getSeconds());
    }

    /**
     * The first 1,000 occurrences of the holiday case; reported per occurrence.
     *
     * @param holidays which expansion
     * @param blackhole consumes every occurrence
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void holidayAdjusted(Holidays holidays, Blackhole blackhole) {
        if (holidays.expansion.equals("lib-recur+set")) {
            RecurrenceRuleIterator it = holidays.libRecur.iterator(dateTime(HOLIDAY_START));
            for (int i = 0; i < N; i++) {
                blackhole.consume(shift(it.nextDateTime(), holidays.holidays));
            }
            return;
        }
        Recurrence<LocalDateTime> plain = holidays.rule.occurrences(HOLIDAY_START);
        Recurrence<LocalDateTime> r = holidays.expansion.equals("plain") ? plain
                : HolidayPolicy.NEXT_BUSINESS_DAY.apply(plain, HolidayCalendar.japan());
        RecurrenceIterator<LocalDateTime> it = r.iterator();
        for (int i = 0; i < N; i++) {
            blackhole.consume(it.next());
        }
    }
}
