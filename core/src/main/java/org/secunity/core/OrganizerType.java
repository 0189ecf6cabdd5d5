package org.secunity.core;

/**
 * Who runs a community's secretariat.
 *
 * <pre>{@code
 * OrganizerType.POLICE.en();   // "Police"
 * }</pre>
 */
public enum OrganizerType implements Labelled {
    /** 公的機関 — Public agency. */
    PUBLIC_AGENCY("公的機関", "Public agency"),

    /** 警察 — Police. */
    POLICE("警察", "Police"),

    /** 経済団体 — Business federation. */
    BUSINESS_FEDERATION("経済団体", "Business federation"),

    /** 社団法人 — Incorporated association. */
    INCORPORATED_ASSOCIATION("社団法人", "Incorporated association"),

    /** 特定非営利活動法人 — Non-profit organization (NPO). */
    NPO("特定非営利活動法人", "Non-profit organization (NPO)"),

    /** 有志・ボランティア団体 — Volunteer group. */
    VOLUNTEER_GROUP("有志・ボランティア団体", "Volunteer group"),

    /** 教育・研究機関 — Academic institution. */
    ACADEMIC("教育・研究機関", "Academic institution");

    private final String ja;
    private final String en;

    OrganizerType(String ja, String en) {
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
