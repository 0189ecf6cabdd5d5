package org.secunity.matching;

import org.secunity.core.Labelled;

/**
 * What a {@link Reason} is about, and the {@link Signal} it belongs to.
 *
 * <pre>{@code
 * ReasonKind.PARTNER.signal();   // CONTEXT
 * }</pre>
 */
public enum ReasonKind implements Labelled {
    /** 目標 — the practice has an effect tag the situation names as a goal. */
    GOAL("目標", "Goal", Signal.GOALS),

    /** 課題 — the practice addresses one of the situation's challenges. */
    CHALLENGE("課題", "Challenge", Signal.CHALLENGES),

    /** 段階 — the source ties the practice to a community stage. */
    STAGE("段階", "Stage", Signal.CONTEXT),

    /** 事務局の種類 — the source ties the practice to a kind of secretariat. */
    ORGANIZER_TYPE("事務局の種類", "Organizer type", Signal.CONTEXT),

    /** 連携先 — the practice needs a kind of partner. */
    PARTNER("連携先", "Partner", Signal.CONTEXT),

    /** 類似コミュニティ — the practice's own community resembles the situation in one respect. */
    SIMILAR_COMMUNITY("類似コミュニティ", "Similar community", Signal.SIMILARITY);

    private final String ja;
    private final String en;
    private final Signal signal;

    ReasonKind(String ja, String en, Signal signal) {
        this.ja = ja;
        this.en = en;
        this.signal = signal;
    }

    /**
     * Returns the signal whose match reasons of this kind explain.
     *
     * @return the signal, not null
     */
    public Signal signal() {
        return signal;
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
