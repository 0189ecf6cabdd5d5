package org.secunity.recurrence.holiday;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A slow oracle: the law read one day at a time, written apart from {@link JapaneseHolidayRules}
 * (no tables, no adjusters; floating-point equinoxes), for comparing with the fast calendar.
 */
final class LawReference {

    private static final LocalDate SUBSTITUTE_FROM = LocalDate.of(1973, 4, 12);
    private static final LocalDate CITIZENS_FROM = LocalDate.of(1985, 12, 27);

    private LawReference() {
    }

    /** Returns the name of the holiday on a date from 1955 to 2099, or null if it is not one. */
    static @Nullable String holidayName(LocalDate date) {
        String national = nationalHolidayName(date);
        if (national != null) {
            return national;
        }
        String oneOff = oneOffHolidayName(date);
        if (oneOff != null) {
            return oneOff;
        }
        if (isSubstitute(date)) {
            return "振替休日";
        }
        // Article 3(3), from 1985-12-27; until 2006 neither a Sunday nor a substitute holiday.
        if (!date.isBefore(CITIZENS_FROM)
                && (date.getYear() >= 2007 || date.getDayOfWeek() != SUNDAY)
                && nationalHolidayName(date.minusDays(1)) != null && nationalHolidayName(date.plusDays(1)) != null) {
            return "国民の休日";
        }
        return null;
    }

    /** Article 3(2), for a date that is not a national holiday. */
    private static boolean isSubstitute(LocalDate date) {
        LocalDate before = date.minusDays(1);
        if (before.isBefore(SUBSTITUTE_FROM)) {
            return false;
        }
        if (date.getYear() < 2007) {
            // 「その翌日を休日とする」: the day after a Sunday national holiday.
            return before.getDayOfWeek() == SUNDAY && nationalHolidayName(before) != null;
        }
        // Walk back over the national holidays just before this day; if one of them is a Sunday,
        // this day is the nearest later day that is not a national holiday.
        for (LocalDate day = before; nationalHolidayName(day) != null; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == SUNDAY) {
                return true;
            }
        }
        return false;
    }

    /** Returns the name of the day off of a special act of 1959 to 1993, or null. */
    static @Nullable String oneOffHolidayName(LocalDate date) {
        switch (date.toString()) {
            case "1959-04-10":
            case "1993-06-09":
                return "結婚の儀";
            case "1989-02-24":
                return "大喪の礼";
            case "1990-11-12":
                return "即位礼正殿の儀";
            default:
                return null;
        }
    }

    /**
     * Returns the name of the national holiday on a date (Article 2 in the date's form, and the
     * special acts of 2019 to 2021), or null.
     */
    static @Nullable String nationalHolidayName(LocalDate date) {
        int year = date.getYear();
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        boolean monday = date.getDayOfWeek() == MONDAY;
        int weekOfMonth = (day - 1) / 7 + 1; // 2 for the second Monday, and so on
        switch (month) {
            case 1:
                if (day == 1) {
                    return "元日";
                }
                return (year < 2000 ? day == 15 : monday && weekOfMonth == 2) ? "成人の日" : null;
            case 2:
                if (day == 11 && year >= 1967) {
                    return "建国記念の日";
                }
                return day == 23 && year >= 2020 ? "天皇誕生日" : null;
            case 3:
                return day == equinox(20.8431, year) ? "春分の日" : null;
            case 4:
                if (day != 29) {
                    return null;
                }
                return year < 1989 ? "天皇誕生日" : year < 2007 ? "みどりの日" : "昭和の日";
            case 5:
                if (year == 2019 && day == 1) {
                    return "天皇の即位の日";
                }
                if (day == 4) {
                    return year >= 2007 ? "みどりの日" : null;
                }
                return day == 3 ? "憲法記念日" : day == 5 ? "こどもの日" : null;
            case 7:
                if (year == 2020) {
                    return day == 23 ? "海の日" : day == 24 ? "スポーツの日" : null;
                }
                if (year == 2021) {
                    return day == 22 ? "海の日" : day == 23 ? "スポーツの日" : null;
                }
                if (year < 1996) {
                    return null;
                }
                return (year < 2003 ? day == 20 : monday && weekOfMonth == 3) ? "海の日" : null;
            case 8:
                int mountainDay = year == 2020 ? 10 : year == 2021 ? 8 : 11;
                return year >= 2016 && day == mountainDay ? "山の日" : null;
            case 9:
                if (year >= 1966 && (year < 2003 ? day == 15 : monday && weekOfMonth == 3)) {
                    return "敬老の日";
                }
                return day == equinox(23.2488, year) ? "秋分の日" : null;
            case 10:
                if (year == 2019 && day == 22) {
                    return "即位礼正殿の儀の行われる日";
                }
                if (year < 1966 || year == 2020 || year == 2021) {
                    return null;
                }
                if (year < 2000 ? day != 10 : !monday || weekOfMonth != 2) {
                    return null;
                }
                return year < 2020 ? "体育の日" : "スポーツの日";
            case 11:
                return day == 3 ? "文化の日" : day == 23 ? "勤労感謝の日" : null;
            case 12:
                return day == 23 && year >= 1989 && year <= 2018 ? "天皇誕生日" : null;
            default:
                return null;
        }
    }

    private static int equinox(double base, int year) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
