package org.secunity.recurrence.holiday;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules of the Act on National Holidays (国民の祝日に関する法律, 昭和23年法律第178号) in each of
 * its forms from 1955, and the special acts that add or move days, computing the holidays of one
 * year.
 *
 * <p>Stateless; {@link JapaneseHolidayCalendar} caches what it computes. Callers check the year.
 */
final class JapaneseHolidayRules {

    /** The first year of the Cabinet Office's published list of holidays (syukujitsu.csv). */
    static final int FIRST_YEAR = 1955;

    /** The last year the equinox approximation below is valid for. */
    static final int LAST_YEAR = 2099;

    /** Article 3(2) takes effect: 昭和48年法律第10号, in force from 1973-04-12. */
    static final LocalDate SUBSTITUTE_HOLIDAYS_FROM = LocalDate.of(1973, 4, 12);

    /** Article 3(3) takes effect: 昭和60年法律第103号, in force from 1985-12-27. */
    static final LocalDate CITIZENS_HOLIDAYS_FROM = LocalDate.of(1985, 12, 27);

    /**
     * The first year of Article 3 as amended by 平成17年法律第43号: the substitute holiday moves to the
     * nearest day that is not a national holiday, and a Sunday can be a citizens' holiday.
     */
    static final int CURRENT_ARTICLE_3_FROM = 2007;

    /** The first and last years whose equinox days the National Astronomical Observatory announced. */
    static final int FIRST_ANNOUNCED_EQUINOX = 1955;
    static final int LAST_ANNOUNCED_EQUINOX = 2027;

    /**
     * The announced vernal equinox days (春分の日) from 1955 to 2027, one digit a year: the day of
     * March minus 20, five years a group. From the Cabinet Office's list of national holidays.
     */
    private static final String ANNOUNCED_VERNAL = "11111 01110 11101 11011 10111 01110 11101 11001 10011 00110"
            + " 01100 11001 10011 00110 001";

    /**
     * The announced autumnal equinox days (秋分の日) from 1955 to 2027, one digit a year: the day of
     * September minus 20, five years a group. From the Cabinet Office's list of national holidays.
     */
    private static final String ANNOUNCED_AUTUMNAL = "43334 33343 33433 34333 43334 33333 33333 33333 33333 33333"
            + " 33333 33233 32333 23332 333";

    private JapaneseHolidayRules() {
    }

    /**
     * The names of the holidays in the Cabinet Office's wording (the names of its list, or of the
     * article of the law for the days it lists only as 「休日」), and in English.
     */
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
        CROWN_PRINCE_AKIHITO_WEDDING("結婚の儀", "Wedding Ceremony of Crown Prince Akihito"),
        EMPEROR_SHOWA_FUNERAL("大喪の礼", "Funeral Ceremony of Emperor Showa"),
        ENTHRONEMENT_CEREMONY("即位礼正殿の儀", "Enthronement Ceremony"),
        CROWN_PRINCE_NARUHITO_WEDDING("結婚の儀", "Wedding Ceremony of Crown Prince Naruhito"),
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
        boolean current = year >= CURRENT_ARTICLE_3_FROM;
        // Article 3(2): a national holiday on a Sunday makes a later day a day off. From 1973-04-12
        // to 2006 that day is the next one (「その翌日」), unless it is a national holiday itself;
        // from 2007 the nearest later day that is not a national holiday. National holidays are
        // never near the end of a year, so the day is always in the same year.
        for (LocalDate date : national.keySet()) {
            if (date.getDayOfWeek() == SUNDAY && !date.isBefore(SUBSTITUTE_HOLIDAYS_FROM)) {
                LocalDate substitute = date.plusDays(1);
                while (current && national.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                if (!national.containsKey(substitute)) {
                    all.put(substitute, Name.SUBSTITUTE_HOLIDAY.on(substitute, HolidayKind.SUBSTITUTE_HOLIDAY));
                }
            }
        }
        // Article 3(3), from 1985-12-27: a day that is not a national holiday, between two that are,
        // is a day off; until 2006 not a Sunday, nor a substitute holiday. (No day from 2007 to
        // 2099 is both a substitute and a citizens' holiday; were one to be, it would keep the
        // substitute holiday's name.)
        for (LocalDate date : national.keySet()) {
            LocalDate between = date.plusDays(1);
            if (!between.isBefore(CITIZENS_HOLIDAYS_FROM)
                    && !national.containsKey(between) && national.containsKey(between.plusDays(1))
                    && (current || between.getDayOfWeek() != SUNDAY)) {
                all.putIfAbsent(between, Name.CITIZENS_HOLIDAY.on(between, HolidayKind.CITIZENS_HOLIDAY));
            }
        }
        // The days off of the special acts of 1959 to 1993, which do not count as national holidays
        // for Article 3 (none of them lies next to a holiday).
        oneOffHoliday(year).ifPresent(holiday -> put(all, holiday));
        return List.copyOf(all.values());
    }

