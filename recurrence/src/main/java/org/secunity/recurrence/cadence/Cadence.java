package org.secunity.recurrence.cadence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.RecurrenceRule;

/**
 * How often something happens, in words as people say it: a fixed cadence whose dates can be
 * computed ("偶数月の第2水曜日の晩", "every Monday"), or an approximate one that only says how many
 * times ("年2回程度", "twice a year", "不定期").
 *
 * <p>A <b>fixed</b> cadence is a {@link RecurrenceRule} with an optional time of day;
 * {@link #occurrences(LocalDateTime)} expands it. The other {@linkplain Kind kinds} have no dates:
 * {@link Kind#TIMES_PER_PERIOD} (年2回, exact; 年2回程度, {@linkplain #isApproximate() approximate}),
 * {@link Kind#REGULAR} (定期的) and {@link Kind#IRREGULAR} (不定期).
 *
 * <h2>Phrases</h2>
 *
 * <p>{@link #parse(CharSequence)} reads Japanese, English, or an RRULE, and
 * {@link #describe(Locale)} writes Japanese or English. Both directions cover these rules (the
 * <em>phrase grammar</em>); {@link #describe(RecurrenceRule, Locale)} describes every other valid
 * rule part by part, and {@link #toString()} falls back to the RRULE for them.
 *
 * <table>
 *   <caption>Phrases, canonical form first</caption>
 *   <tr><th>Rule</th><th>Japanese</th><th>English</th></tr>
 *   <tr><td>{@code FREQ=DAILY}</td><td>毎日; 3日ごと, 隔日</td><td>every day; every 3 days, daily</td></tr>
 *   <tr><td>{@code FREQ=WEEKLY;BYDAY=MO}</td><td>毎週月曜日; 月曜, 毎週 月曜, 毎月曜日</td><td>every Monday; Mondays, weekly on Monday</td></tr>
 *   <tr><td>{@code FREQ=WEEKLY;INTERVAL=2;BYDAY=WE}</td><td>隔週水曜日; 2週間ごとの水曜日, 2週毎水曜, 2週間に1度の水曜日</td>
 *       <td>every 2 weeks on Wednesday; every other Wednesday</td></tr>
 *   <tr><td>{@code FREQ=WEEKLY;BYDAY=MO,WE,FR}</td><td>毎週月・水・金曜日; 月水金, 月曜と水曜と金曜</td>
 *       <td>every Monday, Wednesday and Friday</td></tr>
 *   <tr><td>{@code FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR}</td><td>平日毎日; 平日, 毎平日</td><td>every weekday; weekdays</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYDAY=3FR}</td><td>毎月第3金曜日; 毎月 第３ 金曜, 毎月の第三金曜日, 第3金曜日</td>
 *       <td>third Friday of every month; monthly on the 3rd Friday, third Friday</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYDAY=1FR,3FR}</td><td>毎月第1・第3金曜日; 第1・3金曜日, 第1金曜日と第3金曜日</td>
 *       <td>first and third Friday of every month; 1st and 3rd Friday, every 1st and 3rd Friday</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYDAY=-1FR}</td><td>毎月最終金曜日; 毎月最後の金曜日</td>
 *       <td>last Friday of every month; last Friday of the month, every last Friday</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO}</td><td>3か月ごとの第1月曜日; 3ヶ月毎の第1月曜日, 3か月間ごとの第1月曜日,
 *       3ヶ月に1回の第1月曜日, 四半期ごとの第1月曜日</td>
 *       <td>first Monday of every 3 months; every quarter on the first Monday, quarterly on the first Monday</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12}</td><td>偶数月の第2水曜日</td>
 *       <td>second Wednesday of even months; of even-numbered months</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYDAY=1SA;BYMONTH=1,3,5,7,9,11}</td><td>奇数月の第1土曜日</td><td>first Saturday of odd months</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYMONTHDAY=1}</td><td>毎月1日; 毎月一日</td><td>the 1st of every month</td></tr>
 *   <tr><td>{@code FREQ=MONTHLY;BYMONTHDAY=-1}</td><td>毎月末日; 毎月末, 月末, 毎月最終日</td><td>the last day of every month</td></tr>
 *   <tr><td>{@code FREQ=YEARLY;BYDAY=2SA;BYMONTH=7}</td><td>7月の第2土曜日; 毎年7月の第2土曜日, 七月の第二土曜日</td>
 *       <td>second Saturday of July</td></tr>
 *   <tr><td>{@code FREQ=YEARLY;BYDAY=1SA;BYMONTH=1,7}</td><td>1月と7月の第1土曜日; 毎年1月・7月の第1土曜日</td>
 *       <td>first Saturday of January and July</td></tr>
 *   <tr><td>{@code FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1}</td><td>毎年7月1日</td><td>the 1st of July; July 1</td></tr>
 * </table>
 *
 * <p>Also: every N weeks, months or years (N週間ごと, N週間毎, Nか月間ごと, Nヶ月に1回, 隔月, 隔年,
 * N年ごと; every N weeks/months/years, every other …, quarterly), several ordinals and weekdays
 * together (第1・第3火・木曜日), weekdays in some months (偶数月の毎週土曜日, 7月の毎週土曜日; every
 * Saturday in July), and an end after a comma (、全10回 or 、2026-03-31まで; , 10 times or , until
 * 2026-03-31). Japanese may use full-width digits (第２水曜日), kanji numerals (第二水曜日, 十二月),
 * spaces and the particles の and に anywhere between words; separators are ・、,と and /; each
 * word is read as the longest one that fits (3か月間ごと is 3か月間 and ごと, 毎月曜日 is 毎 and
 * 月曜日, 最終日曜日 the last Sunday and 最終日 the last day). The ambiguous おき (2週間おき) and
 * "every third Friday" (of every month, or every third week?) are rejected with a hint; with its
 * months ("every third Friday of the month"), with several ordinals ("every 2nd and 4th
 * Wednesday") or with first or last ("every last Friday") the phrase is monthly.
 *
 * <h2>Bounds</h2>
 *
 * <p>An interval and a number of times (全N回, N times) are from 1 to 2,147,483,647, the most that a
 * rule holds and {@link RecurrenceRule#parse(CharSequence)} reads back from the rule's text; a number of times per
 * period (年N回, N times a year) is from 1 to 1000. A minus sign before a number is an error, not a
 * separator ({@code every -1 days}). A day of the month must occur in at least one of the phrase's
 * months: 2月30日, 4月31日 and "the 30th of February" are rejected where the day is written, while
 * 2月29日 (leap years) and 偶数月の31日 (August, October, December) are read. Every error is a
 * {@link SecunityParseException} with the index of the input where it went wrong. Parsing takes
 * time linear in the length of the text.
 *
 * <h2>Time of day</h2>
 *
 * <p>A time may follow the phrase: {@code 19:00}, {@code 19時}, {@code １９時}, {@code 19時半},
 * {@code 19時30分}, {@code 午後7時}, {@code 夜7時}; {@code at 19:00}, {@code at 7 pm},
 * {@code at 7:30pm}. Words stand for these documented defaults:
 *
 * <table>
 *   <caption>Times of day for words</caption>
 *   <tr><th>Japanese</th><th>English</th><th>Time</th></tr>
 *   <tr><td>朝</td><td>in the morning</td><td>{@link #MORNING} 09:00</td></tr>
 *   <tr><td>昼</td><td>at noon, midday</td><td>{@link #NOON} 12:00</td></tr>
 *   <tr><td>夕方</td><td>in the afternoon</td><td>{@link #LATE_AFTERNOON} 17:00</td></tr>
 *   <tr><td>晩, 夜, 夜間</td><td>in the evening, at night</td><td>{@link #EVENING} 19:00</td></tr>
 * </table>
 *
 * <p>With 夕方, 晩 and 夜 an hour from 1 to 11 is in the afternoon or evening (夜7時 is 19:00).
 * 毎朝 is 毎日 at 09:00, 毎晩 and 毎夜 毎日 at 19:00. A range such as 19:00～21:00 is rejected: a
 * cadence keeps only the start. A time read from a word is stored as the time: 偶数月の第2水曜日の晩
 * prints back as 偶数月の第2水曜日 19:00.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Cadence lt = Cadence.parse("偶数月の第2水曜日の晩");
 * lt.rule();                          // Optional[FREQ=MONTHLY;BYDAY=2WE;BYMONTH=2,4,6,8,10,12]
 * lt.timeOfDay();                     // Optional[19:00]
 * lt.toString();                      // "偶数月の第2水曜日 19:00"
 * lt.describe(Locale.ENGLISH);        // "second Wednesday of even months at 19:00"
 * lt.occurrences(LocalDateTime.parse("2026-01-01T00:00")).take(2);
 *                                     // [2026-02-11T19:00, 2026-04-08T19:00]
 * Cadence.parse("every other Wednesday").rule();     // Optional[FREQ=WEEKLY;INTERVAL=2;BYDAY=WE]
 * Cadence.parse("年2回程度").describe(Locale.ENGLISH); // "about twice a year"
 * Cadence.describe(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=13;COUNT=3"), Locale.JAPANESE);
 *                                     // "毎月13日、全3回"
 * }</pre>
 */
