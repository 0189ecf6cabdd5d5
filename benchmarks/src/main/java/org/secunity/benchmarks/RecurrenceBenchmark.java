package org.secunity.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

/**
 * The recurrence engine side by side with lib-recur and ical4j on the cadences communities use.
 *
 * <p>Two measures per rule and engine: {@link #firstThousand} is the time per occurrence over the
 * first 1,000 occurrences, every one consumed; {@link #seekAfter2100} is the time from a fresh
 * iterator to the first occurrence after 2100-01-01 from a DTSTART in 2021. {@link #setUp} checks
 * that all three engines give the same 1,000 occurrences and the same seek result, and fails
 * otherwise.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RecurrenceBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecurrenceBenchmark {

    /** The rules, by benchmark parameter name. */
    static final Map<String, String> RULES = Map.of(
            "evenMonth2ndWed", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE",
            "july2ndSat", "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA",
            "weeklyMonday", "FREQ=WEEKLY;BYDAY=MO",
            "daily", "FREQ=DAILY",
            "lastWeekday", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "week20Monday", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
            "lastDayOfMonth", "FREQ=MONTHLY;BYMONTHDAY=-1",
            "feb29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29");

    static final LocalDateTime START = LocalDateTime.of(2021, 1, 1, 19, 0);
    static final LocalDateTime TARGET = LocalDateTime.of(2100, 1, 1, 0, 0);
    static final int N = 1000;

    /** The engine under test. */
    @Param({"secunity", "lib-recur", "ical4j"})
    public String engine;

    /** The rule, a key of {@link #RULES}. */
    @Param({"evenMonth2ndWed", "july2ndSat", "weeklyMonday", "daily", "lastWeekday", "week20Monday",
            "lastDayOfMonth", "feb29"})
    public String rule;

    private Engine impl;

    /** Builds the engine and checks that all three engines agree on this rule. */
    @Setup
    public void setUp() {
        String text = RULES.get(rule);
        impl = create(engine, text);
        Engine reference = new SecunityEngine(text, START);
        for (String other : new String[] {"secunity", "lib-recur", "ical4j"}) {
            Engine e = create(other, text);
            List<LocalDateTime> expected = reference.firstList(N);
            List<LocalDateTime> actual = e.firstList(N);
            if (!actual.equals(expected)) {
                throw new IllegalStateException(other + " differs from secunity on " + text + ": " + firstDifference(expected, actual));
            }
            LocalDateTime seekExpected = reference.seekValue(TARGET);
            LocalDateTime seekActual = e.seekValue(TARGET);
            if (!seekExpected.equals(seekActual)) {
                throw new IllegalStateException(other + " seeks to " + seekActual + " instead of " + seekExpected + " on " + text);
            }
        }
    }

    private static String firstDifference(List<LocalDateTime> expected, List<LocalDateTime> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "#" + i + " " + actual.get(i) + " instead of " + expected.get(i);
            }
        }
        return "sizes " + actual.size() + " instead of " + expected.size();
    }

    static Engine create(String engine, String rule) {
        switch (engine) {
            case "secunity":
                return new SecunityEngine(rule, START);
            case "lib-recur":
                return new LibRecurEngine(rule, START);
            case "ical4j":
                return new Ical4jEngine(rule, START);
            default:
                throw new IllegalArgumentException("unknown engine " + engine);
        }
    }

    /**
     * The first 1,000 occurrences; reported per occurrence.
     *
     * @param blackhole consumes every occurrence
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public void firstThousand(Blackhole blackhole) {
        impl.first(N, blackhole);
    }

    /**
     * A fresh iterator seeking the first occurrence after 2100-01-01.
     *
     * @return the occurrence
     */
    @Benchmark
    public Object seekAfter2100() {
        return impl.seek(TARGET);
    }
}
