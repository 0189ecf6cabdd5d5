package org.secunity.core;

/**
 * Where a community is in its life: the stage a situation describes and a practice may suit.
 *
 * <pre>{@code
 * CommunityStage.FORMING.ja();   // "立ち上げ期"
 * }</pre>
 */
public enum CommunityStage implements Labelled {
    /** 立ち上げ期 — Forming. */
    FORMING("立ち上げ期", "Forming"),

    /** 拡大期 — Growing. */
    GROWING("拡大期", "Growing"),

    /** 定着期 — Established. */
    ESTABLISHED("定着期", "Established"),

    /** 停滞期 — Stagnating. */
    STAGNATING("停滞期", "Stagnating");

    private final String ja;
    private final String en;

    CommunityStage(String ja, String en) {
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
