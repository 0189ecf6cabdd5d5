package org.secunity.core;

/**
 * Where an {@link EventFrequency} comes from, and so how far it can be trusted.
 *
 * <pre>{@code
 * FrequencyBasis.APPROXIMATE.ja();   // "概数(原文の「程度」)"
 * }</pre>
 */
public enum FrequencyBasis implements Labelled {
    /** 規則から算出 — exact: the occurrences of the event's RRULE in the year, counted. */
    RULE("規則から算出", "Counted from the rule"),

    /**
     * 原文の回数 — as stated: the source gives a number of times per year ("年2回") but no dates, so
     * the number is the source's and the dates are unknown.
     */
    STATED("原文の回数", "As the source states"),

    /**
     * 概数 — approximate: the source says about how often ("年2回程度" is 2), or the catalog gives an
     * expected number per year without a phrase that states it.
     */
    APPROXIMATE("概数(原文の「程度」)", "Approximate"),

    /**
     * 不明 — unknown: the source gives no yearly frequency (a one-off event with its dates, a
     * series of sessions such as "全8回", "不定期", no cadence at all). Nothing is guessed.
     */
    UNKNOWN("不明", "Unknown");

    private final String ja;
    private final String en;

    FrequencyBasis(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public String ja() {
        return ja;
    }

    @Override
    public String en() {
        return en;
    }
}
