package org.secunity.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * A Gregorian date known to the year, the month or the day, as the source gives it
 * ("平成9年", "平成26年9月", "令和元年10月23日").
 *
 * <p>{@link #toString()} prints ISO-8601 ({@code 1997}, {@code 2014-09}, {@code 2019-10-23}),
 * which {@link #parse(CharSequence)} reads back; {@link #parseJapanese(CharSequence)} converts
 * Japanese-era and Gregorian dates written in Japanese. Immutable and safe to share; compare with
 * {@code equals}; ordered by the earliest day each date can denote, then by precision.
 *
 * <pre>{@code
 * PartialDate.parseJapanese("平成26年9月");   // 2014-09
 * PartialDate.parseJapanese("令和元年5月");   // 2019-05
 * PartialDate.parse("2019-10-23").toLocalDate();   // Optional[2019-10-23]
 * }</pre>
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern JAPANESE = Pattern.compile(
            "(明治|大正|昭和|平成|令和)?\\s*(元|\\d{1,4})\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?)?");

    /** The eras in order, and the Gregorian year in which each began. */
    private static final List<String> ERA_NAMES = List.of("明治", "大正", "昭和", "平成", "令和");
    private static final int[] ERA_START_YEARS = {1868, 1912, 1926, 1989, 2019};

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /**
     * Returns a date known to the year.
     *
     * @param year the year, not null
     * @return the date, not null
     */
    public static PartialDate of(Year year) {
        return new PartialDate(Objects.requireNonNull(year, "year").getValue(), 0, 0);
    }

    /**
     * Returns a date known to the month.
     *
     * @param yearMonth the year and month, not null
     * @return the date, not null
     */
    public static PartialDate of(YearMonth yearMonth) {
        Objects.requireNonNull(yearMonth, "yearMonth");
        return new PartialDate(yearMonth.getYear(), yearMonth.getMonthValue(), 0);
    }

    /**
     * Returns a date known to the day.
     *
     * @param date the date, not null
     * @return the date, not null
     */
    public static PartialDate of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses an ISO-8601 year, year-month or date: {@code 2005}, {@code 2014-09}, {@code 2019-10-23}.
     *
     * @param text the text, not null
     * @return the date, not null
     * @throws SecunityParseException if the text is not one of the three forms or not a real date
     */
    public static PartialDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            throw new SecunityParseException(
                    "Date must be yyyy, yyyy-MM or yyyy-MM-dd", text, firstMismatch(text), null);
        }
        return build(text, Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.start(2), m.start(3));
    }

    /**
     * Parses a date written in Japanese, with an era ({@code 平成26年9月}, {@code 令和元年10月23日},
     * {@code 平成9年}) or without ({@code 2018年10月}), and converts it to the Gregorian calendar.
     *
     * @param text the text, not null; ASCII digits, {@code 元} for an era's first year
     * @return the date, not null
     * @throws SecunityParseException if the text is not such a date, or names a year after its era ended
     *     (平成32年) or a month or day that does not exist
     */
    public static PartialDate parseJapanese(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = JAPANESE.matcher(text);
        if (!m.matches()) {
            throw new SecunityParseException(
                    "Japanese date must look like 平成26年9月, 令和元年10月23日 or 2018年10月", text, 0, null);
        }
        int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
        int year = yearOfEra;
        if (m.group(1) != null) {
            int era = ERA_NAMES.indexOf(m.group(1));
            year = ERA_START_YEARS[era] + yearOfEra - 1;
            boolean last = era == ERA_START_YEARS.length - 1;
            if (yearOfEra < 1 || (!last && year > ERA_START_YEARS[era + 1])) {
                throw new SecunityParseException(
                        m.group(1) + " has no year " + m.group(2), text, m.start(2), null);
            }
        }
        return build(text, year, m.group(3), m.group(4), m.start(3), m.start(4));
    }

    private static PartialDate build(
            CharSequence text, int year, String month, String day, int monthIndex, int dayIndex) {
        if (month == null) {
            return new PartialDate(year, 0, 0);
        }
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            throw new SecunityParseException("Month must be in 1..12, but was " + m, text, monthIndex, null);
        }
        if (day == null) {
            return new PartialDate(year, m, 0);
        }
        int d = Integer.parseInt(day);
        if (d < 1 || d > YearMonth.of(year, m).lengthOfMonth()) {
            throw new SecunityParseException(
                    "Day must be in 1.." + YearMonth.of(year, m).lengthOfMonth() + " for " + YearMonth.of(year, m)
                            + ", but was " + d,
                    text, dayIndex, null);
        }
        return new PartialDate(year, m, d);
    }

    private static int firstMismatch(CharSequence text) {
        String pattern = "dddd-dd-dd";
        for (int i = 0; i < text.length(); i++) {
            char expected = i < pattern.length() ? pattern.charAt(i) : 'x';
            char c = text.charAt(i);
            boolean ok = expected == 'd' ? c >= '0' && c <= '9' : c == expected;
            if (!ok) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Returns the year.
     *
     * @return the year, not null
     */
    public Year year() {
        return Year.of(year);
    }

    /**
     * Returns the month, when known.
     *
     * @return the month, or empty for a date known only to the year
     */
    public Optional<Month> month() {
        return month == 0 ? Optional.empty() : Optional.of(Month.of(month));
    }

    /**
     * Returns the year and month, when the month is known.
     *
     * @return the year-month, or empty for a date known only to the year
     */
    public Optional<YearMonth> toYearMonth() {
        return month == 0 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
    }

    /**
     * Returns the full date, when the day is known.
     *
     * @return the date, or empty for a date known only to the year or month
     */
    public Optional<LocalDate> toLocalDate() {
        return day == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /**
     * Returns the earliest day this date can denote: the first of its year or month, or itself.
     *
     * @return the earliest day, not null
     */
    public LocalDate earliestDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = earliestDay().compareTo(other.earliestDay());
        if (byDay != 0) {
            return byDay;
        }
        return Integer.compare(precision(), other.precision());
    }

    private int precision() {
        return day != 0 ? 2 : month != 0 ? 1 : 0;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PartialDate that && year == that.year && month == that.month && day == that.day;
    }

    @Override
    public int hashCode() {
        return (year * 13 + month) * 32 + day;
    }

    /**
     * Returns the ISO-8601 form, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, which
     * {@link #parse(CharSequence)} reads back.
     *
     * @return the ISO form, not null
     */
    @Override
    public String toString() {
        String y = String.format("%04d", year);
        if (month == 0) {
            return y;
        }
        String ym = y + String.format("-%02d", month);
        return day == 0 ? ym : ym + String.format("-%02d", day);
    }
}
