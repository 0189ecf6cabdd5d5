package org.secunity.matching;

import static org.secunity.core.Challenge.CONTENT_MISMATCH;
import static org.secunity.core.Challenge.DEPENDENCE_ON_INDIVIDUALS;
import static org.secunity.core.Challenge.FEW_MEMBER_ORGANIZATIONS;
import static org.secunity.core.Challenge.FEW_REGIONAL_CONTACTS;
import static org.secunity.core.Challenge.HARD_TO_DIGEST_INFORMATION;
import static org.secunity.core.Challenge.HOLLOW_NETWORK;
import static org.secunity.core.Challenge.INSUFFICIENT_INFORMATION;
import static org.secunity.core.Challenge.LACK_OF_EXPERTISE;
import static org.secunity.core.Challenge.LOW_RETENTION;
import static org.secunity.core.Challenge.LOW_VISIBILITY;
import static org.secunity.core.Challenge.MEMBERSHIP_BARRIERS;
import static org.secunity.core.Challenge.NARROW_OUTREACH;
import static org.secunity.core.Challenge.NO_CONSULTATION_CHANNEL;
import static org.secunity.core.Challenge.NO_DISTINCT_IDENTITY;
import static org.secunity.core.Challenge.NO_VENUE_OR_EQUIPMENT;
import static org.secunity.core.Challenge.ONE_OFF_EVENTS;
import static org.secunity.core.Challenge.PARTICIPATION_BURDEN;
import static org.secunity.core.Challenge.SALES_PITCH_CONCERN;
import static org.secunity.core.Challenge.SCHEDULING_CONFLICTS;
import static org.secunity.core.Challenge.SECRETARIAT_OVERLOAD;
import static org.secunity.core.Challenge.SENSITIVE_TOPICS;
import static org.secunity.core.Challenge.STAFF_ROTATION;
import static org.secunity.core.EffectTag.ENABLE_CONTINUOUS_ACTIVITY;
import static org.secunity.core.EffectTag.ENHANCE_ACTIVITY_EFFECT;
import static org.secunity.core.EffectTag.INVOLVE_REGIONAL_ORGANIZATIONS;
import static org.secunity.core.EffectTag.PROMOTE_COMPANY_PARTICIPATION;
import static org.secunity.core.EffectTag.REDUCE_OPERATING_BURDEN;

import org.jspecify.annotations.Nullable;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.CommunityStage;
import org.secunity.core.Grounded;
import org.secunity.core.LegalForm;
import org.secunity.core.Membership;
import org.secunity.core.Organization;
import org.secunity.core.OrganizationKind;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.core.Role;

/**
 * A hand-built, synthetic fixture for this module's unit tests, shaped like the source's ten
 * communities and 22 practices (real Japanese titles and purposes, links grounded by quotes from
 * the source text). It is NOT the shipped seed catalog and does not track it: the seed catalog
 * lives in {@code secunity-serialization} ({@code SeedCatalog}), which this module cannot depend
 * on, and its curation differs (for example the issue 15 re-audit and the issue 16 links of
 * practices 17 and 19 are not here). Use it only for synthetic cases: formulas, invariants, reason
 * texts, leave-one-out mechanics. Golden tests, whose expected rankings come from reading the
 * source, run on the shipped catalog in the examples module ({@code SeedCatalogGoldenTest},
 * {@code MatcherEvaluationTest}, {@code MotivatingExampleTest}).
 */
final class MirrorCatalog {

    private MirrorCatalog() {}

    static final CommunityId HAISL = CommunityId.of("haisl");
    static final CommunityId CYBER_DONET = CommunityId.of("cyber-donet");
    static final CommunityId IWATE = CommunityId.of("iwate-seminar");
    static final CommunityId MIYAGI = CommunityId.of("miyagi-council");
    static final CommunityId MISEC = CommunityId.of("misec");
    static final CommunityId KANSAI_SEC_NET = CommunityId.of("kansai-sec-net");
    static final CommunityId SOKANSAI_LT = CommunityId.of("sokansai-lt");
    static final CommunityId KYUKEIREN = CommunityId.of("kyukeiren-cswg");
    static final CommunityId KUMAMOTO = CommunityId.of("kumamoto-council");
    static final CommunityId KAGOSHIMA = CommunityId.of("kagoshima-council");

