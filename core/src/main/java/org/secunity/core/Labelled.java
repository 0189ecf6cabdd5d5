package org.secunity.core;

import java.util.Locale;

/**
 * A vocabulary value with a stable ID and a Japanese and an English label.
 *
 * <p>Every enum of the fixed vocabulary implements this interface. The ID is the enum constant's
 * name, which is what JSON, YAML and CSV documents carry; labels are for people.
 *
 * <pre>{@code
 * EffectTag.REDUCE_OPERATING_BURDEN.ja();              // "運営の負担を軽減する、他"
 * EffectTag.REDUCE_OPERATING_BURDEN.label(Locale.ENGLISH);
 * }</pre>
 */
public interface Labelled {

    /**
     * Returns the stable ID, the same as the enum constant's name.
     *
     * @return the ID, such as {@code "REDUCE_OPERATING_BURDEN"}, not null
     */
    String id();

    /**
     * Returns the Japanese label, as the source document words it where it names the value.
     *
     * @return the Japanese label, not blank
     */
    String ja();

    /**
     * Returns the English label.
     *
     * @return the English label, not blank
     */
    String en();

    /**
     * Returns the label in the language of a locale: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the label, not blank
     */
    default String label(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja() : en();
    }
}
