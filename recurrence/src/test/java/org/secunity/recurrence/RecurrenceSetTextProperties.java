package org.secunity.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.SecunityParseException;

/**
 * {@link RecurrenceSet#parse(CharSequence)} reads back what {@link RecurrenceSet#toString()}
 * writes, for generated sets with floating, zoned, UTC and DATE starts, and reads the same set from
 * the text folded, with CRLF and in lower case, as other writers store it.
 */
class RecurrenceSetTextProperties {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"),
            ZoneId.of("America/New_York"), ZoneId.of("Europe/Brussels"), ZoneId.of("Australia/Lord_Howe"),
            ZoneOffset.ofHoursMinutes(5, 30));

    @Provide
    Arbitrary<RecurrenceSet<?>> sets() {
        return Arbitraries.oneOf(
                sets(Function.identity(), RecurrenceSet::builder, false),
                Arbitraries.of(ZONES).flatMap(zone -> sets(t -> ZonedDateTime.of(t, zone), RecurrenceSet::builder, false)),
                sets(LocalDateTime::toLocalDate, RecurrenceSet::builder, true));
    }

    private static <T extends Temporal & Comparable<? super T>> Arbitrary<RecurrenceSet<?>> sets(
            Function<LocalDateTime, T> kind, Function<T, RecurrenceSet.Builder<T>> builder, boolean dates) {
        Arbitrary<Frequency> frequencies = dates
                ? Arbitraries.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY)
                : Arbitraries.of(Frequency.values());
        Arbitrary<List<RecurrenceRule>> rules = frequencies.flatMap(RuleArbitraries::rules).list().ofMaxSize(3);
        Arbitrary<List<LocalDateTime>> times = RuleArbitraries.starts().list().ofMaxSize(4);
        return Combinators.combine(RuleArbitraries.starts(), rules, times, times).as((start, rs, rdates, exdates) -> {
            T first = kind.apply(start);
            RecurrenceSet.Builder<T> b = builder.apply(first);
            for (RecurrenceRule r : rs) {
                // a drawn UNTIL may be of another value type than the start's: read it as an app would
                b.rule(RecurrenceRule.parseLenient(r.toString(), first).rule());
            }
            rdates.forEach(t -> b.date(kind.apply(t)));
            exdates.forEach(t -> b.exclude(kind.apply(t)));
            return b.build();
        });
    }

    @Property(tries = 300)
    void parse_reads_back_what_to_string_writes(@ForAll("sets") RecurrenceSet<?> set) {
        String text = set.toString();
        RecurrenceSet<?> read = RecurrenceSet.parse(text);
        assertThat(read).isEqualTo(set);
        assertThat(read.toString()).isEqualTo(text);
    }

    @Property(tries = 200)
    void folded_crlf_lower_case_text_reads_as_the_same_set(@ForAll("sets") RecurrenceSet<?> set) {
        StringBuilder other = new StringBuilder();
        for (String line : set.toString().split("\n")) {
            int nameEnd = line.indexOf(line.indexOf(';') >= 0 && line.indexOf(';') < line.indexOf(':') ? ';' : ':');
            String folded = fold(line.substring(0, nameEnd).toLowerCase(Locale.ROOT)
                    + line.substring(nameEnd).replace(";TZID=", ";tzid=").replace(";VALUE=DATE", ";value=date"));
            other.append(folded).append("\r\n");
        }
        assertThat(RecurrenceSet.parse(other)).isEqualTo(set);
    }

    /** Folds a line at every 75th character, as RFC 5545 writers do (a CRLF and a space). */
    private static String fold(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i += 74) {
            out.append(i == 0 ? "" : "\r\n ").append(line, i, Math.min(line.length(), i + 74));
        }
        return out.toString();
    }

    @Property(tries = 300)
    void any_text_is_read_or_refused_with_a_line_number(@ForAll("noise") String text) {
        try {
            RecurrenceSet.parse(text);
        } catch (SecunityParseException e) {
            assertThat(e.getMessage()).matches("(?s)(line \\d+: |no DTSTART line).*");
        }
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of("DTSTART:19970902T090000", "DTSTART;TZID=Asia/Tokyo:19970902T090000",
                        "DTSTART;VALUE=DATE:19970902", "RRULE:FREQ=DAILY;COUNT=3", "RDATE:19970903T090000",
                        "EXDATE;VALUE=DATE:19970903", "RRULE:FREQ=HOURLY", " COUNT=2", "EXDATE:19970903T090000Z",
                        "RDATE;VALUE=PERIOD:19970101T180000Z/PT1H", "X-FOO:1", ""),
                Arbitraries.strings().withChars("DTSAR;:=,ZT0129 \t\"").ofMaxLength(30));
        return Combinators.combine(lines.list().ofMaxSize(6), Arbitraries.of("\n", "\r\n", "\r"))
                .as((l, separator) -> String.join(separator, l));
    }

    @Property(tries = 50)
    void a_date_set_reads_back_as_dates(@ForAll("dateSets") RecurrenceSet<?> set) {
        assertThat(RecurrenceSet.parse(set.toString(), LocalDate.class)).isEqualTo(set);
    }

    @Provide
    Arbitrary<RecurrenceSet<?>> dateSets() {
        return sets(LocalDateTime::toLocalDate, RecurrenceSet::builder, true);
    }
}