    private static final Catalog CATALOG = build();

    static Catalog catalog() {
        return CATALOG;
    }

    private static Catalog build() {
        return Catalog.builder()
                .addCommunities(
                        community(HAISL, "北海道地域情報セキュリティ連絡会", "Hokkaido Area Information Security Liaison",
                                "HAISL", Region.HOKKAIDO, Prefecture.HOKKAIDO, null, OrganizerType.PUBLIC_AGENCY,
                                "北海道経済産業局・北海道総合通信局・北海道警察の3機関を事務局として平成26年9月に発足。")
                                .addMemberships(member("北海道警察", OrganizationKind.POLICE, Role.SECRETARIAT),
                                        member("北海道大学", OrganizationKind.UNIVERSITY, Role.MEMBER))
                                .build(),
                        community(CYBER_DONET, "北海道中小企業サイバーセキュリティ支援ネットワーク",
                                "Hokkaido SME Cybersecurity Support Network", "Cyber-道net", Region.HOKKAIDO,
                                Prefecture.HOKKAIDO, null, OrganizerType.POLICE,
                                "北海道警察サイバーセキュリティ対策本部(事務局)")
                                .addMemberships(member("札幌商工会議所", OrganizationKind.BUSINESS_ASSOCIATION, Role.MEMBER))
                                .build(),
                        community(IWATE, "サイバーセキュリティセミナー in 岩手", "Cybersecurity Seminar in Iwate", null,
                                Region.TOHOKU, Prefecture.IWATE, null, OrganizerType.PUBLIC_AGENCY,
                                "東北経済産業局、独立行政法人情報処理推進機構")
                                .addMemberships(member("いわて組込技術研究会", OrganizationKind.COMMUNITY, Role.CO_ORGANIZER))
                                .build(),
                        community(MIYAGI, "宮城県サイバーセキュリティ協議会", "Miyagi Prefecture Cybersecurity Council", null,
                                Region.TOHOKU, Prefecture.MIYAGI, null, OrganizerType.POLICE,
                                "宮城県と宮城県警察が共同で事務局を運営する")
                                .build(),
                        community(MISEC, "特定非営利活動法人みちのく情報セキュリティ推進機構",
                                "Michinoku Information Security Promotion Organization", "MISEC", Region.TOHOKU, null,
                                LegalForm.NPO_CORPORATION, OrganizerType.NPO, "特定非営利活動法人みちのく情報セキュリティ推進機構")
                                .addMemberships(member("東北プライバシーマーク審査センター", OrganizationKind.NPO,
                                        Role.PRIVACY_MARK_REVIEW_CENTER))
                                .build(),
                        community(KANSAI_SEC_NET, "関西サイバーセキュリティ・ネットワーク", "Kansai Cyber Security Network",
                                "関西SEC-net", Region.KINKI, null, null, OrganizerType.PUBLIC_AGENCY,
                                "近畿経済産業局、近畿総合通信局、一般財団法人関西情報センター(KIIS)が共同事務局となり")
                                .build(),
                        community(SOKANSAI_LT, "総関西サイバーセキュリティLT大会", "All-Kansai Cybersecurity LT Meetup", null,
                                Region.KINKI, null, null, OrganizerType.VOLUNTEER_GROUP,
                                "「総サイLT実行委員会」のボランタリーな活動を中心に運営されている。")
                                .build(),
                        community(KYUKEIREN, "一般社団法人九州経済連合会 サイバーセキュリティ推進WG",
                                "Kyushu Economic Federation Cybersecurity Promotion WG", "CSWG", Region.KYUSHU, null,
                                LegalForm.GENERAL_INCORPORATED_ASSOCIATION, OrganizerType.BUSINESS_FEDERATION,
                                "九州経済連合会情報通信委員会では")
                                .addMemberships(member("長崎県立大学", OrganizationKind.UNIVERSITY, Role.CO_ORGANIZER))
                                .build(),
                        community(KUMAMOTO, "一般社団法人熊本県サイバーセキュリティ推進協議会",
                                "Kumamoto Prefecture Cybersecurity Promotion Council", null, Region.KYUSHU,
                                Prefecture.KUMAMOTO, LegalForm.GENERAL_INCORPORATED_ASSOCIATION,
                                OrganizerType.INCORPORATED_ASSOCIATION, "一般社団法人熊本県サイバーセキュリティ推進協議会")
                                .addMemberships(member("熊本大学", OrganizationKind.UNIVERSITY, Role.ADVISOR),
                                        member("熊本県警察本部", OrganizationKind.POLICE, Role.ADVISOR))
                                .build(),
                        community(KAGOSHIMA, "一般社団法人鹿児島県サイバーセキュリティ協議会",
                                "Kagoshima Prefecture Cybersecurity Council", null, Region.KYUSHU, Prefecture.KAGOSHIMA,
                                LegalForm.GENERAL_INCORPORATED_ASSOCIATION, OrganizerType.INCORPORATED_ASSOCIATION,
                                "一般社団法人鹿児島県サイバーセキュリティ協議会")
                                .build())
                .addPractices(
                        practice(1, HAISL, "ヒアリングや会合等の機会を活用し、参加機関拡大に向けて団体・企業・大学等へのPRを強化",
                                "Use hearings and meetings to promote the community to bodies, companies and universities",
                                "参加機関の拡大に向け、候補となる団体・企業・大学による活動を認知してもらい、関心を持ってもらえるようにする")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION,
                                        "活動に関心をもつ団体・企業・大学等に参加が歓迎されていることを伝え、参加しやすい環境を作ることで、参画機関の拡大を実現。")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS,
                                        "事務局機関の所管機関や関係団体などに積極的な情報提供を行うことを通じて、通年にわたって参画機関を募集。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "結果的にコミュニティ活動そのものの効果も向上させる。")
                                .addChallenge(FEW_MEMBER_ORGANIZATIONS,
                                        "参加機関の拡大に向け、候補となる団体・企業・大学による活動を認知してもらい")
                                .addChallenge(LOW_VISIBILITY, "活動を社会が認知する機会を創出")
                                .addPartner(PartnerKind.MEDIA, "事務局機関のチャネルを活かしメディアにアプローチすることで")
                                .build(),
                        practice(2, HAISL, "着実な取組継続と、継続に向けた地域での体制や仕掛け作り",
                                "Keep activities going, and build the structures and mechanisms for it",
                                "持続的なコミュニティ活動の実施が可能な体制を確保・維持する")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "定期的に参画機関相互の交流の機会や場を提供")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "事務局内での継続的な情報共有による、人事異動等による活動の断絶や停滞の防止。")
                                .addChallenge(STAFF_ROTATION, "人事異動等による活動の断絶や停滞の防止")
                                .addChallenge(LOW_RETENTION, "継続参加のモチベーションの提供")
                                .build(),
                        practice(3, CYBER_DONET, "事務局業務の可視化、マニュアル化により、担当者の経験やスキルに左右されない運営体制を構築",
                                "Make the secretariat's work visible and manualized, so operations do not depend on one person's experience",
                                "公的機関が地域セキュリティコミュニティ活動の事務局を行う場合、人事異動を通じて定期的な担当者の異動が避けられないことから、活動の成否が特定個人の経験やスキルに依存しないようにする")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "いずれの職員が担当となった場合でも、継続的に推進し、運営体制を維持することができる。")
                                .addEffectTag(REDUCE_OPERATING_BURDEN, "特定の担当者に負担が集中(業務が属人化)しないようにバランスを図りながら運営。")
                                .addChallenge(STAFF_ROTATION, "人事異動を通じて定期的な担当者の異動が避けられない")
                                .addChallenge(DEPENDENCE_ON_INDIVIDUALS, "活動の成否が特定個人の経験やスキルに依存しないようにする")
                                .addChallenge(SECRETARIAT_OVERLOAD, "特定の担当者に負担が集中(業務が属人化)しないように")
                                .addOrganizerType(OrganizerType.PUBLIC_AGENCY, "公的機関が地域セキュリティコミュニティ活動の事務局を行う場合")
                                .addOrganizerType(OrganizerType.POLICE, "公的機関が地域セキュリティコミュニティ活動の事務局を行う場合")
                                .build(),
                        practice(4, CYBER_DONET, "中小企業のニーズに合った情報発信を行うために商工会議所等を訪問して現状把握に努める",
                                "Visit chambers of commerce to learn what SMEs need from the community's information",
                                "情報の一方的な垂れ流しとならないよう、情報発信に関する中小企業のニーズを把握する")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "商工会議所等をコミュニティ活動の企画立案に巻き込むことで")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "中小企業に対して訴求力の高い、ニーズに合ったセミナーテーマの設定が可能となる。")
                                .addChallenge(CONTENT_MISMATCH, "情報の一方的な垂れ流しとならないよう、情報発信に関する中小企業のニーズを把握する")
                                .addPartner(PartnerKind.BUSINESS_ASSOCIATION, "不定期に地域内の商工会議所等を訪問し")
                                .build(),
                        practice(5, IWATE, "既存の地域コミュニティの協力を得て、次年度以降の継続的活動を実現する",
                                "With an existing regional community's help, keep activities going from the next year on",
                                "単発的イベントの開催を契機として、地域で継続的なセミナー開催を可能とする")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "地域内もしくは隣接地域で活動するコミュニティに働きかけ、共催等の形でイベントを実施する。")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "既存地域コミュニティの協力を得ることで、単発的イベントを契機として、継続的な活動を実現。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "各コミュニティの活動を通じて、地域内の普及啓発が活発化。")
                                .addChallenge(ONE_OFF_EVENTS, "単発的イベントの開催を契機として、地域で継続的なセミナー開催を可能とする")
                                .addPartner(PartnerKind.EXISTING_COMMUNITY, "既存地域コミュニティの事務局又はキーパーソン")
                                .addStage(CommunityStage.FORMING, "単発的イベントの開催を契機として")
                                .addOrganizerType(OrganizerType.PUBLIC_AGENCY, "公的機関(主催者)")
                                .build(),
                        practice(6, IWATE, "地域の多様な関係機関を巻き込み、そのニーズに応える活動を行うことを通じて、コミュニティの特色を打ち出す",
                                "Involve diverse regional bodies and meet their needs, to give the community a distinct identity",
                                "コミュニティの多様な関係機関に参加してもらうとともに、コミュニティとしての特色を打ち出す")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "地域の多様な関係機関(以下に例示)に参加を働きかける。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "コミュニティ活動における特色や強みが打ち出される。")
                                .addChallenge(FEW_MEMBER_ORGANIZATIONS, "コミュニティの多様な関係機関に参加してもらう")
                                .addChallenge(NO_DISTINCT_IDENTITY, "コミュニティとしての特色を打ち出す")
                                .addPartner(PartnerKind.PRIVACY_MARK_BODY, "プライバシーマークの審査機関")
                                .addPartner(PartnerKind.EXPERTS, "専門性を生かした講演者としても協力いただく")
                                .build(),
                        practice(7, MIYAGI, "情報発信・共有の牽引役として、「特別支援構成員」を設定",
                                "Appoint special support members to lead information sharing",
                                "サイバーセキュリティに関する情報共有を実効的なものにするため、情報共有の場を設けるとともに、そこに提供される情報の量を増やすことが重要であることから、その能力を有する会員に対して、積極的な情報発信を促す。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "サイバーセキュリティ対策に関する多様な情報の共有を実現。")
                                .addEffectTag(REDUCE_OPERATING_BURDEN, "情報発信に関するコミュニティ事務局の負担を軽減。")
                                .addChallenge(SECRETARIAT_OVERLOAD, "情報発信に関するコミュニティ事務局の負担を軽減。")
                                .addChallenge(INSUFFICIENT_INFORMATION, "そこに提供される情報の量を増やすことが重要である")
                                .build(),
                        practice(8, MIYAGI, "「ワンペーパーで分かりやすく」を意識した情報発信",
                                "Send information that fits on one page",
                                "情報の受け手側に負担をかけずに、伝えたいメッセージを理解してもらえるようにする。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "受け手側の認知度、理解度の向上に効果を発揮している。")
                                .addChallenge(HARD_TO_DIGEST_INFORMATION, "情報の受け手側に負担をかけずに、伝えたいメッセージを理解してもらえるようにする")
                                .addOrganizerType(OrganizerType.POLICE, "宮城県警察本部生活安全部サイバー犯罪対策課")
                                .build(),
                        practice(9, MISEC, "地域のITベンダーが中小企業向けの無料相談サービスの提供に協力",
                                "Regional IT vendors help provide a free consultation service for SMEs",
                                "地域の中小企業におけるサイバーセキュリティに関する悩みや質問等のニーズに応えるための場を、地域ITベンダーの協力を得て提供")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "自社製品の売り込みを懸念することなく気軽に相談でき")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "地域貢献活動としてのアピール及び相談相手に自社を認知してもらう効果が期待できる。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "サイバーセキュリティ対策導入のきっかけ作りとして有効。")
                                .addChallenge(SALES_PITCH_CONCERN, "自社製品の売り込みを懸念することなく気軽に相談でき")
                                .addChallenge(NO_CONSULTATION_CHANNEL, "悩みや質問等のニーズに応えるための場を、地域ITベンダーの協力を得て提供")
                                .addPartner(PartnerKind.IT_VENDOR, "地域IT・セキュリティベンダーの会員企業が担当者となって")
                                .build(),
                        practice(10, MISEC, "プライバシーマークの運営事業との連携",
                                "Work with the Privacy Mark review business",
                                "サイバーセキュリティ対策の啓発対象を、プライバシーマーク認定を求める企業にも拡大する")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "プライバシーマークの審査や更新を求める企業に対してサイバーセキュリティ対策に関するセミナーの告知やその他活動内容を紹介。")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "同じNPO内で運営しているプライバシーマーク審査センターと連携し")
                                .addEffectTag(REDUCE_OPERATING_BURDEN, "普及啓発をコミュニティ活動に委ね、審査業務に集中できる効果が得られる。")
                                .addChallenge(NARROW_OUTREACH, "サイバーセキュリティ対策の啓発対象を、プライバシーマーク認定を求める企業にも拡大する")
                                .addPartner(PartnerKind.PRIVACY_MARK_BODY, "同じNPO内で運営しているプライバシーマーク審査センターと連携し")
                                .addOrganizerType(OrganizerType.NPO, "同じNPO内で運営しているプライバシーマーク審査センター")
                                .build(),
                        practice(11, KANSAI_SEC_NET, "段階的アプローチを通じて、地域の関係者を無理なく巻き込む",
                                "Involve regional stakeholders step by step, without strain",
                                "サイバーセキュリティ分野の人的チャネルが限られている状態から、コミュニティ活動を無理なく軌道に乗せる")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "有望な地域機関やキーパーソンを見い出した上で関係性構築に注力。")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "継続的な活動が可能となるような地域機関間の連携体制を構築し")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "関係機関にサイバーセキュリティ対策の取組機運を効果的に醸成することが可能。")
                                .addChallenge(ONE_OFF_EVENTS, "単発に終わらない地域でのサイバーセキュリティ対策の取組機運醸成")
                                .addChallenge(FEW_REGIONAL_CONTACTS, "サイバーセキュリティ分野の人的チャネルが限られている状態から")
                                .addPartner(PartnerKind.MEDIA, "メディア向け又はメディア連携企画")
                                .addStage(CommunityStage.FORMING, "コミュニティ活動を無理なく軌道に乗せる")
                                .addOrganizerType(OrganizerType.PUBLIC_AGENCY, "地域セキュリティコミュニティ及びその支援機関(公的機関等)")
                                .build(),
                        practice(12, KANSAI_SEC_NET, "コミュニティとして協力機関に期待する役割を明確化することで、ネットワークの形骸化を防止",
                                "Make clear what the community expects of each partner, so the network does not become hollow",
                                "コミュニティの参加機関にそれぞれの意図や特徴に応じた役割を担ってもらうことで、機関間のつながりが形骸化するのを防ぐ")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "参加機関におけるコミュニティ参加のインセンティブを高める。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "コミュニティの活性化を通じて成果も増大。")
                                .addChallenge(HOLLOW_NETWORK, "機関間のつながりが形骸化するのを防ぐ")
                                .addPartner(PartnerKind.IT_VENDOR, "セキュリティ市場を創出・拡大するためには積極的に協力したい")
                                .addPartner(PartnerKind.EXPERTS, "コミュニティへの参加機関(有識者、ベンダー企業、勉強会主催者等)")
                                .addStage(CommunityStage.ESTABLISHED, "機関間のつながりが形骸化するのを防ぐ")
                                .addStage(CommunityStage.STAGNATING, "機関間のつながりが形骸化するのを防ぐ")
                                .build(),
                        practice(13, SOKANSAI_LT, "イベント開催スケジュールを予め規則的に定めることで、参加希望者が予定を立てやすくする",
                                "Fix the event schedule in advance, so would-be participants can plan",
                                "参加希望者がイベントへの参加予定を立てやすくする")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "「参加したいが当日のスケジュールが合わない」といった理由での参加者の脱落を防ぐことができる。")
                                .addEffectTag(REDUCE_OPERATING_BURDEN, "ボランタリーな活動の制約の中での運営作業の効率化につながる。")
                                .addChallenge(SECRETARIAT_OVERLOAD, "計画的な準備や調整が可能となり、ボランタリーな活動の制約の中での運営作業の効率化につながる。")
                                .addChallenge(SCHEDULING_CONFLICTS, "「参加したいが当日のスケジュールが合わない」といった理由での参加者の脱落を防ぐことができる。")
                                .addOrganizerType(OrganizerType.VOLUNTEER_GROUP, "ボランタリーな活動の制約の中での運営作業の効率化につながる。")
                                .build(),
                        practice(14, SOKANSAI_LT, "講演・発表内容からベンダーの営業色を排除し、安心して参加してもらえるように配慮",
                                "Keep vendors' sales pitches out of talks, so people can attend without worry",
                                "イベントに関心をもつ参加希望者が、「内容が結局は特定の製品・サービスの宣伝なのではないか」「参加すると業者からの売り込みの対象になるのではないか」と懸念して参加を躊躇するのを防ぐ。")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "企業の宣伝臭を嫌う参加者の抵抗感を和らげ、気軽に参加できる雰囲気の醸成に寄与している。")
                                .addChallenge(SALES_PITCH_CONCERN, "「参加すると業者からの売り込みの対象になるのではないか」と懸念して参加を躊躇するのを防ぐ。")
                                .addOrganizerType(OrganizerType.VOLUNTEER_GROUP, "すべてボランタリーで運営している。")
                                .build(),
                        practice(15, KYUKEIREN, "コミュニティ参加企業・有識者で構成されるワーキンググループ(WG)の設置・運営を通じて活動を支援",
                                "Support activities through a working group of member companies and experts",
                                "コミュニティ事務局がサイバーセキュリティの専門知識を有しないことから、専門家によるWGを設置し、WG参加企業や大学等の専門家人材に支援いただくことで、継続的かつ効率よい活動を実現する")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "WGメンバーは継続的に参加しているので、継続的かつ効率よくコミュニティの運営が可能。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "技術者(実務者)向け勉強会の講師をWGメンバーが担当。")
                                .addEffectTag(REDUCE_OPERATING_BURDEN, "WGメンバーからの意見や協力等によりコミュニティ事務局の負担が軽減。")
                                .addChallenge(STAFF_ROTATION, "コミュニティ事務局は出向者等で構成されているが")
                                .addChallenge(SECRETARIAT_OVERLOAD, "WGメンバーからの意見や協力等によりコミュニティ事務局の負担が軽減。")
                                .addChallenge(LACK_OF_EXPERTISE, "コミュニティ事務局がサイバーセキュリティの専門知識を有しないことから")
                                .addPartner(PartnerKind.UNIVERSITY, "WG参加企業や大学等の専門家人材に支援いただく")
                                .addPartner(PartnerKind.EXPERTS, "専門家によるWGを設置し")
                                .build(),
                        practice(16, KYUKEIREN, "後援・協力イベント等に対し、会議室や機材等の運営支援を通じて、人材交流・情報が集まる場を提供",
                                "Lend rooms and equipment to supported events, making a place where people and information meet",
                                "地域の自主的なセキュリティ勉強会については、後援や協力により、支援するとともに、会員企業に提供する情報の量を増やす")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "会員企業は勉強会情報を得やすくなり、学ぶ機会が増加。")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "後援名義の提供や会場・機材等の支援により、地域の勉強会の参加者が増える等して活性化。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "セキュリティに関する情報が集まる場や人材交流拠点としての機能を発揮できる。")
                                .addChallenge(INSUFFICIENT_INFORMATION, "会員企業に提供する情報の量を増やす")
                                .addChallenge(NO_VENUE_OR_EQUIPMENT, "会場や機材等の支援を実施。")
                                .addPartner(PartnerKind.VENUE, "会場や機材等の支援を実施。")
                                .addPartner(PartnerKind.EXISTING_COMMUNITY, "地域の自主的なセキュリティ勉強会")
                                .build(),
                        practice(17, KUMAMOTO, "「地元の信頼できる相談窓口」の役割を担うことで、オープンにしにくいセキュリティ問題の対応機能を提供",
                                "Be the trusted local place to ask, for security problems companies cannot discuss openly",
                                "企業にとって相談しにくいセキュリティに関する問い合わせや相談を受けられるよう、十分な信頼関係の醸成をはかる")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "企業と直接コミュニケーションを取ることで、「顔の見える関係」の構築・維持に努める。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "地元企業におけるニーズの把握が容易になり、活動の効果の向上につなげることが可能となる。")
                                .addChallenge(NO_CONSULTATION_CHANNEL, "地元に信頼できる相談窓口があることで")
                                .addChallenge(SENSITIVE_TOPICS, "企業にとって相談しにくいセキュリティに関する問い合わせや相談を受けられるよう")
                                .build(),
                        practice(18, KUMAMOTO, "県内大学の先生方に、企画立案と情報提供の二面での協力を依頼",
                                "Ask professors at the prefecture's universities to help plan and to share information",
                                "地域セキュリティコミュニティ活動の有効性を高めるために、県内の大学に所属されている先生方の知見を活用する")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "県内大学の先生方にコミュニティの企画運営委員会に参加いただき")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "目先のニーズにとどまらない、アカデミックな知見を反映することが可能となる。")
                                .addChallenge(LACK_OF_EXPERTISE, "県内の大学に所属されている先生方の知見を活用する")
                                .addChallenge(INSUFFICIENT_INFORMATION, "情報源を増やすことができ、より多様な情報を企業等に発信することが可能となる。")
                                .addPartner(PartnerKind.UNIVERSITY, "県内大学の先生方にサイバーセキュリティに関する情報提供をお願いしている。")
                                .build(),
                        practice(19, KAGOSHIMA, "参加を意識してもらうために、セミナー等のイベントを定期的に開催",
                                "Hold seminars and other events regularly, so people keep them in mind",
                                "参加希望者に地域セキュリティコミュニティが開催するイベントを意識してもらい、継続的な参加を促す")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "関心を持っている参加希望者にイベントを意識してもらいやすくする。")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "「参加したいと思っていたが気がついたら終わっていた」といった理由での参加者の脱落を防ぐことができる。")
                                .addEffectTag(REDUCE_OPERATING_BURDEN, "ボランタリーな活動の制約の中での運営作業の効率化につながる。")
                                .addChallenge(SCHEDULING_CONFLICTS, "「参加したいと思っていたが気がついたら終わっていた」といった理由での参加者の脱落を防ぐことができる。")
                                .addChallenge(LOW_RETENTION, "継続的な参加を促す")
                                .addOrganizerType(OrganizerType.VOLUNTEER_GROUP, "ボランタリーな活動の制約の中での運営作業の効率化につながる。")
                                .build(),
                        practice(20, KAGOSHIMA, "参加企業に負担をかけないように配慮することで、気軽な参加を促す",
                                "Ask nothing of participating companies, so they can join lightly",
                                "イベントに関心をもつ企業に対して気軽な参加を促す")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "余力のない中小企業でも気軽に参加できるようにする。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "多くの企業に参加してもらえるようになることで、イベントの開催効果が高まる。")
                                .addChallenge(LOW_VISIBILITY, "地域セキュリティコミュニティとしての認知度が向上することで")
                                .addChallenge(PARTICIPATION_BURDEN, "多くの中小企業はそうした負担を担う余力がなく、参加を躊躇する原因となる恐れがある。")
                                .addOrganizerType(OrganizerType.VOLUNTEER_GROUP, "イベントをボランタリーで開催する際")
                                .build(),
                        practice(21, null, "組織単位、組織に所属する個人の単位のいずれでも参加可能とすることで、組織の事情に柔軟に対応",
                                "Let both organizations and their individual members join, to fit each organization's circumstances",
                                "地域内で活動する企業や個人がコミュニティに参加しやすくする")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "地域内で活動する企業や個人がコミュニティに参加しやすくする")
                                .addEffectTag(INVOLVE_REGIONAL_ORGANIZATIONS, "地域の企業、大学、警察等や個人コミュニティのプロフェッショナル等、組織/個人にこだわらないこととしている。")
                                .addChallenge(MEMBERSHIP_BARRIERS, "申請書等の加入手続きはなく、コミュニティメンバーの賛同により参加することとしている。")
                                .addOrganizerType(OrganizerType.VOLUNTEER_GROUP, "地域のコミュニティ有志として集まることで")
                                .build(),
                        practice(22, null, "つながりを継続する場としての位置づけを重視",
                                "Value the community as a place where ties continue",
                                "「つながりを継続する場の提供」を目的としてコミュニティを運営することで、参加する個人・所属組織に連携のメリットを提供する")
                                .addEffectTag(PROMOTE_COMPANY_PARTICIPATION, "コミュニティ参加のメリットが所属企業等にも明確になるようにしている。")
                                .addEffectTag(ENABLE_CONTINUOUS_ACTIVITY, "コミュニティの参加者及び参加者の所属組織の双方がメリットを実感することで、コミュニティの継続的な活動が可能となる。")
                                .addEffectTag(ENHANCE_ACTIVITY_EFFECT, "サイバーセキュリティ分野の人材育成やモチベーション向上の効果を生む。")
                                .addChallenge(HOLLOW_NETWORK, "「つながりを継続する場の提供」を目的としてコミュニティを運営する")
                                .addChallenge(SENSITIVE_TOPICS, "悩みや課題を気軽に相談・共有できる場を提供")
                                .addChallenge(LOW_RETENTION, "継続的活動の動機付けとなる。")
                                .build())
                .build();
    }

    private static Community.Builder community(CommunityId id, String ja, String en, @Nullable String acronym,
            Region region, @Nullable Prefecture prefecture, @Nullable LegalForm legalForm, OrganizerType organizer,
            String quote) {
        Community.Builder b = Community.builder()
                .id(id)
                .name(BilingualText.of(ja, en))
                .region(region)
                .organizerType(Grounded.of(organizer, quote));
        if (acronym != null) {
            b.acronym(acronym);
        }
        if (prefecture != null) {
            b.prefecture(prefecture);
        }
        if (legalForm != null) {
            b.legalForm(legalForm);
        }
        return b;
    }

    private static Membership member(String name, OrganizationKind kind, Role role) {
        return Membership.of(Organization.of(BilingualText.of(name, name), kind), role);
    }

    private static Practice.Builder practice(int number, @Nullable CommunityId community, String ja, String en,
            String purpose) {
        Practice.Builder b = Practice.builder()
                .number(number)
                .title(BilingualText.of(ja, en))
                .purpose(BilingualText.of(purpose, "(purpose of practice " + number + ")"));
        if (community != null) {
            b.community(community);
        }
        return b;
    }
}
