package org.secunity.recurrence.holiday;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The rules of the Act on National Holidays (国民の祝日に関する法律, 昭和23年法律第178号) as in force
 * from 2007, and the special acts of 2019 to 2021, computing the holidays of one year.
 *
 * <p>Stateless; {@link JapaneseHolidayCalendar} caches what it computes. Callers check the year.
 */
final class JapaneseHolidayRules {

    /** The first year of the rules of Article 3 as amended by 平成17年法律第43号 (from 2007-01-01). */
    static final int FIRST_YEAR = 2007;

    /** The last year the equinox approximation below is valid for. */
    static final int LAST_YEAR = 2099;

    private JapaneseHolidayRules() {
    }

    /** The names of the holidays, in Japanese and English. */
    enum Name {
        NEW_YEARS_DAY("元日", "New Year's Day"),
        COMING_OF_AGE_DAY("成人の日", "Coming of Age Day"),
        NATIONAL_FOUNDATION_DAY("建国記念の日", "National Foundation Day"),
        EMPERORS_BIRTHDAY("天皇誕生日", "Emperor's Birthday"),
        VERNAL_EQUINOX_DAY("春分の日", "Vernal Equinox Day"),
        SHOWA_DAY("昭和の日", "Showa Day"),
        CONSTITUTION_MEMORIAL_DAY("憲法記念日", "Constitution Memorial Day"),
        GREENERY_DAY("みどりの日", "Greenery Day"),
        CHILDRENS_DAY("こどもの日", "Children's Day"),
        MARINE_DAY("海の日", "Marine Day"),
        MOUNTAIN_DAY("山の日", "Mountain Day"),
        RESPECT_FOR_THE_AGED_DAY("敬老の日", "Respect for the Aged Day"),
        AUTUMNAL_EQUINOX_DAY("秋分の日", "Autumnal Equinox Day"),
        HEALTH_AND_SPORTS_DAY("体育の日", "Health and Sports Day"),
        SPORTS_DAY("スポーツの日", "Sports Day"),
        CULTURE_DAY("文化の日", "Culture Day"),
        LABOR_THANKSGIVING_DAY("勤労感謝の日", "Labor Thanksgiving Day"),
        SUBSTITUTE_HOLIDAY("振替休日", "Substitute Holiday"),
        CITIZENS_HOLIDAY("国民の休日", "Citizens' Holiday"),
        ENTHRONEMENT_DAY("天皇の即位の日", "Enthronement Day"),
        ENTHRONEMENT_CEREMONY_DAY("即位礼正殿の儀の行われる日", "Enthronement Ceremony Day");

        private final String ja;
        private final String en;

        Name(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }

        Holiday on(LocalDate date, HolidayKind kind) {
            return Holiday.of(date, ja, en, kind);
        }
    }