public final class Cadence {

    /** What kind of cadence a value is. */
    public enum Kind {
        /** Dates that can be computed: a rule and an optional time of day. */
        FIXED,
        /** A number of times per year, month or week, without dates: 年2回, 年2回程度. */
        TIMES_PER_PERIOD,
        /** Regularly, without saying how often: 定期的. */
        REGULAR,
        /** Irregularly: 不定期. */
        IRREGULAR
    }

    /** The time of day 朝 and "in the morning" stand for: 09:00. */
    public static final LocalTime MORNING = LocalTime.of(9, 0);
    /** The time of day 昼, "noon" and "midday" stand for: 12:00. */
    public static final LocalTime NOON = LocalTime.NOON;
    /** The time of day 夕方 and "in the afternoon" stand for: 17:00. */
    public static final LocalTime LATE_AFTERNOON = LocalTime.of(17, 0);
    /** The time of day 晩, 夜, "in the evening" and "at night" stand for: 19:00. */
    public static final LocalTime EVENING = LocalTime.of(19, 0);

    private static final Pattern RULE_TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private static final Cadence REGULARLY = new Cadence(Kind.REGULAR, null, null, 0, null, false);
    private static final Cadence IRREGULARLY = new Cadence(Kind.IRREGULAR, null, null, 0, null, false);

