package org.secunity.examples;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.cadence.Cadence;
import org.secunity.recurrence.holiday.HolidayAdjusted;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * Use case: expand an event cadence and skip, or move, the dates that fall on Japanese holidays.
 *
 * <pre>{@code
 * java -cp examples/target/secunity.jar org.secunity.examples.HolidayCadenceExample
 * }</pre>
 */
public final class HolidayCadenceExample {

    private HolidayCadenceExample() {}

    /**
     * Prints the Kagoshima programming class (毎週月曜日, every Monday) without holidays, and the
     * All-Kansai lightning talks (偶数月の第2水曜日, second Wednesday of even months) moved off them.
     *
     * @param args not used
     */
    public static void main(String... args) {
        HolidayCalendar japan = HolidayCalendar.japan();

        // 毎週月曜日, as the source words it: a cadence phrase is parsed into a rule
        Cadence weekly = Cadence.parse("毎週月曜日");
        System.out.println(weekly.rule().orElseThrow() + " = " + weekly.describe(Locale.ENGLISH));
        // every Monday from 2026-01-01; rule-only semantics: the start counts only if it matches
        Recurrence<LocalDate> mondays = weekly.occurrences(LocalDate.of(2026, 1, 1));
        HolidayAdjusted<LocalDate> classes = HolidayPolicy.SKIP.apply(mondays, japan);
        List<LocalDate> next = classes.take(4);
        System.out.println("classes: " + next);                        // 2026-01-12 is 成人の日
        classes.adjustments().limit(1).forEach(a -> System.out.println("   " + a));

        // 偶数月の第2水曜日の晩 (19:00): moved to the next business day when it is a holiday
        Recurrence<LocalDateTime> meetups = Cadence.parse("偶数月の第2水曜日の晩")
                .occurrences(LocalDateTime.of(2026, 1, 1, 0, 0));
        System.out.println("meetups: " + HolidayPolicy.NEXT_BUSINESS_DAY.apply(meetups, japan).take(3));

        // English phrases and RRULEs work the same way
        System.out.println("quiz: " + Cadence.parse("second Saturday of July").occurrences(LocalDate.of(2026, 1, 1))
                .take(2));
        System.out.println("rule: " + RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=7;BYDAY=2SA")
                .occurrences(LocalDate.of(2026, 1, 1)).take(2));

        // A holiday and its names
        japan.holiday(LocalDate.of(2026, 2, 11)).ifPresent(h -> System.out.println(h.ja() + " / " + h.en()));
    }
}
