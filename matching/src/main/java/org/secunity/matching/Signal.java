package org.secunity.matching;

import org.secunity.core.Labelled;

/**
 * One of the four signals a recommendation's score combines. Each signal gives every practice a
 * match in [0, 1]; the score is the sum, in the order of this enum, of weight × match (see
 * {@link MatchWeights} and {@link PracticeMatcher} for the formulas).
 *
 * <pre>{@code
 * recommendation.contribution(Signal.CHALLENGES);   // weight × match of the challenges signal
 * }</pre>
 */
public enum Signal implements Labelled {
    /** 目標 — how well the practice's effect tags meet the situation's goals. */
    GOALS("目標", "Goals"),

    /** 課題 — which of the situation's challenges the practice addresses. */
    CHALLENGES("課題", "Challenges"),

    /** 状況への適合 — fit with the community's stage, organizer type and partners. */
    CONTEXT("状況への適合", "Context"),

    /** 類似コミュニティ — how much the practice's own community resembles the situation. */
    SIMILARITY("類似コミュニティ", "Similar community");

    private final String ja;
    private final String en;

    Signal(String ja, String en) {
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