    private final Kind kind;
    private final @Nullable RecurrenceRule rule;
    private final @Nullable LocalTime timeOfDay;
    private final int times;
    private final @Nullable ChronoUnit period;
    private final boolean approximate;

    private Cadence(Kind kind, @Nullable RecurrenceRule rule, @Nullable LocalTime timeOfDay, int times,
            @Nullable ChronoUnit period, boolean approximate) {
        this.kind = kind;
        this.rule = rule;
        this.timeOfDay = timeOfDay;
        this.times = times;
        this.period = period;
        this.approximate = approximate;
    }

    // --- factories

    /**
     * Returns the fixed cadence of a rule, without a time of day: occurrences take the start's.
     *
     * @param rule the rule, not null
     * @return the cadence, not null
     */
    public static Cadence of(RecurrenceRule rule) {
        return new Cadence(Kind.FIXED, requireNonNull(rule, "rule"), null, 0, null, false);
    }

    /**
     * Returns the fixed cadence of a rule at a time of day.
     *
     * @param rule the rule, not null, with day-level parts only: {@code FREQ} of {@code DAILY} or
     *     coarser and no {@code BYHOUR}, {@code BYMINUTE} or {@code BYSECOND}
     * @param timeOfDay the time, not null, in whole seconds
     * @return the cadence, not null
     * @throws SecunityException if the rule has parts finer than a day, or the time has a fraction
     *     of a second
     */
    public static Cadence of(RecurrenceRule rule, LocalTime timeOfDay) {
        requireNonNull(rule, "rule");
        requireNonNull(timeOfDay, "timeOfDay");
        if (rule.frequency().isSubDaily() || !rule.byHour().isEmpty() || !rule.byMinute().isEmpty()
                || !rule.bySecond().isEmpty()) {
            throw new SecunityException("a cadence with a time of day needs a rule with day-level parts only, but "
                    + rule + " has FREQ=" + rule.frequency() + " or BYHOUR/BYMINUTE/BYSECOND");
        }
        if (timeOfDay.getNano() != 0) {
            throw new SecunityException("a cadence's time of day must be in whole seconds, was " + timeOfDay);
        }
        return new Cadence(Kind.FIXED, rule, timeOfDay, 0, null, false);
    }

