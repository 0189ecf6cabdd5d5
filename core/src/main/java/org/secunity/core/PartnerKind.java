package org.secunity.core;

/**
 * A kind of partner a practice needs, or a community already has.
 *
 * <pre>{@code
 * PartnerKind.PRIVACY_MARK_BODY.ja();   // "プライバシーマーク審査機関"
 * }</pre>
 */
public enum PartnerKind implements Labelled {
    /** 大学・教育機関 — University or school. */
    UNIVERSITY("大学・教育機関", "University or school"),

    /** 地域のITベンダー — Regional IT vendor. */
    IT_VENDOR("地域のITベンダー", "Regional IT vendor"),

    /** 警察 — Police. */
    POLICE("警察", "Police"),

    /** 商工会議所・商工団体 — Chamber of commerce or business association. */
    BUSINESS_ASSOCIATION("商工会議所・商工団体", "Chamber of commerce or business association"),

    /** プライバシーマーク審査機関 — Privacy Mark review body. */
    PRIVACY_MARK_BODY("プライバシーマーク審査機関", "Privacy Mark review body"),

    /** 会場・機材 — Venue and equipment. */
    VENUE("会場・機材", "Venue and equipment"),

    /** 既存の地域コミュニティ・勉強会 — Existing regional community or study group. */
    EXISTING_COMMUNITY("既存の地域コミュニティ・勉強会", "Existing regional community or study group"),

    /** 公的機関 — Public agency. */
    PUBLIC_AGENCY("公的機関", "Public agency"),

    /** メディア — Media. */
    MEDIA("メディア", "Media"),

    /** 有識者・専門家 — Experts. */
    EXPERTS("有識者・専門家", "Experts");

    private final String ja;
    private final String en;

    PartnerKind(String ja, String en) {
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
