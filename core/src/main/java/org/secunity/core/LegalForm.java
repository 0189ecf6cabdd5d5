package org.secunity.core;

/**
 * The legal form of a community's body, where the source names it.
 *
 * <pre>{@code
 * LegalForm.NPO_CORPORATION.ja();   // "特定非営利活動法人"
 * }</pre>
 */
public enum LegalForm implements Labelled {
    /** 一般社団法人 — General incorporated association. */
    GENERAL_INCORPORATED_ASSOCIATION("一般社団法人", "General incorporated association"),

    /** 一般財団法人 — General incorporated foundation. */
    GENERAL_INCORPORATED_FOUNDATION("一般財団法人", "General incorporated foundation"),

    /** 公益財団法人 — Public interest incorporated foundation. */
    PUBLIC_INTEREST_FOUNDATION("公益財団法人", "Public interest incorporated foundation"),

    /** 特定非営利活動法人 — Specified non-profit corporation (NPO). */
    NPO_CORPORATION("特定非営利活動法人", "Specified non-profit corporation (NPO)"),

    /** 法人格なし — Unincorporated. */
    UNINCORPORATED("法人格なし", "Unincorporated");

    private final String ja;
    private final String en;

    LegalForm(String ja, String en) {
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
