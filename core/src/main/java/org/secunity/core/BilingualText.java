package org.secunity.core;

import java.util.Locale;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * A text in Japanese and English: a title, a purpose, a name.
 *
 * <p>The Japanese text is as the source document prints it; the English one is a faithful
 * translation. Both are non-blank. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * BilingualText title = BilingualText.of("つながりを継続する場としての位置づけを重視",
 *         "Value the community as a place where ties continue");
 * title.in(Locale.JAPANESE);   // the Japanese text
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class BilingualText {

    BilingualText() {}

    /**
     * Returns the Japanese text.
     *
     * @return the Japanese text, not blank
     */
    @Value.Parameter
    public abstract String ja();

    /**
     * Returns the English text.
     *
     * @return the English text, not blank
     */
    @Value.Parameter
    public abstract String en();

    /**
     * Creates a bilingual text.
     *
     * @param ja the Japanese text, not null, not blank
     * @param en the English text, not null, not blank
     * @return the text, not null
     * @throws SecunityDataException if either text is blank
     */
    public static BilingualText of(String ja, String en) {
        return ImmutableBilingualText.of(ja, en);
    }

    /**
     * Returns the text in the language of a locale: Japanese for {@code ja}, English otherwise.
     *
     * @param locale the locale, not null
     * @return the text, not blank
     */
    public String in(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? ja() : en();
    }

    @Value.Check
    void check() {
        Checks.notBlank("ja", ja());
        Checks.notBlank("en", en());
    }

    /**
     * Returns both texts, Japanese first, as {@code "ja / en"}.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return ja() + " / " + en();
    }
}