    /**
     * Returns the national holidays of Article 2 in the year's form of the law, moved where a
     * special act moves them, and the special holidays of 2019 that count as national holidays for
     * Article 3.
     */
    private static NavigableMap<LocalDate, Holiday> nationalHolidays(int year) {
        NavigableMap<LocalDate, Holiday> days = new TreeMap<>();
        national(days, Name.NEW_YEARS_DAY, LocalDate.of(year, 1, 1));
        // 平成10年法律第141号: from 2000 the second Monday of January, before it January 15.
        national(days, Name.COMING_OF_AGE_DAY, year >= 2000 ? mondayOf(year, Month.JANUARY, 2) : LocalDate.of(year, 1, 15));
        if (year >= 1967) {
            // 昭和41年法律第86号 and 昭和41年政令第376号: from 1967.
            national(days, Name.NATIONAL_FOUNDATION_DAY, LocalDate.of(year, 2, 11));
        }
        if (year >= 2020) {
            // 平成29年法律第63号 附則第10条: 2月23日 from 2020; no Emperor's Birthday in 2019.
            national(days, Name.EMPERORS_BIRTHDAY, LocalDate.of(year, 2, 23));
        }
        national(days, Name.VERNAL_EQUINOX_DAY, LocalDate.of(year, 3, vernalEquinoxDay(year)));
        // April 29: 天皇誕生日 until 1988; みどりの日 from 1989 (平成元年法律第5号); 昭和の日 from 2007
        // (平成17年法律第43号), which moved みどりの日 to May 4.
        national(days, year <= 1988 ? Name.EMPERORS_BIRTHDAY : year <= 2006 ? Name.GREENERY_DAY : Name.SHOWA_DAY,
                LocalDate.of(year, 4, 29));
        national(days, Name.CONSTITUTION_MEMORIAL_DAY, LocalDate.of(year, 5, 3));
        if (year >= 2007) {
            national(days, Name.GREENERY_DAY, LocalDate.of(year, 5, 4));
        }
        national(days, Name.CHILDRENS_DAY, LocalDate.of(year, 5, 5));
        if (year >= 1996) {
            // 平成7年法律第22号: from 1996.
            national(days, Name.MARINE_DAY, marineDay(year));
        }
        if (year >= 2016) {
            // 平成26年法律第43号: 山の日 from 2016.
            national(days, Name.MOUNTAIN_DAY, mountainDay(year));
        }
        if (year >= 1966) {
            // 昭和41年法律第86号: from 1966; 平成13年法律第59号: the third Monday from 2003.
            national(days, Name.RESPECT_FOR_THE_AGED_DAY,
                    year >= 2003 ? mondayOf(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15));
        }
        national(days, Name.AUTUMNAL_EQUINOX_DAY, LocalDate.of(year, 9, autumnalEquinoxDay(year)));
        if (year >= 1966) {
            // 昭和41年法律第86号: from 1966; 平成10年法律第141号: the second Monday from 2000;
            // 平成30年法律第57号: renamed スポーツの日 from 2020.
            national(days, year >= 2020 ? Name.SPORTS_DAY : Name.HEALTH_AND_SPORTS_DAY, sportsDay(year));
        }
        national(days, Name.CULTURE_DAY, LocalDate.of(year, 11, 3));
        national(days, Name.LABOR_THANKSGIVING_DAY, LocalDate.of(year, 11, 23));
        if (year >= 1989 && year <= 2018) {
            // 平成元年法律第5号: December 23 from 1989 to 2018.
            national(days, Name.EMPERORS_BIRTHDAY, LocalDate.of(year, 12, 23));
        }
        if (year == 2019) {
            // 平成30年法律第99号: days off, treated as national holidays for Article 3(2) and 3(3).
            special(days, Name.ENTHRONEMENT_DAY, LocalDate.of(2019, 5, 1));
            special(days, Name.ENTHRONEMENT_CEREMONY_DAY, LocalDate.of(2019, 10, 22));
        }
        return days;
    }

