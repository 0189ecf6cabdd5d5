package org.secunity.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.Schedule;
import org.secunity.recurrence.holiday.HolidayPolicy;
import org.secunity.serialization.ICalendarExport;
import org.secunity.serialization.SeedCatalog;

/**
 * Use case: publish a community's calendar as an iCalendar ({@code .ics}) file that calendar
 * applications subscribe to.
 *
 * <pre>{@code
 * java -cp examples/target/secunity.jar org.secunity.examples.PublishCalendarExample              # a new temporary directory
 * java -cp examples/target/secunity.jar org.secunity.examples.PublishCalendarExample calendars/lt.ics
 * }</pre>
 */
public final class PublishCalendarExample {

    private PublishCalendarExample() {}

    /**
     * Writes the All-Kansai lightning talks' calendar, with holidays moved to the next business day,
     * and prints its next dates.
     *
     * @param args the .ics file to write; default {@code sokansai-lt.ics} in a new temporary directory, so that
     *     running the example never writes into the working directory (issue 10)
     * @throws IOException if the temporary directory cannot be created
     */
    public static void main(String... args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0])
                : Files.createTempDirectory("secunity-example-").resolve("sokansai-lt.ics");
        Catalog catalog = SeedCatalog.load();
        Community lt = catalog.community("sokansai-lt").orElseThrow();
        LocalDate from = LocalDate.of(2026, 1, 1);

        // What the calendar will show: the next dates, with the one on 建国記念の日 moved
        Schedule.of(lt).withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY).next(from, 3)
                .forEach(System.out::println);

        ICalendarExport.create()
                .withLanguage(Locale.ENGLISH)
                .withHolidayPolicy(HolidayPolicy.NEXT_BUSINESS_DAY)
                .write(lt, from, file);
        System.out.println("wrote " + file);
    }
}
