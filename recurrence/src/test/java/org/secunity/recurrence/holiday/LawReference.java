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

    private LawReference() {
    }

    /** Returns the name of the holiday on a date from 2007 to 2099, or null if it is not one. */
    static @Nullable String holidayName(LocalDate date) {
        String national = nationalHolidayName(date);
        if (national != null) {
            return national;
        }
        // Article 3(2): walk back over the national holidays just before this day; if one of them
        // is a Sunday, this day is the nearest later day that is not a national holiday.
        for (LocalDate day = date.minusDays(1); nationalHolidayName(day) != null; day = day.minusDays(1)) {
            if (day.getDayOfWeek() == SUNDAY) {
                return "振替休日";
            }
        }
        // Article 3(3)
        if (nationalHolidayName(date.minusDays(1)) != null && nationalHolidayName(date.plusDays(1)) != null) {
            return "国民の休日";
        }
        return null;
    }

    /**
     * Returns the name of the national holiday on a date (Article 2 and the special acts), or
     * null.
     */
    static @Nullable String nationalHolidayName(LocalDate date) {
        int year = date.getYear();
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        boolean monday = date.getDayOfWeek() == MONDAY;
        int weekOfMonth = (day - 1) / 7 + 1; // 2 for the second Monday, and so on
        switch (month) {
            case 1:
                return day == 1 ? "元日" : monday && weekOfMonth == 2 ? "成人の日" : null;
            case 2:
                return day == 11 ? "建国記念の日" : day == 23 && year >= 2020 ? "天皇誕生日" : null;
            case 3:
                return day == equinox(20.8431, year) ? "春分の日" : null;
            case 4:
                return day == 29 ? "昭和の日" : null;
            case 5:
                if (year == 2019 && day == 1) {
                    return "天皇の即位の日";
                }
                return day == 3 ? "憲法記念日" : day == 4 ? "みどりの日" : day == 5 ? "こどもの日" : null;
            case 7:
                if (year == 2020) {
                    return day == 23 ? "海の日" : day == 24 ? "スポーツの日" : null;
                }
                if (year == 2021) {
                    return day == 22 ? "海の日" : day == 23 ? "スポーツの日" : null;
                }
                return monday && weekOfMonth == 3 ? "海の日" : null;
            case 8:
                int mountainDay = year == 2020 ? 10 : year == 2021 ? 8 : 11;
                return year >= 2016 && day == mountainDay ? "山の日" : null;
            case 9:
                return monday && weekOfMonth == 3 ? "敬老の日" : day == equinox(23.2488, year) ? "秋分の日" : null;
            case 10:
                if (year == 2019 && day == 22) {
                    return "即位礼正殿の儀の行われる日";
                }
                if (year == 2020 || year == 2021 || !monday || weekOfMonth != 2) {
                    return null;
                }
                return year < 2020 ? "体育の日" : "スポーツの日";
            case 11:
                return day == 3 ? "文化の日" : day == 23 ? "勤労感謝の日" : null;
            case 12:
                return day == 23 && year <= 2018 ? "天皇誕生日" : null;
            default:
                return null;
        }
    }

    private static int equinox(double base, int year) {
        return (int) Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}
