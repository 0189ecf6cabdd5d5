package org.secunity.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values read in the user's words, for every command: a bad value is described by what was expected
 * ({@code a date yyyy-MM-dd}, {@code a whole number}), never by a Java class name.
 */
final class Converters {

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Converters() {}

    /**
     * Registers the converters on a command line and all its subcommands.
     *
     * @param commandLine the app's command line
     */
    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, Converters::date);
        commandLine.registerConverter(Integer.class, Converters::wholeNumber);
        commandLine.registerConverter(int.class, Converters::wholeNumber);
    }

    /**
     * Reads a date written yyyy-MM-dd.
     *
     * @param text the value given
     * @return the date
     * @throws TypeConversionException naming what was expected, if it is not such a date
     */
    static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new TypeConversionException("'" + text + "' is not a date: write it yyyy-MM-dd, such as 2026-01-05");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date of the calendar: the month is 01 to 12"
                    + " and the day exists in that month");
        }
    }

    /**
     * Reads a whole number.
     *
     * @param text the value given
     * @return the number
     * @throws TypeConversionException if it is not a whole number in the range of an int
     */
    static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
    }
}
