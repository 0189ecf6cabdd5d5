package org.secunity.core;

/**
 * The part a person or organization plays in a community, an event or a practice.
 *
 * <pre>{@code
 * Role.SPECIAL_SUPPORT_MEMBER.ja();   // "特別支援構成員"
 * }</pre>
 */
public enum Role implements Labelled {
    /** 事務局 — Secretariat. */
    SECRETARIAT("事務局", "Secretariat"),

    /** 会員・構成機関 — Member. */
    MEMBER("会員・構成機関", "Member"),

    /** 参画機関 — Participating organization. */
    PARTICIPATING_ORGANIZATION("参画機関", "Participating organization"),

    /** 特別支援構成員 — Special support member. */
    SPECIAL_SUPPORT_MEMBER("特別支援構成員", "Special support member"),

    /** WGメンバー — Working group member. */
    WORKING_GROUP_MEMBER("WGメンバー", "Working group member"),

    /** 有識者 — Expert. */
    EXPERT("有識者", "Expert"),

    /** ベンダー — Vendor. */
    VENDOR("ベンダー", "Vendor"),

    /** 勉強会主催者 — Study group organizer. */
    STUDY_GROUP_ORGANIZER("勉強会主催者", "Study group organizer"),

    /** 主催 — Organizer. */
    ORGANIZER("主催", "Organizer"),

    /** 共催 — Co-organizer. */
    CO_ORGANIZER("共催", "Co-organizer"),

    /** 後援 — Supporter (patronage). */
    SUPPORTER("後援", "Supporter (patronage)"),

    /** 協力 — Cooperating organization. */
    COOPERATOR("協力", "Cooperating organization"),

    /** キーパーソン — Key person. */
    KEY_PERSON("キーパーソン", "Key person"),

    /** 講師 — Lecturer. */
    LECTURER("講師", "Lecturer"),

    /** プライバシーマーク審査センター — Privacy Mark review center. */
    PRIVACY_MARK_REVIEW_CENTER("プライバシーマーク審査センター", "Privacy Mark review center"),

    /** イベントの開催主体 — Event organizer. */
    EVENT_ORGANIZER("イベントの開催主体", "Event organizer"),

    /** 運営メンバー — Operating member. */
    OPERATING_MEMBER("運営メンバー", "Operating member"),

    /** 役員・アドバイザー — Officer or advisor. */
    ADVISOR("役員・アドバイザー", "Officer or advisor"),

    /** 支援機関 — Support agency. */
    SUPPORT_AGENCY("支援機関", "Support agency");

    private final String ja;
    private final String en;

    Role(String ja, String en) {
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
