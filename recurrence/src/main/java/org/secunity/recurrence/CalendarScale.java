package org.secunity.recurrence;

import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.MinguoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.secunity.SecunityParseException;

/**
 * The calendar systems an RFC 7529 {@code RSCALE} rule part may name in this engine: those a JDK
 * {@link Chronology} computes. Names are the CLDR calendar names RFC 7529 uses, read ignoring case.
 *
 * <p>The four supported calendars share the months and days of the proleptic Gregorian calendar
 * and differ only in how they number years ({@code JAPANESE} by era, {@code BUDDHIST} from 543 BCE,
 * {@code ROC} from 1912), so a rule expands to the same dates in each; {@code RSCALE} matters to
 * them through {@link Skip}. Calendars whose months differ are refused by
 * {@link #parse(CharSequence)} with a message naming the calendar: {@code CHINESE}, {@code HEBREW},
 * {@code ISLAMIC-CIVIL}, {@code ETHIOPIC} and the others without a JDK chronology, and also
 * {@code ISLAMIC-UMALQURA}, which the JDK's {@code HijrahChronology} computes but whose months the
 * engine, built on Gregorian month arithmetic, does not expand.
 *
 * <pre>{@code
 * CalendarScale.parse("gregorian");          // GREGORIAN
 * CalendarScale.BUDDHIST.chronology();       // ThaiBuddhist
 * CalendarScale.parse("CHINESE");            // throws: RSCALE=CHINESE is not supported ...
 * }</pre>
 */
public enum CalendarScale {
    /** The Gregorian calendar ({@code RSCALE=GREGORIAN}), the calendar of RFC 5545. */
    GREGORIAN("GREGORIAN", IsoChronology.INSTANCE),
    /** The Japanese imperial calendar ({@code RSCALE=JAPANESE}): Gregorian months, years by era. */
    JAPANESE("JAPANESE", JapaneseChronology.INSTANCE),
    /** The Thai Buddhist calendar ({@code RSCALE=BUDDHIST}): Gregorian months, years from 543 BCE. */
    BUDDHIST("BUDDHIST", ThaiBuddhistChronology.INSTANCE),
    /** The Republic of China calendar ({@code RSCALE=ROC}): Gregorian months, years from 1912. */
    ROC("ROC", MinguoChronology.INSTANCE);

    private final String rfcName;
    private final Chronology chronology;

    CalendarScale(String rfcName, Chronology chronology) {
        this.rfcName = rfcName;
        this.chronology = chronology;
    }

    /**
     * Returns the calendar with a CLDR name, ignoring case.
     *
     * @param text the name, such as {@code "GREGORIAN"}, not null
     * @return the calendar, not null
     * @throws SecunityParseException if the engine does not compute that calendar; the message
     *     names it and lists the supported ones
     */
    public static CalendarScale parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String name = text.toString().toUpperCase(Locale.ROOT);
        for (CalendarScale c : values()) {
            if (c.rfcName.equals(name)) {
                return c;
            }
        }
        throw new SecunityParseException(unsupported(text.toString()), text, 0, "RSCALE");
    }

    /** Returns the message for a calendar the engine does not compute. */
    static String unsupported(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        String why = upper.equals("ISLAMIC-UMALQURA")
                ? "the engine expands rules only in calendars with the Gregorian months, and the JDK's"
                        + " HijrahChronology has other months"
                : "no JDK chronology computes the " + upper + " calendar";
        return "RSCALE=" + upper + " is not supported: " + why + "; supported: "
                + Arrays.stream(values()).map(CalendarScale::rfcName).collect(Collectors.joining(", "));
    }

    /**
     * Returns the CLDR name RFC 7529 uses, as printed in {@code RSCALE}.
     *
     * @return the name, such as {@code "GREGORIAN"}, not null
     */
    public String rfcName() {
        return rfcName;
    }

    /**
     * Returns the JDK chronology of the calendar, for showing occurrences in it.
     *
     * @return the chronology, such as {@link JapaneseChronology#INSTANCE}, not null
     */
    public Chronology chronology() {
        return chronology;
    }

    /**
     * Returns the name printed in {@code RSCALE}.
     *
     * @return the same as {@link #rfcName()}
     */
    @Override
    public String toString() {
        return rfcName;
    }
}
