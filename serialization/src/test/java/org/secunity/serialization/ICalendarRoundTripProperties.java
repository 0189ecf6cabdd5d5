package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.recurrence.RecurrenceSet;

/**
 * Random rules from random starts (a date, a floating time, a time in Tokyo or New York), written
 * by {@link RecurrenceExport}: ical4j's validator finds no error, and {@link ICalendarReader}
 * reads back the engine's occurrences.
 */
class ICalendarRoundTripProperties {

    @Provide
    Arbitrary<String> rules() {
        Arbitrary<String> freq = Arbitraries.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");
        Arbitrary<Integer> interval = Arbitraries.integers().between(1, 3);
        Arbitrary<List<String>> days = Arbitraries.of("MO", "TU", "WE", "TH", "FR", "SA", "SU").list().uniqueElements()
                .ofMaxSize(3);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 40);
        Arbitrary<Integer> monthDay = Arbitraries.integers().between(0, 31);
        return Combinators.combine(freq, interval, days, count, monthDay).as((f, i, d, c, md) -> "FREQ=" + f
                + ";INTERVAL=" + i + ";COUNT=" + c + (d.isEmpty() ? "" : ";BYDAY=" + String.join(",", d))
                + (md == 0 || !(f.equals("MONTHLY") || f.equals("YEARLY")) ? "" : ";BYMONTHDAY=" + md));
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return Combinators.combine(Arbitraries.integers().between(0, 365 * 40), Arbitraries.integers().between(0, 23))
                .as((day, hour) -> LocalDate.of(2000, 1, 1).plusDays(day).atTime(hour, 30));
    }

    @Property(tries = 60)
    void an_export_is_valid_and_reads_back_the_engines_occurrences(@ForAll("rules") String text,
            @ForAll("starts") LocalDateTime start, @ForAll("kinds") String kind) {
        RecurrenceRule rule = RecurrenceRule.parse(text);
        RecurrenceSet<?> set = switch (kind) {
            case "date" -> RecurrenceSet.builder(start.toLocalDate()).rule(rule).build();
            case "floating" -> RecurrenceSet.builder(start).rule(rule).build();
            default -> RecurrenceSet.builder(ZonedDateTime.of(start, ZoneId.of(kind))).rule(rule).build();
        };
        String ics = RecurrenceExport.of("p").withClock(ICalendarExportTest.CLOCK).write(set);
        ICalendarValidityTest.assertValid(ics);
        List<ICalendarEvent> read = ICalendarReader.create().read(ics);
        assertThat(read).hasSize(1);
        List<Object> back = List.copyOf(read.get(0).recurrence().take(60));
        List<Object> expected = List.copyOf(set.take(60));
        assertThat(back).as(ics).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of("date", "floating", "Asia/Tokyo", "America/New_York");
    }
}
