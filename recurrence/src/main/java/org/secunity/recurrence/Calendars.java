package org.secunity.recurrence;

/**
 * Allocation-free proleptic Gregorian arithmetic on epoch days, as used by the expansion engine.
 *
 * <p>Epoch day 0 is 1970-01-01, as in {@link java.time.LocalDate#toEpochDay()}. Days of week are
 * numbered 1 (Monday) to 7 (Sunday), as in {@link java.time.DayOfWeek#getValue()}.
 */
final class Calendars {

    /** Days in the 400-year Gregorian cycle, after which the calendar and the weekdays repeat. */
    static final long DAYS_PER_CYCLE = 146_097L;

    /** Seconds in a day. */
    static final int SECONDS_PER_DAY = 86_400;

    /** The first epoch day {@link java.time.LocalDate} can hold. */
    static final long MIN_EPOCH_DAY = java.time.LocalDate.MIN.toEpochDay();

    /** The last epoch day {@link java.time.LocalDate} can hold. */
    static final long MAX_EPOCH_DAY = java.time.LocalDate.MAX.toEpochDay();

    /** Days before each month (1-based) in a common year. */
    static final int[] MONTH_START = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

    /** Days of each month (1-based) in a common year. */
    static final int[] MONTH_LENGTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** The month (1 to 12) of each 0-based day of year, for common [0] and leap [1] years. */
    private static final byte[][] MONTH_OF_DAY = new byte[2][366];

    static {
        for (int leap = 0; leap < 2; leap++) {
            int doy = 0;
            for (int m = 1; m <= 12; m++) {
                int length = MONTH_LENGTH[m] + (leap == 1 && m == 2 ? 1 : 0);
                for (int d = 0; d < length; d++) {
                    MONTH_OF_DAY[leap][doy++] = (byte) m;
                }
            }
        }
    }

    private Calendars() {
    }

    /** Returns the month (1 to 12) of a 0-based day of a common or leap year. */
    static int monthOfDay(boolean leap, int dayOfYear0) {
        return MONTH_OF_DAY[leap ? 1 : 0][dayOfYear0];
    }

    static boolean isLeap(long year) {
        // a multiple of 100 is a multiple of 400 exactly when it is one of 16: a mask, not a remainder
        return (year & 3) == 0 && (year % 100 != 0 || (year & 15) == 0);
    }

    static int yearLength(long year) {
        return yearLength(isLeap(year));
    }

    /** Returns the days of a common or leap year. */
    static int yearLength(boolean leap) {
        return leap ? 366 : 365;
    }

    static int monthLength(long year, int month) {
        return monthLength(isLeap(year), month);
    }

    /** Returns the days of a month (1 to 12) of a common or leap year. */
    static int monthLength(boolean leap, int month) {
        return month == 2 && leap ? 29 : MONTH_LENGTH[month];
    }

    /** Returns the days of a common or leap year before the first of a month (1 to 12). */
    static int daysBeforeMonth(boolean leap, int month) {
        return MONTH_START[month] + (leap && month > 2 ? 1 : 0);
    }

    /** Returns the 1-based day of year of the first day of a month. */
    static int monthStartDayOfYear(long year, int month) {
        return daysBeforeMonth(isLeap(year), month) + 1;
    }

    /** Returns the positions of a mask's set bits, ascending: listed months (1 to 12), day offsets (0 to 6). */
    static int[] setBits(int mask) {
        int[] out = new int[Integer.bitCount(mask)];
        for (int bit = 0, k = 0; k < out.length; bit++) {
            if ((mask >> bit & 1) != 0) {
                out[k++] = bit;
            }
        }
        return out;
    }

    /** Returns the epoch day of January 1 of a year. */
    static long yearStart(long year) {
        long y = year - 1;
        return 365 * y + Math.floorDiv(y, 4) - Math.floorDiv(y, 100) + Math.floorDiv(y, 400) - 719_162L;
    }

    /** Returns the epoch day of a date; the fields must be valid. */
    static long epochDay(long year, int month, int day) {
        return yearStart(year) + monthStartDayOfYear(year, month) - 1 + day - 1;
    }

    /** Returns the day of week (1 = Monday ... 7 = Sunday) of an epoch day. */
    static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L) + 1;
    }

    /** Returns the year that contains an epoch day. */
    static long yearOf(long epochDay) {
        long cycles = Math.floorDiv(epochDay + 719_162L, DAYS_PER_CYCLE);
        long rest = epochDay + 719_162L - cycles * DAYS_PER_CYCLE;
        long year = cycles * 400 + rest * 400 / DAYS_PER_CYCLE + 1;
        while (yearStart(year) > epochDay) {
            year--;
        }
        while (yearStart(year + 1) <= epochDay) {
            year++;
        }
        return year;
    }

    /** Returns the month index (year * 12 + month - 1) of an epoch day. */
    static long monthIndexOf(long epochDay) {
        long year = yearOf(epochDay);
        int doy = (int) (epochDay - yearStart(year)) + 1;
        int month = 1;
        while (month < 12 && monthStartDayOfYear(year, month + 1) <= doy) {
            month++;
        }
        return year * 12 + month - 1;
    }

    /**
     * Returns the epoch day of the first day of week 1 of a week-numbering year: the week that
     * starts on {@code weekStart} and holds at least four days of that year (RFC 5545, BYWEEKNO).
     */
    static long firstWeekStart(long year, int weekStart) {
        return firstWeekStartFrom(yearStart(year), weekStart);
    }

    /** Returns {@link #firstWeekStart} of the year whose January 1 is epoch day {@code yearFirst}. */
    static long firstWeekStartFrom(long yearFirst, int weekStart) {
        long jan4 = yearFirst + 3;
        return jan4 - Math.floorMod(dayOfWeek(jan4) - weekStart, 7);
    }

    /** Returns the number of weeks (52 or 53) of a week-numbering year. */
    static int weeksInYear(long year, int weekStart) {
        return (int) ((firstWeekStart(year + 1, weekStart) - firstWeekStart(year, weekStart)) / 7);
    }
}
