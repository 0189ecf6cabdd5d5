package org.secunity.serialization;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.secunity.SecunityException;
import org.secunity.recurrence.Recurrence;
import org.secunity.recurrence.holiday.Adjustment;
import org.secunity.recurrence.holiday.HolidayCalendar;
import org.secunity.recurrence.holiday.HolidayPolicy;

/**
 * The holiday adjustments of one exported event, as {@code EXDATE} and {@code RDATE} values, and
 * the note that says how far they go.
 *
 * <p>Bounded: from the export's start date for the horizon, no later than the last year of the
 * holiday calendar, at most {@value #MAX_OCCURRENCES} occurrences looked at and at most
 * {@value #MAX_ADJUSTMENTS} adjustments (each an {@code EXDATE} and, when moved, an {@code RDATE})
 * per event. Where a bound cuts the horizon short, the note says where; later occurrences are not
 * adjusted.
 */
final class HolidayLines {

    /** The most occurrences of one event looked at for holidays. */
    static final int MAX_OCCURRENCES = 20_000;

    /** The most adjustments written for one event. */
    static final int MAX_ADJUSTMENTS = 1_000;

    /** What one event gets: the values to write and the note for its {@code DESCRIPTION}. */
    record Lines(List<String> exdates, List<String> rdates, String note) {}

    private HolidayLines() {}

    /**
     * Returns the end of the horizon: {@code years} after {@code from}, no later than the end of
     * the holiday calendar.
     *
     * @throws SecunityException if {@code from} is after the calendar's last year
     */
    static LocalDate horizonEnd(LocalDate from, int years) {
        HolidayCalendar japan = HolidayCalendar.japan();
        Year last = japan.lastYear();
        if (Year.from(from).isAfter(last)) {
            throw new SecunityException("cannot apply a holiday policy from " + from
                    + ": the holiday calendar of Japan covers " + japan.firstYear() + " to " + last);
        }
        LocalDate end = from.plusYears(years);
        LocalDate calendarEnd = last.atDay(1).plusYears(1);
        return end.isAfter(calendarEnd) ? calendarEnd : end;
    }

    /**
     * Adjusts the occurrences in {@code [start, end)}.
     *
     * @param occurrences the event's occurrences before the policy
     * @param start the first occurrence looked at
     * @param end the end of the horizon, excluded
     * @param day the day of an occurrence
     * @param value how an occurrence is written after {@code EXDATE} or {@code RDATE}
     * @param from the export's start date, for the note
     * @param horizonEnd the end of the horizon as a day, excluded, for the note
     */
    static <T extends Comparable<? super T>> Lines adjust(HolidayPolicy policy, Recurrence<T> occurrences, T start,
            T end, Function<T, LocalDate> day, Function<T, String> value, LocalDate from, LocalDate horizonEnd,
            Locale language) {
        List<String> exdates = new ArrayList<>();
        List<String> rdates = new ArrayList<>();
        Optional<LocalDate> cut = Optional.empty();
        if (start.compareTo(end) < 0) {
            T stop = end;
            Iterator<T> it = Recurrence.window(occurrences, start, end).iterator();
            for (int n = 0; it.hasNext(); n++) {
                T t = it.next();
                if (n == MAX_OCCURRENCES) {
                    stop = t;
                    cut = Optional.of(day.apply(t));
                    break;
                }
            }
            List<Adjustment<T>> kept = new ArrayList<>();
            Iterator<Adjustment<T>> adjustments = policy.apply(Recurrence.window(occurrences, start, stop),
                    HolidayCalendar.japan(), HolidayPolicy.Trigger.HOLIDAY).adjustments().iterator();
            while (adjustments.hasNext()) {
                Adjustment<T> a = adjustments.next();
                if (kept.size() == MAX_ADJUSTMENTS) {
                    LocalDate at = day.apply(a.original());
                    cut = Optional.of(cut.filter(c -> c.isBefore(at)).orElse(at));
                    break;
                }
                kept.add(a);
            }
            // a cut day is left out whole, so that the note can name the last day adjusted
            cut.ifPresent(c -> kept.removeIf(k -> !day.apply(k.original()).isBefore(c)));
            for (Adjustment<T> a : kept) {
                exdates.add(value.apply(a.original()));
                if (a.kind() == Adjustment.Kind.MOVED) {
                    rdates.add(value.apply(a.time().orElseThrow()));
                }
            }
        }
        String note = note(policy, language, from, cut.orElse(horizonEnd).minusDays(1), cut.isPresent());
        return new Lines(exdates, rdates, note);
    }

    private static String note(HolidayPolicy policy, Locale language, LocalDate from, LocalDate last, boolean cut) {
        boolean ja = language.equals(Locale.JAPANESE);
        String what = switch (policy) {
            case SKIP -> ja ? "祝日に当たる回は休み" : "Occurrences on national holidays of Japan are skipped";
            case NEXT_BUSINESS_DAY -> ja ? "祝日に当たる回は翌営業日に振替"
                    : "Occurrences on national holidays of Japan move to the next business day";
            case PREVIOUS_BUSINESS_DAY -> ja ? "祝日に当たる回は前営業日に振替"
                    : "Occurrences on national holidays of Japan move to the previous business day";
        };
        String bound = ja ? "1件の行事につき対象は" + MAX_OCCURRENCES + "回、振替・休止は" + MAX_ADJUSTMENTS + "件まで"
                : "at most " + MAX_OCCURRENCES + " occurrences and " + MAX_ADJUSTMENTS + " adjustments per event";
        if (cut && last.isBefore(from)) {
            return ja ? what + "(反映なし。" + bound + ")" : what + " (not applied: " + bound + ")";
        }
        if (cut) {
            return ja ? what + "(" + from + "から" + last + "までの分のみ反映。" + bound + ")"
                    : what + " (applied from " + from + " to " + last + " only: " + bound + ")";
        }
        return ja ? what + "(" + from + "から" + last + "までの分を反映)"
                : what + " (applied from " + from + " to " + last + ")";
    }
}
