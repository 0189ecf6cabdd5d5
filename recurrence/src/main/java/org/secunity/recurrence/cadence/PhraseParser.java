package org.secunity.recurrence.cadence;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * What the {@linkplain JapaneseParser Japanese} and {@linkplain EnglishParser English} parsers
 * share: the input, the parts of a fixed {@link Phrase} that they fill as they read it, and the
 * end of a fixed phrase, which checks the parts and makes the cadence. One instance per parse.
 */
abstract class PhraseParser {

    /** The text as given, which error indices refer to. */
    final String input;

    // what the phrase names, filled as it is read
    Phrase.@Nullable Unit unit;
    int interval = 1;
    Phrase.Months months = Phrase.Months.ALL;
    final List<Integer> monthList = new ArrayList<>();
    Phrase.Days days = Phrase.Days.ANY;
    final Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    final Set<Integer> ordinals = new TreeSet<>(Phrase.LAST_LAST);
    final Set<Integer> monthDays = new TreeSet<>(Phrase.LAST_LAST);
    int count;
    @Nullable Temporal until;

    PhraseParser(String input) {
        this.input = input;
    }

    /** Returns a parse error at an index of the input. */
    final SecunityParseException errorAt(int index, String message) {
        return new SecunityParseException(message, input, index, null);
    }

    /**
     * Returns the fixed cadence of the parts read, at a time of day if one was read.
     *
     * @throws SecunityParseException at index 0 if the parts do not make a phrase
     */
    final Cadence fixedCadence(@Nullable LocalTime time) {
        Phrase phrase = new Phrase(Objects.requireNonNull(unit), interval, months, monthList, days,
                new ArrayList<>(weekdays), new ArrayList<>(ordinals), new ArrayList<>(monthDays), count, until);
        String problem = phrase.problem();
        if (problem != null) {
            throw errorAt(0, problem);
        }
        return time == null ? Cadence.of(phrase.toRule()) : Cadence.of(phrase.toRule(), time);
    }
}
