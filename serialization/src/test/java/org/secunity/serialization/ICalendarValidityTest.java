package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.core.Community;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * Every calendar the SDK writes passes ical4j 4.x's validator ({@code Calendar.validate()}, RFC
 * 5545 and RFC 5546): the export of each seed community, in both languages, without a holiday
 * policy and with each policy, and the configuration of {@code PublishCalendarExample}.
 */
class ICalendarValidityTest {

    /** Parses with ical4j and returns the validator's findings, empty when the calendar is valid. */
    static ValidationResult validate(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            return calendar.validate();
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j cannot parse:\n" + ics, e);
        } catch (ValidationException e) {
            throw new AssertionError("ical4j refuses:\n" + e.getMessage() + "\n" + ics, e);
        }
    }

    /** Asserts that ical4j finds no error in a calendar. */
    static void assertValid(String ics) {
        ValidationResult result = validate(ics);
        assertThat(result.hasErrors()).as("%s%n%s", result, ics).isFalse();
    }

    static Stream<Arguments> exports() {
        List<Arguments> all = new ArrayList<>();
        for (Community c : SeedCatalog.load().communities()) {
            for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
                all.add(Arguments.of(c.id().value(), language, null));
                for (HolidayPolicy p : HolidayPolicy.values()) {
                    all.add(Arguments.of(c.id().value(), language, p));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("exports")
    void every_seed_community_exports_a_valid_calendar(String id, Locale language, HolidayPolicy policy) {
        Community community = SeedCatalog.load().community(id).orElseThrow();
        ICalendarExport export = ICalendarExport.create().withClock(ICalendarExportTest.CLOCK).withLanguage(language);
        if (policy != null) {
            export = export.withHolidayPolicy(policy);
        }
        assertValid(export.write(community, LocalDate.of(2026, 1, 1)));
    }

    @org.junit.jupiter.api.Test
    void the_publish_calendar_example_writes_a_valid_calendar() {
        Community lt = SeedCatalog.load().community("sokansai-lt").orElseThrow();
        assertValid(ICalendarExport.create().withClock(ICalendarExportTest.CLOCK).withLanguage(Locale.ENGLISH)
                .withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).write(lt, LocalDate.of(2026, 1, 1)));
    }
}
