package org.secunity.core;

import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * A curated judgement together with the source sentence that grounds it.
 *
 * <p>The source document highlights which effects apply to a practice, but the highlighting is
 * lost in its text; every effect tag, challenge, partner, stage and organizer type linked to a
 * practice in the catalog is therefore a curated judgement, and carries the quote from the
 * source that justifies it. A quote is copied verbatim from the source, with whitespace and
 * markup dropped. Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Grounded<Challenge> link = Grounded.of(Challenge.SCHEDULING_CONFLICTS,
 *         "「参加したいが当日のスケジュールが合わない」といった理由での参加者の脱落を防ぐことができる。");
 * link.value();   // SCHEDULING_CONFLICTS
 * }</pre>
 *
 * @param <T> the kind of value: a vocabulary enum such as {@link EffectTag}
 */
@Value.Immutable
@SecunityStyle
public abstract class Grounded<T extends Labelled> {

    Grounded() {}

    /**
     * Returns the curated value.
     *
     * @return the value, not null
     */
    @Value.Parameter
    public abstract T value();

    /**
     * Returns the source sentence that grounds the value.
     *
     * @return the quote, not blank
     */
    @Value.Parameter
    public abstract String quote();

    /**
     * Creates a grounded value.
     *
     * @param <T> the kind of value
     * @param value the curated value, not null
     * @param quote the source sentence that grounds it, not null, not blank
     * @return the grounded value, not null
     * @throws SecunityDataException if the quote is blank
     */
    public static <T extends Labelled> Grounded<T> of(T value, String quote) {
        return ImmutableGrounded.of(value, quote);
    }

    @Value.Check
    void check() {
        Checks.notBlank("quote", quote());
    }

    /**
     * Returns the value's ID and the quote, as {@code "ID «quote»"}.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return value().id() + " «" + quote() + "»";
    }
}
