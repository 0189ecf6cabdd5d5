package org.secunity.core;

/**
 * What kind of body an organization is.
 *
 * <pre>{@code
 * OrganizationKind.LOCAL_GOVERNMENT.ja();   // "地方公共団体"
 * }</pre>
 */
public enum OrganizationKind implements Labelled {
    /** 国の行政機関 — National government agency. */
    NATIONAL_GOVERNMENT("国の行政機関", "National government agency"),

    /** 独立行政法人 — Independent administrative agency. */
    INDEPENDENT_ADMINISTRATIVE_AGENCY("独立行政法人", "Independent administrative agency"),

    /** 地方公共団体 — Local government. */
    LOCAL_GOVERNMENT("地方公共団体", "Local government"),

    /** 警察 — Police. */
    POLICE("警察", "Police"),

    /** 大学 — University. */
    UNIVERSITY("大学", "University"),

    /** 高等専門学校 — College of technology (kosen). */
    TECHNICAL_COLLEGE("高等専門学校", "College of technology (kosen)"),

    /** 専門学校 — Vocational school. */
    VOCATIONAL_SCHOOL("専門学校", "Vocational school"),

    /** 研究機関 — Research institute. */
    RESEARCH_INSTITUTE("研究機関", "Research institute"),

    /** 経済団体・業界団体 — Business or industry association. */
    BUSINESS_ASSOCIATION("経済団体・業界団体", "Business or industry association"),

    /** 企業 — Company. */
    COMPANY("企業", "Company"),

    /** セキュリティベンダー — Security vendor. */
    SECURITY_VENDOR("セキュリティベンダー", "Security vendor"),

    /** 情報通信企業 — IT and telecommunications company. */
    IT_COMPANY("情報通信企業", "IT and telecommunications company"),

    /** 医療機関 — Medical institution. */
    MEDICAL_INSTITUTION("医療機関", "Medical institution"),

    /** 財団法人・社団法人 — Foundation or incorporated association. */
    FOUNDATION("財団法人・社団法人", "Foundation or incorporated association"),

    /** 特定非営利活動法人 — Non-profit organization (NPO). */
    NPO("特定非営利活動法人", "Non-profit organization (NPO)"),

    /** コミュニティ・勉強会 — Community or study group. */
    COMMUNITY("コミュニティ・勉強会", "Community or study group"),

    /** 個人 — Individual. */
    INDIVIDUAL("個人", "Individual");

    private final String ja;
    private final String en;

    OrganizationKind(String ja, String en) {
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
