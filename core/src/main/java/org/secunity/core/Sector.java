package org.secunity.core;

/**
 * The sector of an organization, as the source's 産学官個 tables count members.
 *
 * <pre>{@code
 * Sector.ACADEMIA.ja();   // "学"
 * }</pre>
 */
public enum Sector implements Labelled {
    /** 産 — Industry. */
    INDUSTRY("産", "Industry"),

    /** 学 — Academia. */
    ACADEMIA("学", "Academia"),

    /** 官 — Government. */
    GOVERNMENT("官", "Government"),

    /** 個 — Individuals. */
    INDIVIDUAL("個", "Individuals");

    private final String ja;
    private final String en;

    Sector(String ja, String en) {
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
