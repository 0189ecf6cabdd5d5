package org.secunity.recurrence;

/**
 * The calendar fields of one day, computed from an epoch day for the {@code BYxxx} filters.
 * Mutable and reused by one expansion to keep the hot loop free of allocation.
 */
final class DayFields {

    long epochDay;
    long year;
    int month;
    int dayOfMonth;
    int dayOfYear;
    int dayOfWeek;
    int monthLength;
    int yearLength;
    private long cachedYear = Long.MIN_VALUE;
    private long cachedYearStart;

    /** Sets the fields to an epoch day. */
    DayFields set(long day) {
        long ys = cachedYearStart;
        if (cachedYear == Long.MIN_VALUE || day < ys || day >= ys + Calendars.yearLength(cachedYear)) {
            cachedYear = Calendars.yearOf(day);
            cachedYearStart = Calendars.yearStart(cachedYear);
            ys = cachedYearStart;
        }
        epochDay = day;
        year = cachedYear;
        yearLength = Calendars.yearLength(year);
        dayOfYear = (int) (day - ys) + 1;
        int m = dayOfYear >= Calendars.monthStartDayOfYear(year, 7) ? 7 : 1;
        while (m < 12 && Calendars.monthStartDayOfYear(year, m + 1) <= dayOfYear) {
            m++;
        }
        month = m;
        dayOfMonth = dayOfYear - Calendars.monthStartDayOfYear(year, m) + 1;
        monthLength = Calendars.monthLength(year, m);
        dayOfWeek = Calendars.dayOfWeek(day);
        return this;
    }
}
