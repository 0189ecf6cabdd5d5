/**
 * Holiday calendars: which dates are public holidays and which are business days, starting with
 * the national holidays of Japan ({@link org.secunity.recurrence.holiday.HolidayCalendar#japan()}).
 */
@NullMarked
package org.secunity.recurrence.holiday;

import org.jspecify.annotations.NullMarked;
