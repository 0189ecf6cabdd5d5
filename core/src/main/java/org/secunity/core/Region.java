package org.secunity.core;

import java.util.Arrays;
import java.util.List;

/**
 * A region of Japan as covered by METI's regional bureaus of economy, trade and industry
 * (経済産業局), plus Okinawa (沖縄総合事務局).
 *
 * <p>Each of the 47 {@link Prefecture}s belongs to exactly one region.
 *
 * <pre>{@code
 * Region.KINKI.prefectures();   // [FUKUI, SHIGA, KYOTO, OSAKA, HYOGO, NARA, WAKAYAMA]
 * }</pre>
 */
public enum Region implements Labelled {
    /** 北海道 — Hokkaido (北海道経済産業局). */
    HOKKAIDO("北海道", "Hokkaido"),
    /** 東北 — Tohoku (東北経済産業局). */
    TOHOKU("東北", "Tohoku"),
    /** 関東 — Kanto (関東経済産業局). */
    KANTO("関東", "Kanto"),
    /** 中部 — Chubu (中部経済産業局). */
    CHUBU("中部", "Chubu"),
    /** 近畿 — Kinki (近畿経済産業局). */
    KINKI("近畿", "Kinki"),
    /** 中国 — Chugoku (中国経済産業局). */
    CHUGOKU("中国", "Chugoku"),
    /** 四国 — Shikoku (四国経済産業局). */
    SHIKOKU("四国", "Shikoku"),
    /** 九州 — Kyushu (九州経済産業局). */
    KYUSHU("九州", "Kyushu"),
    /** 沖縄 — Okinawa (内閣府沖縄総合事務局). */
    OKINAWA("沖縄", "Okinawa");

    private final String ja;
    private final String en;

    Region(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    /**
     * Returns the prefectures in this region, in JIS code order.
     *
     * @return the prefectures, not empty, unmodifiable
     */
    public List<Prefecture> prefectures() {
        return Arrays.stream(Prefecture.values()).filter(p -> p.region() == this).toList();
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
