package org.secunity.core;

/**
 * One of the five effects printed on every practice page of the source.
 *
 * <p>The IDs are stable and are what documents carry. Compare with {@code ==}.
 *
 * <pre>{@code
 * EffectTag tag = EffectTag.valueOf("ENABLE_CONTINUOUS_ACTIVITY");
 * tag.ja();   // "継続的な活動を可能にする"
 * }</pre>
 */
public enum EffectTag implements Labelled {
    /** 企業の参加を促進する — Promote company participation. */
    PROMOTE_COMPANY_PARTICIPATION("企業の参加を促進する", "Promote company participation"),

    /** 地域の関係機関を巻き込む — Involve regional organizations. */
    INVOLVE_REGIONAL_ORGANIZATIONS("地域の関係機関を巻き込む", "Involve regional organizations"),

    /** 継続的な活動を可能にする — Enable continuous activity. */
    ENABLE_CONTINUOUS_ACTIVITY("継続的な活動を可能にする", "Enable continuous activity"),

    /** 活動の効果を高める — Enhance the effect of activities. */
    ENHANCE_ACTIVITY_EFFECT("活動の効果を高める", "Enhance the effect of activities"),

    /** 運営の負担を軽減する、他 — Reduce the operating burden, etc. */
    REDUCE_OPERATING_BURDEN("運営の負担を軽減する、他", "Reduce the operating burden, etc.");

    private final String ja;
    private final String en;

    EffectTag(String ja, String en) {
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