    /**
     * Returns an exact number of times per period, without dates: 年2回 is {@code timesPer(2, YEARS)}.
     *
     * @param times how many times, from 1 to 1000
     * @param period {@link ChronoUnit#YEARS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#WEEKS}
     * @return the cadence, not null
     * @throws SecunityException if the number is out of range or the period is another unit
     */
    public static Cadence timesPer(int times, ChronoUnit period) {
        return counted(times, period, false);
    }

    /**
     * Returns an approximate number of times per period, without dates: 年2回程度 is
     * {@code aboutTimesPer(2, YEARS)}.
     *
     * @param times how many times, from 1 to 1000
     * @param period {@link ChronoUnit#YEARS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#WEEKS}
     * @return the cadence, not null
     * @throws SecunityException if the number is out of range or the period is another unit
     */
    public static Cadence aboutTimesPer(int times, ChronoUnit period) {
        return counted(times, period, true);
    }

    private static Cadence counted(int times, ChronoUnit period, boolean approximate) {
        requireNonNull(period, "period");
        if (period != ChronoUnit.YEARS && period != ChronoUnit.MONTHS && period != ChronoUnit.WEEKS) {
            throw new SecunityException("a cadence counts times per YEARS, MONTHS or WEEKS, not " + period);
        }
        if (times < 1 || times > 1000) {
            throw new SecunityException("a cadence's number of times must be from 1 to 1000, was " + times);
        }
        return new Cadence(Kind.TIMES_PER_PERIOD, null, null, times, period, approximate);
    }

    /**
     * Returns the cadence "regularly", without saying how often (定期的).
     *
     * @return the cadence, not null
     */
    public static Cadence regular() {
        return REGULARLY;
    }

    /**
     * Returns the cadence "irregularly" (不定期).
     *
     * @return the cadence, not null
     */
    public static Cadence irregular() {
        return IRREGULARLY;
    }

