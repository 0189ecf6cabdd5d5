package org.secunity.core;

/**
 * What kind of event a community runs.
 *
 * <pre>{@code
 * EventKind.LIGHTNING_TALKS.ja();   // "ライトニングトーク"
 * }</pre>
 */
public enum EventKind implements Labelled {
    /** セミナー — Seminar. */
    SEMINAR("セミナー", "Seminar"),

    /** 会員向けセミナー — Members' seminar. */
    MEMBER_SEMINAR("会員向けセミナー", "Members' seminar"),

    /** 勉強会 — Study session. */
    STUDY_SESSION("勉強会", "Study session"),

    /** 講演会 — Lecture. */
    LECTURE("講演会", "Lecture"),

    /** 連続講座 — Lecture series. */
    LECTURE_SERIES("連続講座", "Lecture series"),

    /** ライトニングトーク — Lightning talks. */
    LIGHTNING_TALKS("ライトニングトーク", "Lightning talks"),

    /** クイズ大会 — Quiz. */
    QUIZ("クイズ大会", "Quiz"),

    /** 競技会 — Competition. */
    COMPETITION("競技会", "Competition"),

    /** キャンペーン — Campaign. */
    CAMPAIGN("キャンペーン", "Campaign"),

    /** 相談会 — Consultation session. */
    CONSULTATION("相談会", "Consultation session"),

    /** 研修会 — Training. */
    TRAINING("研修会", "Training"),

    /** 教室 — Class. */
    CLASS("教室", "Class"),

    /** 懇親会 — Social gathering. */
    SOCIAL("懇親会", "Social gathering"),

    /** 会合 — Meeting. */
    MEETING("会合", "Meeting");

    private final String ja;
    private final String en;

    EventKind(String ja, String en) {
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
