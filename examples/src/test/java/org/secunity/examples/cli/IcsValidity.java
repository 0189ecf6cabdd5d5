package org.secunity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/** Asserts that ical4j 4.x parses a calendar the app wrote and its validator finds no error. */
final class IcsValidity {

    private IcsValidity() {}

    static void assertValid(String ics) {
        ValidationResult result;
        try {
            result = new CalendarBuilder().build(new StringReader(ics)).validate();
        } catch (IOException | ParserException | ValidationException e) {
            throw new AssertionError("ical4j refuses:\n" + ics, e);
        }
        assertThat(result.hasErrors()).as("%s%n%s", result, ics).isFalse();
    }
}