    /**
     * Parses a cadence in Japanese, in English, or as an RRULE, followed by an optional time of day.
     *
     * <p>Text with Japanese characters is read as Japanese, text that starts with {@code FREQ=} or
     * {@code RRULE:} as an RRULE (optionally followed by a space and a time such as {@code 19:00}),
     * anything else as English (ignoring case). The class documentation lists the phrases.
     *
     * @param text the phrase, such as {@code "偶数月の第2水曜日の晩"}, {@code "every Monday"} or
     *     {@code "FREQ=MONTHLY;BYMONTHDAY=13 19:00"}, not null
     * @return the cadence, not null
     * @throws SecunityParseException if the text is not a cadence; the exception gives the index of
     *     the first character that does not fit and says what was expected there
     */
    public static Cadence parse(CharSequence text) {
        requireNonNull(text, "text");
        String input = text.toString();
        String normalized = Texts.normalize(input);
        String trimmed = normalized.stripLeading();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.startsWith("FREQ=") || upper.startsWith("RRULE:")) {
            return parseRule(input, normalized, normalized.length() - trimmed.length());
        }
        if (Texts.hasJapanese(normalized)) {
            return JapaneseParser.parse(input);
        }
        return EnglishParser.parse(input);
    }

    private static Cadence parseRule(String input, String normalized, int start) {
        int end = start;
        while (end < normalized.length() && !Texts.isSpace(normalized.charAt(end))) {
            end++;
        }
        RecurrenceRule rule;
        try {
            rule = RecurrenceRule.parse(normalized.substring(start, end));
        } catch (SecunityParseException e) {
            if (start == 0 && end == input.length()) {
                throw e;
            }
            throw new SecunityParseException("invalid RRULE: " + e.getMessage(), input, start + e.index(),
                    e.part().orElse(null), e);
        }
        String rest = normalized.substring(end);
        if (rest.isBlank()) {
            return of(rule);
        }
        int at = end + (rest.length() - rest.stripLeading().length());
        Matcher m = RULE_TIME.matcher(rest.strip());
        if (!m.matches()) {
            throw new SecunityParseException("expected a time of day such as 19:00 after the RRULE", input, at, null);
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hour > 23 || minute > 59 || second > 59) {
            throw new SecunityParseException("not a time of day: " + rest.strip(), input, at, null);
        }
        try {
            return of(rule, LocalTime.of(hour, minute, second));
        } catch (SecunityException e) {
            throw new SecunityParseException(e.getMessage(), input, at, null, e);
        }
    }

    // --- accessors

    /**
     * Returns what kind of cadence this is.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns whether the dates can be computed.
     *
     * @return true for {@link Kind#FIXED}
     */
    public boolean isFixed() {
        return kind == Kind.FIXED;
    }

    /**
     * Returns the rule of a fixed cadence, without the time of day.
     *
     * @return the rule, or empty unless {@link #isFixed()}
     */
    public Optional<RecurrenceRule> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * Returns the time of day of a fixed cadence.
     *
     * @return the time, or empty when not given (occurrences then take the start's time)
     */
    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(timeOfDay);
    }

    /**
     * Returns how many times per {@link #period()}, for {@link Kind#TIMES_PER_PERIOD}.
     *
     * @return the number, from 1 to 1000, or empty for the other kinds
     */
    public OptionalInt times() {
        return kind == Kind.TIMES_PER_PERIOD ? OptionalInt.of(times) : OptionalInt.empty();
    }

    /**
     * Returns the period of {@link #times()}.
     *
     * @return {@link ChronoUnit#YEARS}, {@link ChronoUnit#MONTHS} or {@link ChronoUnit#WEEKS}, or
     *     empty for the other kinds
     */
    public Optional<ChronoUnit> period() {
        return Optional.ofNullable(period);
    }

    /**
     * Returns whether the number of times is approximate (程度, about).
     *
     * @return true for an approximate {@link Kind#TIMES_PER_PERIOD}
     */
    public boolean isApproximate() {
        return approximate;
    }

    /**
     * Returns a copy with another time of day.
     *
     * @param timeOfDay the time, not null, in whole seconds
     * @return the cadence, not null
     * @throws SecunityException if this cadence is not fixed or its rule has parts finer than a day
     */
    public Cadence withTimeOfDay(LocalTime timeOfDay) {
        if (rule == null) {
            throw new SecunityException(this + " has no dates, so no time of day");
        }
        return of(rule, timeOfDay);
    }

    // --- occurrences

    /**
     * Expands a fixed cadence from a floating start, as {@link RecurrenceRule#occurrences(LocalDateTime)}
     * does: the occurrences at or after the start, the start included only when it matches. With a
     * time of day, every occurrence is at that time (the rule gets {@code BYHOUR}, {@code BYMINUTE}
     * and {@code BYSECOND}); without one, at the start's time.
     *
     * <pre>{@code
     * Cadence.parse("毎週月曜日 19:00").occurrences(LocalDateTime.parse("2026-07-13T20:00")).take(2);
     *         // [2026-07-20T19:00, 2026-07-27T19:00]
     * }</pre>
     *
     * @param start the start, not null
     * @return the lazy occurrences, not null
     * @throws SecunityException if the cadence is not fixed
     */
    public Recurrence<LocalDateTime> occurrences(LocalDateTime start) {
        requireNonNull(start, "start");
        return timedRule().occurrences(start);
    }

    /**
     * Expands a fixed cadence from a zoned start, as {@link RecurrenceRule#occurrences(ZonedDateTime)}
     * does, at the cadence's time of day on the zone's wall clock when it has one.
     *
     * @param start the start with its zone, not null
     * @return the lazy occurrences, not null
     * @throws SecunityException if the cadence is not fixed
     */
    public Recurrence<ZonedDateTime> occurrences(ZonedDateTime start) {
        requireNonNull(start, "start");
        return timedRule().occurrences(start);
    }

    /**
     * Expands a fixed cadence in whole days, as {@link RecurrenceRule#occurrences(LocalDate)} does;
     * the time of day, if any, is left out.
     *
     * @param start the first date, not null
     * @return the lazy dates, not null
     * @throws SecunityException if the cadence is not fixed, or its rule has parts finer than a day
     */
    public Recurrence<LocalDate> occurrences(LocalDate start) {
        requireNonNull(start, "start");
        return fixedRule().occurrences(start);
    }

    private RecurrenceRule fixedRule() {
        if (rule == null) {
            throw new SecunityException("the cadence " + this + " has no fixed dates to compute");
        }
        return rule;
    }

    private RecurrenceRule timedRule() {
        RecurrenceRule r = fixedRule();
        LocalTime t = timeOfDay;
        if (t == null) {
            return r;
        }
        return r.toBuilder().byHour(t.getHour()).byMinute(t.getMinute()).bySecond(t.getSecond()).build();
    }

    // --- text

    /**
     * Describes the cadence in the language of a locale: the phrase, with the time of day after it.
     *
     * @param locale the locale, not null; Japanese for {@code ja}, English otherwise
     * @return the description, such as {@code "偶数月の第2水曜日 19:00"} or
     *     {@code "second Wednesday of even months at 19:00"}, not null
     */
    public String describe(Locale locale) {
        requireNonNull(locale, "locale");
        boolean japanese = "ja".equals(locale.getLanguage());
        switch (kind) {
            case FIXED:
                return RuleDescriber.describe(Objects.requireNonNull(rule), japanese, timeOfDay);
            case REGULAR:
                return japanese ? "定期的" : "regularly";
            case IRREGULAR:
                return japanese ? "不定期" : "irregularly";
            default:
                return japanese ? countedJa() : countedEn();
        }
    }

    private String countedJa() {
        String unit = period == ChronoUnit.YEARS ? "年" : period == ChronoUnit.MONTHS ? "月" : "週";
        return unit + times + "回" + (approximate ? "程度" : "");
    }

    private String countedEn() {
        String n = times == 1 ? "once" : times == 2 ? "twice" : times + " times";
        String unit = period == ChronoUnit.YEARS ? "year" : period == ChronoUnit.MONTHS ? "month" : "week";
        return (approximate ? "about " : "") + n + " a " + unit;
    }

    /**
     * Describes any rule the RRULE parser accepts, in the language of a locale: as a phrase when
     * the phrase grammar covers it (see the class documentation), otherwise part by part, leaving
     * nothing out. Never throws for a valid rule.
     *
     * <pre>{@code
     * Cadence.describe(RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"), Locale.ENGLISH);
     *         // "every 2 weeks on Wednesday"
     * Cadence.describe(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=13;BYHOUR=9,17"), Locale.JAPANESE);
     *         // "毎月 (13日、9時・17時)"
     * }</pre>
     *
     * @param rule the rule, not null
     * @param locale the locale, not null; Japanese for {@code ja}, English otherwise
     * @return the description, not null
     */
    public static String describe(RecurrenceRule rule, Locale locale) {
        requireNonNull(rule, "rule");
        requireNonNull(locale, "locale");
        return RuleDescriber.describe(rule, "ja".equals(locale.getLanguage()));
    }

    /**
     * Returns the canonical text, which {@link #parse(CharSequence)} reads back to an equal cadence:
     * the Japanese phrase (with the time of day after a space) when the phrase grammar covers the
     * rule, otherwise the RRULE (and the time after a space).
     *
     * @return the text, such as {@code "偶数月の第2水曜日 19:00"}, {@code "年2回程度"} or
     *     {@code "FREQ=MONTHLY;BYMONTHDAY=13;BYSETPOS=1 19:00"}
     */
    @Override
    public String toString() {
        if (kind != Kind.FIXED) {
            return describe(Locale.JAPANESE);
        }
        RecurrenceRule r = Objects.requireNonNull(rule);
        if (Phrase.of(r).isPresent()) {
            return describe(Locale.JAPANESE);
        }
        return timeOfDay == null ? r.toString() : r + " " + PhraseWriter.time(timeOfDay);
    }

    /**
     * Returns whether another object is a cadence of the same kind, rule, time of day and count.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Cadence)) {
            return false;
        }
        Cadence o = (Cadence) obj;
        return kind == o.kind && Objects.equals(rule, o.rule) && Objects.equals(timeOfDay, o.timeOfDay)
                && times == o.times && period == o.period && approximate == o.approximate;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, rule, timeOfDay, times, period, approximate);
    }
}