    /**
     * Returns the holidays of a year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, in date order.
     */
    static List<Holiday> holidaysIn(int year) {
        NavigableMap<LocalDate, Holiday> national = nationalHolidays(year);
        NavigableMap<LocalDate, Holiday> all = new TreeMap<>(national);
        // Article 3(2): a national holiday on a Sunday makes the nearest later day that is not a
        // national holiday a day off. National holidays are never near the end of a year, so the
        // day found is always in the same year.
        for (LocalDate date : national.keySet()) {
            if (date.getDayOfWeek() == SUNDAY) {
                LocalDate substitute = date.plusDays(1);
                while (national.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                all.put(substitute, Name.SUBSTITUTE_HOLIDAY.on(substitute, HolidayKind.SUBSTITUTE_HOLIDAY));
            }
        }
        // Article 3(3): a day that is not a national holiday, between two that are, is a day off.
        // (No day from 2007 to 2099 is both a substitute and a citizens' holiday; were one to be,
        // it would keep the substitute holiday's name.)
        for (LocalDate date : national.keySet()) {
            LocalDate between = date.plusDays(1);
            if (!national.containsKey(between) && national.containsKey(between.plusDays(1))) {
                all.putIfAbsent(between, Name.CITIZENS_HOLIDAY.on(between, HolidayKind.CITIZENS_HOLIDAY));
            }
        }
        return List.copyOf(all.values());
    }

    /**
     * Returns the national holidays of Article 2, moved where a special act moves them, and the
     * one-off holidays that special acts treat as national holidays for Article 3.
     */
    private static NavigableMap<LocalDate, Holiday> nationalHolidays(int year) {
        NavigableMap<LocalDate, Holiday> days = new TreeMap<>();
        national(days, Name.NEW_YEARS_DAY, LocalDate.of(year, 1, 1));
        national(days, Name.COMING_OF_AGE_DAY, mondayOf(year, Month.JANUARY, 2));
        national(days, Name.NATIONAL_FOUNDATION_DAY, LocalDate.of(year, 2, 11));
        if (year >= 2020) {
            // 平成29年法律第63号 附則第10条: 2月23日 from 2020; no Emperor's Birthday in 2019.
            national(days, Name.EMPERORS_BIRTHDAY, LocalDate.of(year, 2, 23));
        }
        national(days, Name.VERNAL_EQUINOX_DAY, LocalDate.of(year, 3, vernalEquinoxDay(year)));
        national(days, Name.SHOWA_DAY, LocalDate.of(year, 4, 29));
        national(days, Name.CONSTITUTION_MEMORIAL_DAY, LocalDate.of(year, 5, 3));
        national(days, Name.GREENERY_DAY, LocalDate.of(year, 5, 4));
        national(days, Name.CHILDRENS_DAY, LocalDate.of(year, 5, 5));
        national(days, Name.MARINE_DAY, marineDay(year));
        if (year >= 2016) {
            // 平成26年法律第43号: 山の日 from 2016.
            national(days, Name.MOUNTAIN_DAY, mountainDay(year));
        }
        national(days, Name.RESPECT_FOR_THE_AGED_DAY, mondayOf(year, Month.SEPTEMBER, 3));
        national(days, Name.AUTUMNAL_EQUINOX_DAY, LocalDate.of(year, 9, autumnalEquinoxDay(year)));
        // 平成30年法律第57号: 体育の日 renamed スポーツの日 from 2020.
        national(days, year >= 2020 ? Name.SPORTS_DAY : Name.HEALTH_AND_SPORTS_DAY, sportsDay(year));
        national(days, Name.CULTURE_DAY, LocalDate.of(year, 11, 3));
        national(days, Name.LABOR_THANKSGIVING_DAY, LocalDate.of(year, 11, 23));
        if (year <= 2018) {
            national(days, Name.EMPERORS_BIRTHDAY, LocalDate.of(year, 12, 23));
        }
        if (year == 2019) {
            // 平成30年法律第99号: days off, treated as national holidays for Article 3(2) and 3(3).
            special(days, Name.ENTHRONEMENT_DAY, LocalDate.of(2019, 5, 1));
            special(days, Name.ENTHRONEMENT_CEREMONY_DAY, LocalDate.of(2019, 10, 22));
        }
        return days;
    }

    // 平成27年法律第33号 第32条 (as amended by 平成30年法律第55号 for 2020 and by 令和2年法律第68号
    // for 2021) moves three holidays around the opening and closing of the Tokyo Olympic Games.

    private static LocalDate marineDay(int year) {
        switch (year) {
            case 2020:
                return LocalDate.of(2020, 7, 23);
            case 2021:
                return LocalDate.of(2021, 7, 22);
            default:
                return mondayOf(year, Month.JULY, 3);
        }
    }

    private static LocalDate mountainDay(int year) {
        switch (year) {
            case 2020:
                return LocalDate.of(2020, 8, 10);
            case 2021:
                return LocalDate.of(2021, 8, 8);
            default:
                return LocalDate.of(year, 8, 11);
        }
    }

    private static LocalDate sportsDay(int year) {
        switch (year) {
            case 2020:
                return LocalDate.of(2020, 7, 24);
            case 2021:
                return LocalDate.of(2021, 7, 23);
            default:
                return mondayOf(year, Month.OCTOBER, 2);
        }
    }

    /**
     * Returns the day of March of the vernal equinox (春分日), by the approximation
     * {@code floor(20.8431 + 0.242194 (y - 1980) - floor((y - 1980) / 4))}, valid from 1980 to
     * 2099; computed in millionths so that no rounding can move a date.
     */
    static int vernalEquinoxDay(int year) {
        return equinoxDay(20_843_100L, year);
    }

    /**
     * Returns the day of September of the autumnal equinox (秋分日), by
     * {@code floor(23.2488 + 0.242194 (y - 1980) - floor((y - 1980) / 4))}, valid from 1980 to
     * 2099.
     */
    static int autumnalEquinoxDay(int year) {
        return equinoxDay(23_248_800L, year);
    }

    private static int equinoxDay(long baseMicros, int year) {
        long years = year - 1980L;
        long micros = baseMicros + 242_194L * years - 1_000_000L * Math.floorDiv(years, 4L);
        return Math.toIntExact(Math.floorDiv(micros, 1_000_000L));
    }

    private static LocalDate mondayOf(int year, Month month, int ordinal) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, MONDAY));
    }

    private static void national(Map<LocalDate, Holiday> days, Name name, LocalDate date) {
        put(days, name.on(date, HolidayKind.NATIONAL_HOLIDAY));
    }

    private static void special(Map<LocalDate, Holiday> days, Name name, LocalDate date) {
        put(days, name.on(date, HolidayKind.SPECIAL_HOLIDAY));
    }

    private static void put(Map<LocalDate, Holiday> days, Holiday holiday) {
        Holiday previous = days.putIfAbsent(holiday.date(), holiday);
        if (previous != null) {
            throw new IllegalStateException("two holidays on one date: " + previous + ", " + holiday);
        }
    }
}
