package org.secunity.examples.cli;

import java.util.Locale;
import org.secunity.core.BilingualText;
import org.secunity.core.Labelled;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The language the app prints its text in: Japanese or English.
 *
 * <p>The default is Japanese when the JVM's default locale is Japanese ({@code user.language=ja},
 * as under {@code LANG=ja_JP.UTF-8}), and English otherwise.
 */
public enum Lang {
    /** Japanese. */
    JA(Locale.JAPANESE),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the default language for a locale: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the language, not null
     */
    public static Lang of(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }

    /**
     * Returns the default language of this JVM.
     *
     * @return {@link #JA} when the default locale is Japanese, else {@link #EN}
     */
    public static Lang byDefault() {
        return of(Locale.getDefault());
    }

    /**
     * Returns the locale of the language, for the model's {@code label(Locale)} and {@code in(Locale)}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Picks one of two texts.
     *
     * @param ja the Japanese text, not null
     * @param en the English text, not null
     * @return the text in this language
     */
    public String pick(String ja, String en) {
        return this == JA ? ja : en;
    }

    /**
     * Returns a bilingual text in this language.
     *
     * @param text the text, not null
     * @return its Japanese or English side
     */
    public String of(BilingualText text) {
        return text.in(locale);
    }

    /**
     * Returns a vocabulary value's label in this language.
     *
     * @param value the value, not null
     * @return its Japanese or English label
     */
    public String label(Labelled value) {
        return value.label(locale);
    }

    /**
     * Returns the code used on the command line.
     *
     * @return {@code "ja"} or {@code "en"}
     */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code ja} or {@code en}, in any case, for picocli. */
    public static final class Converter implements ITypeConverter<Lang> {

        /** Creates the converter; picocli calls this. */
        public Converter() {}

        /**
         * Reads a language code.
         *
         * @param value {@code ja} or {@code en}, in any case
         * @return the language
         * @throws TypeConversionException for any other value
         */
        @Override
        public Lang convert(String value) {
            for (Lang lang : values()) {
                if (lang.toString().equalsIgnoreCase(value)) {
                    return lang;
                }
            }
            throw new TypeConversionException("expected ja or en but was '" + value + "'");
        }
    }
}