    /** Returns the day off a special act of 1959 to 1993 gives in a year, if any. */
    private static Optional<Holiday> oneOffHoliday(int year) {
        switch (year) {
            case 1959: // 昭和34年法律第16号
                return Optional.of(oneOff(Name.CROWN_PRINCE_AKIHITO_WEDDING, LocalDate.of(1959, 4, 10)));
            case 1989: // 平成元年法律第4号
                return Optional.of(oneOff(Name.EMPEROR_SHOWA_FUNERAL, LocalDate.of(1989, 2, 24)));
            case 1990: // 平成2年法律第24号
                return Optional.of(oneOff(Name.ENTHRONEMENT_CEREMONY, LocalDate.of(1990, 11, 12)));
            case 1993: // 平成5年法律第32号
                return Optional.of(oneOff(Name.CROWN_PRINCE_NARUHITO_WEDDING, LocalDate.of(1993, 6, 9)));
            default:
                return Optional.empty();
        }
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
                // 平成13年法律第59号: the third Monday of July from 2003, before it July 20.
                return year >= 2003 ? mondayOf(year, Month.JULY, 3) : LocalDate.of(year, 7, 20);
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
                return year >= 2000 ? mondayOf(year, Month.OCTOBER, 2) : LocalDate.of(year, 10, 10);
        }
    }

    /**
     * Returns the day of March of the vernal equinox day (春分の日): the announced day from 1955 to
     * 2027, the {@linkplain #approximateVernalEquinoxDay(int) approximation} after.
     */
    static int vernalEquinoxDay(int year) {
        return year <= LAST_ANNOUNCED_EQUINOX
                ? announcedDay(ANNOUNCED_VERNAL, year)
                : approximateVernalEquinoxDay(year);
    }

    /**
     * Returns the day of September of the autumnal equinox day (秋分の日): the announced day from
     * 1955 to 2027, the {@linkplain #approximateAutumnalEquinoxDay(int) approximation} after.
     */
    static int autumnalEquinoxDay(int year) {
        return year <= LAST_ANNOUNCED_EQUINOX
                ? announcedDay(ANNOUNCED_AUTUMNAL, year)
                : approximateAutumnalEquinoxDay(year);
    }

    private static int announcedDay(String digits, int year) {
        int index = year - FIRST_ANNOUNCED_EQUINOX;
        return 20 + digits.charAt(index + index / 5) - '0'; // skip one space per group of five
    }

    /**
     * Returns the day of March of the vernal equinox (春分日), by the approximation
     * {@code floor(20.8431 + 0.242194 (y - 1980) - floor((y - 1980) / 4))}, valid from 1980 to
     * 2099; computed in millionths so that no rounding can move a date.
     */
    static int approximateVernalEquinoxDay(int year) {
        return equinoxDay(20_843_100L, year);
    }

    /**
     * Returns the day of September of the autumnal equinox (秋分日), by
     * {@code floor(23.2488 + 0.242194 (y - 1980) - floor((y - 1980) / 4))}, valid from 1980 to
     * 2099.
     */
    static int approximateAutumnalEquinoxDay(int year) {
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

    private static Holiday oneOff(Name name, LocalDate date) {
        return name.on(date, HolidayKind.ONE_OFF_HOLIDAY);
    }

    private static void put(Map<LocalDate, Holiday> days, Holiday holiday) {
        Holiday previous = days.putIfAbsent(holiday.date(), holiday);
        if (previous != null) {
            throw new IllegalStateException("two holidays on one date: " + previous + ", " + holiday);
        }
    }
}
