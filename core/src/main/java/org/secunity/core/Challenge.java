package org.secunity.core;

/**
 * A situation a community can be in, read off the practices' 目的 (purpose) text.
 *
 * <p>Practices record which challenges they address, each with the source sentence that grounds
 * the link; a situation lists the challenges a community faces.
 *
 * <pre>{@code
 * Challenge.STAFF_ROTATION.ja();   // "事務局担当者が人事異動で替わる"
 * }</pre>
 */
public enum Challenge implements Labelled {
    /** 活動が地域に知られていない — Activities are little known in the region. */
    LOW_VISIBILITY("活動が地域に知られていない", "Activities are little known in the region"),

    /** 参加機関が少ない — Few member organizations. */
    FEW_MEMBER_ORGANIZATIONS("参加機関が少ない", "Few member organizations"),

    /** 事務局担当者が人事異動で替わる — Secretariat staff change with personnel rotation. */
    STAFF_ROTATION("事務局担当者が人事異動で替わる", "Secretariat staff change with personnel rotation"),

    /** 運営が属人化している — Operations depend on particular individuals. */
    DEPENDENCE_ON_INDIVIDUALS("運営が属人化している", "Operations depend on particular individuals"),

    /** 事務局の負担が大きい — The secretariat is overloaded. */
    SECRETARIAT_OVERLOAD("事務局の負担が大きい", "The secretariat is overloaded"),

    /** 事務局に専門知識がない — The secretariat lacks security expertise. */
    LACK_OF_EXPERTISE("事務局に専門知識がない", "The secretariat lacks security expertise"),

    /** 発信内容が受け手のニーズに合わない — Content does not meet the audience's needs. */
    CONTENT_MISMATCH("発信内容が受け手のニーズに合わない", "Content does not meet the audience's needs"),

    /** 情報が難しく読まれない — Information is hard to digest and goes unread. */
    HARD_TO_DIGEST_INFORMATION("情報が難しく読まれない", "Information is hard to digest and goes unread"),

    /** 共有される情報が少ない — Little information is shared. */
    INSUFFICIENT_INFORMATION("共有される情報が少ない", "Little information is shared"),

    /** 単発のイベントで終わる — Events stay one-off. */
    ONE_OFF_EVENTS("単発のイベントで終わる", "Events stay one-off"),

    /** 地域の関係機関・キーパーソンとのつながりがない — No ties to regional organizations or key persons. */
    FEW_REGIONAL_CONTACTS("地域の関係機関・キーパーソンとのつながりがない", "No ties to regional organizations or key persons"),

    /** 参加機関のつながりが形骸化している — Ties among members have become hollow. */
    HOLLOW_NETWORK("参加機関のつながりが形骸化している", "Ties among members have become hollow"),

    /** コミュニティの特色がない — The community has no distinct identity. */
    NO_DISTINCT_IDENTITY("コミュニティの特色がない", "The community has no distinct identity"),

    /** 予定が合わない・気づいたら終わっていた — People cannot fit events in, or miss them. */
    SCHEDULING_CONFLICTS("予定が合わない・気づいたら終わっていた", "People cannot fit events in, or miss them"),

    /** 売り込みへの警戒で参加をためらう — Fear of sales pitches keeps people away. */
    SALES_PITCH_CONCERN("売り込みへの警戒で参加をためらう", "Fear of sales pitches keeps people away"),

    /** 参加企業に負担をかけられない — Participating companies cannot bear a burden. */
    PARTICIPATION_BURDEN("参加企業に負担をかけられない", "Participating companies cannot bear a burden"),

    /** 気軽に相談できる窓口がない — No easy place to ask for advice. */
    NO_CONSULTATION_CHANNEL("気軽に相談できる窓口がない", "No easy place to ask for advice"),

    /** セキュリティ問題を外に相談しにくい — Security problems are hard to discuss outside. */
    SENSITIVE_TOPICS("セキュリティ問題を外に相談しにくい", "Security problems are hard to discuss outside"),

    /** 加入手続きや参加単位が壁になる — Joining procedures or membership units are barriers. */
    MEMBERSHIP_BARRIERS("加入手続きや参加単位が壁になる", "Joining procedures or membership units are barriers"),

    /** 参加者が継続参加しない — Participants do not keep coming. */
    LOW_RETENTION("参加者が継続参加しない", "Participants do not keep coming"),

    /** 啓発の対象が広がらない — Awareness-raising does not reach beyond its usual audience. */
    NARROW_OUTREACH("啓発の対象が広がらない", "Awareness-raising does not reach beyond its usual audience"),

    /** 勉強会の会場・機材がない — Study groups lack a venue or equipment. */
    NO_VENUE_OR_EQUIPMENT("勉強会の会場・機材がない", "Study groups lack a venue or equipment");

    private final String ja;
    private final String en;

    Challenge(String ja, String en) {
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
