package org.secunity.core;

/**
 * One of Japan's 47 prefectures, in JIS X 0401 code order, with the {@link Region} whose METI
 * regional bureau covers it.
 *
 * <p>The regions follow the bureaus' jurisdictions: Niigata, Yamanashi, Nagano and Shizuoka belong
 * to {@link Region#KANTO} (関東経済産業局), Fukui to {@link Region#KINKI} (近畿経済産業局).
 *
 * <pre>{@code
 * Prefecture.KUMAMOTO.region();    // KYUSHU
 * Prefecture.KUMAMOTO.jisCode();   // 43
 * Prefecture.fromJisCode(4);       // MIYAGI
 * }</pre>
 */
public enum Prefecture implements Labelled {
    /** 北海道 — Hokkaido (Hokkaido). */
    HOKKAIDO("北海道", "Hokkaido", Region.HOKKAIDO),
    /** 青森県 — Aomori (Tohoku). */
    AOMORI("青森県", "Aomori", Region.TOHOKU),
    /** 岩手県 — Iwate (Tohoku). */
    IWATE("岩手県", "Iwate", Region.TOHOKU),
    /** 宮城県 — Miyagi (Tohoku). */
    MIYAGI("宮城県", "Miyagi", Region.TOHOKU),
    /** 秋田県 — Akita (Tohoku). */
    AKITA("秋田県", "Akita", Region.TOHOKU),
    /** 山形県 — Yamagata (Tohoku). */
    YAMAGATA("山形県", "Yamagata", Region.TOHOKU),
    /** 福島県 — Fukushima (Tohoku). */
    FUKUSHIMA("福島県", "Fukushima", Region.TOHOKU),
    /** 茨城県 — Ibaraki (Kanto). */
    IBARAKI("茨城県", "Ibaraki", Region.KANTO),
    /** 栃木県 — Tochigi (Kanto). */
    TOCHIGI("栃木県", "Tochigi", Region.KANTO),
    /** 群馬県 — Gunma (Kanto). */
    GUNMA("群馬県", "Gunma", Region.KANTO),
    /** 埼玉県 — Saitama (Kanto). */
    SAITAMA("埼玉県", "Saitama", Region.KANTO),
    /** 千葉県 — Chiba (Kanto). */
    CHIBA("千葉県", "Chiba", Region.KANTO),
    /** 東京都 — Tokyo (Kanto). */
    TOKYO("東京都", "Tokyo", Region.KANTO),
    /** 神奈川県 — Kanagawa (Kanto). */
    KANAGAWA("神奈川県", "Kanagawa", Region.KANTO),
    /** 新潟県 — Niigata (Kanto). */
    NIIGATA("新潟県", "Niigata", Region.KANTO),
    /** 富山県 — Toyama (Chubu). */
    TOYAMA("富山県", "Toyama", Region.CHUBU),
    /** 石川県 — Ishikawa (Chubu). */
    ISHIKAWA("石川県", "Ishikawa", Region.CHUBU),
    /** 福井県 — Fukui (Kinki). */
    FUKUI("福井県", "Fukui", Region.KINKI),
    /** 山梨県 — Yamanashi (Kanto). */
    YAMANASHI("山梨県", "Yamanashi", Region.KANTO),
    /** 長野県 — Nagano (Kanto). */
    NAGANO("長野県", "Nagano", Region.KANTO),
    /** 岐阜県 — Gifu (Chubu). */
    GIFU("岐阜県", "Gifu", Region.CHUBU),
    /** 静岡県 — Shizuoka (Kanto). */
    SHIZUOKA("静岡県", "Shizuoka", Region.KANTO),
    /** 愛知県 — Aichi (Chubu). */
    AICHI("愛知県", "Aichi", Region.CHUBU),
    /** 三重県 — Mie (Chubu). */
    MIE("三重県", "Mie", Region.CHUBU),
    /** 滋賀県 — Shiga (Kinki). */
    SHIGA("滋賀県", "Shiga", Region.KINKI),
    /** 京都府 — Kyoto (Kinki). */
    KYOTO("京都府", "Kyoto", Region.KINKI),
    /** 大阪府 — Osaka (Kinki). */
    OSAKA("大阪府", "Osaka", Region.KINKI),
    /** 兵庫県 — Hyogo (Kinki). */
    HYOGO("兵庫県", "Hyogo", Region.KINKI),
    /** 奈良県 — Nara (Kinki). */
    NARA("奈良県", "Nara", Region.KINKI),
    /** 和歌山県 — Wakayama (Kinki). */
    WAKAYAMA("和歌山県", "Wakayama", Region.KINKI),
    /** 鳥取県 — Tottori (Chugoku). */
    TOTTORI("鳥取県", "Tottori", Region.CHUGOKU),
    /** 島根県 — Shimane (Chugoku). */
    SHIMANE("島根県", "Shimane", Region.CHUGOKU),
    /** 岡山県 — Okayama (Chugoku). */
    OKAYAMA("岡山県", "Okayama", Region.CHUGOKU),
    /** 広島県 — Hiroshima (Chugoku). */
    HIROSHIMA("広島県", "Hiroshima", Region.CHUGOKU),
    /** 山口県 — Yamaguchi (Chugoku). */
    YAMAGUCHI("山口県", "Yamaguchi", Region.CHUGOKU),
    /** 徳島県 — Tokushima (Shikoku). */
    TOKUSHIMA("徳島県", "Tokushima", Region.SHIKOKU),
    /** 香川県 — Kagawa (Shikoku). */
    KAGAWA("香川県", "Kagawa", Region.SHIKOKU),
    /** 愛媛県 — Ehime (Shikoku). */
    EHIME("愛媛県", "Ehime", Region.SHIKOKU),
    /** 高知県 — Kochi (Shikoku). */
    KOCHI("高知県", "Kochi", Region.SHIKOKU),
    /** 福岡県 — Fukuoka (Kyushu). */
    FUKUOKA("福岡県", "Fukuoka", Region.KYUSHU),
    /** 佐賀県 — Saga (Kyushu). */
    SAGA("佐賀県", "Saga", Region.KYUSHU),
    /** 長崎県 — Nagasaki (Kyushu). */
    NAGASAKI("長崎県", "Nagasaki", Region.KYUSHU),
    /** 熊本県 — Kumamoto (Kyushu). */
    KUMAMOTO("熊本県", "Kumamoto", Region.KYUSHU),
    /** 大分県 — Oita (Kyushu). */
    OITA("大分県", "Oita", Region.KYUSHU),
    /** 宮崎県 — Miyazaki (Kyushu). */
    MIYAZAKI("宮崎県", "Miyazaki", Region.KYUSHU),
    /** 鹿児島県 — Kagoshima (Kyushu). */
    KAGOSHIMA("鹿児島県", "Kagoshima", Region.KYUSHU),
    /** 沖縄県 — Okinawa (Okinawa). */
    OKINAWA("沖縄県", "Okinawa", Region.OKINAWA);

    private static final Prefecture[] BY_CODE = values();

    private final String ja;
    private final String en;
    private final Region region;

    Prefecture(String ja, String en, Region region) {
        this.ja = ja;
        this.en = en;
        this.region = region;
    }

    /**
     * Returns the prefecture with a JIS X 0401 code.
     *
     * @param code the code, from 1 (Hokkaido) to 47 (Okinawa)
     * @return the prefecture, not null
     * @throws org.secunity.SecunityException if the code is outside 1..47
     */
    public static Prefecture fromJisCode(int code) {
        if (code < 1 || code > BY_CODE.length) {
            throw new org.secunity.SecunityException(
                    "JIS prefecture code must be in 1..47, but was " + code);
        }
        return BY_CODE[code - 1];
    }

    /**
     * Returns the JIS X 0401 code.
     *
     * @return the code, from 1 to 47
     */
    public int jisCode() {
        return ordinal() + 1;
    }

    /**
     * Returns the region whose METI bureau covers this prefecture.
     *
     * @return the region, not null
     */
    public Region region() {
        return region;
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
