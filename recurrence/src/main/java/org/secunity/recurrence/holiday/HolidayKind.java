package org.secunity.recurrence.holiday;

/**
 * Why a date is a holiday: which rule of the law makes it a day off.
 *
 * <p>Every kind is a day off ("休日") all the same; the kind tells the reason. The IDs are stable.
 * Compare with {@code ==}.
 *
 * <pre>{@code
 * HolidayKind kind = HolidayCalendar.japan().holiday(LocalDate.of(2026, 5, 6)).orElseThrow().kind();
 * kind;        // SUBSTITUTE_HOLIDAY
 * kind.ja();   // "振替休日"
 * }</pre>
 */
public enum HolidayKind {
    /**
     * 国民の祝日 — National holiday: a day named in Article 2 of the Act on National Holidays
     * (国民の祝日に関する法律), including a day moved to another date by a special act, such as the
     * Marine Day of 2020 and 2021, moved for the Tokyo Olympic Games.
     */
    NATIONAL_HOLIDAY("国民の祝日", "National holiday"),

    /**
     * 振替休日 — Substitute holiday (Article 3(2), from 1973-04-12): when a national holiday falls on
     * a Sunday, the next day (until 2006), or the nearest following day that is not a national
     * holiday (from 2007).
     */
    SUBSTITUTE_HOLIDAY("振替休日", "Substitute holiday"),

    /**
     * 国民の休日 — Citizens' holiday (Article 3(3), from 1985-12-27): a day that is not a national
     * holiday but whose previous and next days both are (until 2006, not a Sunday nor a substitute
     * holiday).
     */
    CITIZENS_HOLIDAY("国民の休日", "Citizens' holiday"),

    /**
     * 休日（祝日扱い） — Special holiday: a one-off day off made by its own act and treated as a
     * national holiday for the substitute and citizens' holiday rules, such as the enthronement
     * days of 2019 (天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律).
     */
    SPECIAL_HOLIDAY("休日（祝日扱い）", "Special holiday"),

    /**
     * 休日 — One-off holiday: a day off made by its own act for a ceremony of the Imperial family,
     * which the act does not treat as a national holiday: 1959-04-10 (結婚の儀, 昭和34年法律第16号),
     * 1989-02-24 (大喪の礼, 平成元年法律第4号), 1990-11-12 (即位礼正殿の儀, 平成2年法律第24号) and
     * 1993-06-09 (結婚の儀, 平成5年法律第32号).
     */
    ONE_OFF_HOLIDAY("休日", "One-off holiday");

    private final String ja;
    private final String en;

    HolidayKind(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /**
     * Returns the Japanese label, as the law or the Cabinet Office words it.
     *
     * @return the Japanese label, such as {@code "振替休日"}, not blank
     */
    public String ja() {
        return ja;
    }

    /**
     * Returns the English label.
     *
     * @return the English label, such as {@code "Substitute holiday"}, not blank
     */
    public String en() {
        return en;
    }

    /**
     * Tells whether this kind counts as a national holiday for the substitute holiday and
     * citizens' holiday rules of Article 3(2) and 3(3): true for {@link #NATIONAL_HOLIDAY} and
     * {@link #SPECIAL_HOLIDAY}, false for the days those rules produce and for
     * {@link #ONE_OFF_HOLIDAY}.
     *
     * @return true if a holiday of this kind can cause a substitute or citizens' holiday
     */
    public boolean isTreatedAsNationalHoliday() {
        return this == NATIONAL_HOLIDAY || this == SPECIAL_HOLIDAY;
    }
}
