package org.secunity.recurrence.cadence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A set of words, each with a value, that matches the longest word at an index of a text: with
 * ヶ月 and ヶ月間 both in it, {@code 3ヶ月間ごと} reads ヶ月間, and with 毎月 and 毎月曜 both in it,
 * {@code 毎月曜日} reads 毎月曜. Immutable and safe to share; a lookup looks only at the words that
 * start with the character at the index.
 *
 * @param <V> the type of the values
 */
final class Lexicon<V> {

    /** The words by their first character, each list longest first. */
    private final Map<Character, List<Map.Entry<String, V>>> byFirst = new HashMap<>();

    private Lexicon(Map<String, V> words) {
        for (Map.Entry<String, V> word : words.entrySet()) {
            byFirst.computeIfAbsent(word.getKey().charAt(0), c -> new ArrayList<>()).add(Map.entry(word.getKey(), word.getValue()));
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt(
                (Map.Entry<String, V> e) -> e.getKey().length()).reversed()));
    }

    /** Returns the lexicon of words (not empty) with their values. */
    static <V> Lexicon<V> of(Map<String, V> words) {
        return new Lexicon<>(words);
    }

    /** Returns the lexicon of words whose value is the word itself. */
    static Lexicon<String> words(String... words) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String word : words) {
            map.put(word, word);
        }
        return new Lexicon<>(map);
    }

    /**
     * Returns the value of the longest word of this lexicon that the text has at an index, and the
     * index after that word; null if no word is there.
     */
    @Nullable Read<V> match(String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        List<Map.Entry<String, V>> candidates = byFirst.get(text.charAt(at));
        if (candidates != null) {
            for (Map.Entry<String, V> word : candidates) {
                if (text.startsWith(word.getKey(), at)) {
                    return new Read<>(word.getValue(), at + word.getKey().length());
                }
            }
        }
        return null;
    }
}
