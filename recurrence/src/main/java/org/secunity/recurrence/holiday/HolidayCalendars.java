package org.secunity.recurrence.holiday;

import org.secunity.SecunityException;

/** Helpers shared by the calendars of this package. */
final class HolidayCalendars {

    private HolidayCalendars() {
    }

    /**
     * Builds the exception for a year a calendar does not cover; the message names the year, the
     * calendar and the covered range.
     */
    static SecunityException notCovered(HolidayCalendar calendar, int year) {
        return new SecunityException("year " + year + " is outside the years covered by " + calendar
                + ", " + calendar.firstYear() + " to " + calendar.lastYear());
    }
}
