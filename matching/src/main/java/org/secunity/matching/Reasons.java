package org.secunity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.secunity.core.BilingualText;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Labelled;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.Reason.Direction;

/**
 * Builds the explained {@link Recommendation} of one practice: its matches and contributions from
 * the {@link Query}, and its reasons with texts and grounding quotes. Called only for the practices
 * a caller sees, never while ranking.
 */
final class Reasons {

    private Reasons() {}

    static Recommendation recommendation(Query q, int i, int rank, boolean equalRank) {
        double goals = q.goals(i);
        double challenges = q.challenges(i);
        double context = q.context(i);
        double similarity = q.similarity(i);
        double cGoals = q.goalsWeight * goals;
        double cChallenges = q.challengesWeight * challenges;
        double cContext = q.contextWeight * context;
        double cSimilarity = q.similarityWeight * similarity;
        List<Reason> reasons = new ArrayList<>();
        addReasons(q, i, reasons);
        // kept as they are: no builder, no copies, no boxing (issue 13)
        return Recommendation.of(q.index.practices[i], rank, equalRank,
                Query.sum(cGoals, cChallenges, cContext, cSimilarity),
                SignalMap.of(goals, challenges, context, similarity),
                SignalMap.of(cGoals, cChallenges, cContext, cSimilarity), reasons);
    }

    private static final EffectTag[] TAGS = EffectTag.values();
    private static final Challenge[] CHALLENGES = Challenge.values();
    private static final PartnerKind[] PARTNERS = PartnerKind.values();

    /** Adds a practice's reasons, by signal in the order of {@link Signal}. */
    private static void addReasons(Query q, int i, List<Reason> out) {
        PracticeIndex index = q.index;
        PracticeReasons cached = index.reasonsOf(i);
        if (q.goalsWeight > 0) {
            for (int tags = index.tags[i]; tags != 0; tags &= tags - 1) {
                EffectTag tag = TAGS[Integer.numberOfTrailingZeros(tags)];
                double w = q.goalWeights[tag.ordinal()];
                if (w > 0) {
                    out.add(cached.goal(tag, w));
                }
            }
        }
        // the situation's sets are in the order of their enums: so are the bits of their masks
        if (q.challengesWeight > 0) {
            for (long m = index.challenges[i] & q.situationChallenges; m != 0; m &= m - 1) {
                out.add(cached.challenge(CHALLENGES[Long.numberOfTrailingZeros(m)]));
            }
        }
        if (q.contextWeight > 0) {
            if (q.stage != null && index.stages[i] != 0) {
                out.add(cached.stage(q.stage));
            }
            if (q.organizerType != null && index.organizers[i] != 0) {
                out.add(cached.organizerType(q.organizerType));
            }
            // a partner the situation does not name is not held against the practice: no reason
            for (long m = index.partners[i] & q.situationPartners; m != 0; m &= m - 1) {
                out.add(cached.partner(PARTNERS[Long.numberOfTrailingZeros(m)]));
            }
        }
        if (q.similarityWeight > 0 && q.similarity(i) > 0) {
            similarityReasons(q, index.community[i], out);
        }
    }

    /**
     * The reasons of one practice that depend only on the practice and one value of the situation
     * (a goal and its weight, a challenge, the stage, the organizer type, a partner), and those it
     * gives as the practice a similar community's reason quotes; built on first use.
     */
    static final class PracticeReasons {
        private final Practice p;
        /** By tag, then by the goal weight in hundredths. */
        private final Reason[][] goals = new Reason[TAGS.length][];
        private final Reason[] challenges = new Reason[CHALLENGES.length];
        /** By the situation's stage: for when the practice suits it, against when it suits others only. */
        private final Reason[] stages = new Reason[CommunityStage.values().length];
        private final Reason[] organizerTypes = new Reason[OrganizerType.values().length];
        private final Reason[] partners = new Reason[PARTNERS.length];
        /** The similar-community reasons that quote this practice, by challenge and by partner kind. */
        private final Reason[] similarChallenges = new Reason[CHALLENGES.length];
        private final Reason[] similarPartners = new Reason[PARTNERS.length];

        PracticeReasons(Practice p) {
            this.p = p;
        }

        Reason goal(EffectTag tag, double w) {
            int h = hundredths(w);
            if (h < 0) {
                return goalReason(tag, w);
            }
            Reason[] byWeight = goals[tag.ordinal()];
            if (byWeight == null) {
                byWeight = new Reason[HUNDREDTHS.length];
                goals[tag.ordinal()] = byWeight;
            }
            Reason r = byWeight[h];
            return r != null ? r : keep(byWeight, h, goalReason(tag, w));
        }

        private Reason goalReason(EffectTag tag, double w) {
            String weight = format(w);
            return reason(ReasonKind.GOAL, Direction.FOR, tag, p.groundingOf(tag),
                    "目標「" + tag.ja() + "」に効く(重み " + weight + ")",
                    "Serves your goal \"" + tag.en() + "\" (weight " + weight + ")");
        }

        Reason challenge(Challenge c) {
            Reason r = challenges[c.ordinal()];
            return r != null ? r : keep(challenges, c.ordinal(),
                    reason(ReasonKind.CHALLENGE, Direction.FOR, c, p.groundingOf(c),
                        "課題「" + c.ja() + "」に対応する",
                        "Addresses your challenge: " + c.en()));
        }

        /** The stage reason of a practice tied to at least one stage. */
        Reason stage(CommunityStage stage) {
            Reason r = stages[stage.ordinal()];
            if (r == null) {
                if (p.stages().contains(stage)) {
                    r = reason(ReasonKind.STAGE, Direction.FOR, stage, p.groundingOf(stage),
                            "「" + stage.ja() + "」のコミュニティに向く",
                            "Suits a community in the " + stage.en() + " stage");
                } else {
                    CommunityStage other = p.stages().iterator().next();
                    r = reason(ReasonKind.STAGE, Direction.AGAINST, other, p.groundingOf(other),
                            "出典は" + joinJa(p.stages()) + "のコミュニティ向けとしている(あなたは「" + stage.ja() + "」)",
                            "The source ties it to the " + joinEn(p.stages()) + " stage; you are " + stage.en());
                }
                stages[stage.ordinal()] = r;
            }
            return r;
        }

        /** The organizer-type reason of a practice tied to at least one organizer type. */
        Reason organizerType(OrganizerType type) {
            Reason r = organizerTypes[type.ordinal()];
            if (r == null) {
                if (p.organizerTypes().contains(type)) {
                    r = reason(ReasonKind.ORGANIZER_TYPE, Direction.FOR, type, p.groundingOf(type),
                            "事務局が「" + type.ja() + "」の場合に向く",
                            "Suits a secretariat run by: " + type.en());
                } else {
                    OrganizerType other = p.organizerTypes().iterator().next();
                    r = reason(ReasonKind.ORGANIZER_TYPE, Direction.AGAINST, other, p.groundingOf(other),
                            "出典は事務局が" + joinJa(p.organizerTypes()) + "の場合としている(あなたは「" + type.ja() + "」)",
                            "The source ties it to secretariats run by: " + joinEn(p.organizerTypes())
                                    + "; yours: " + type.en());
                }
                organizerTypes[type.ordinal()] = r;
            }
            return r;
        }

        Reason partner(PartnerKind partner) {
            Reason r = partners[partner.ordinal()];
            return r != null ? r : keep(partners, partner.ordinal(),
                    reason(ReasonKind.PARTNER, Direction.FOR, partner, p.groundingOf(partner),
                        "必要な連携先「" + partner.ja() + "」がすでにある",
                        "Needs a partner you already have: " + partner.en()));
        }

        /** The reason of the practice's community, quoting this practice, for a challenge it addresses. */
        Reason similarChallenge(Community community, Challenge ch) {
            Reason r = similarChallenges[ch.ordinal()];
            return r != null ? r : keep(similarChallenges, ch.ordinal(),
                    similar(community, ch, p.groundingOf(ch),
                        "同じ課題「" + ch.ja() + "」に取り組んだ" + ja(community) + "の実践",
                        "Practised by " + en(community) + ", which also faced: " + ch.en()));
        }

        /** The reason of the practice's community, quoting this practice, for a partner kind it needs. */
        Reason similarPartner(Community community, PartnerKind partner) {
            Reason r = similarPartners[partner.ordinal()];
            return r != null ? r : keep(similarPartners, partner.ordinal(),
                    similarPartnerReason(community, partner, p.groundingOf(partner)));
        }
    }

    /**
     * The similar-community reasons of one community that no practice's grounding quotes: its
     * organizer type (quoting the community's own grounding), region, prefecture, legal form, and
     * a partner kind that only its named members are; built on first use.
     */
    static final class CommunityReasons {
        private final Community community;
        private final Reason[] organizerTypes = new Reason[OrganizerType.values().length];
        private final Reason[] regions = new Reason[Region.values().length];
        private final Reason[] prefectures = new Reason[Prefecture.values().length];
        private final Reason[] legalForms = new Reason[LegalForm.values().length];
        private final Reason[] partners = new Reason[PARTNERS.length];

        CommunityReasons(Community community) {
            this.community = community;
        }

        Reason organizerType(OrganizerType type) {
            Reason r = organizerTypes[type.ordinal()];
            return r != null ? r : keep(organizerTypes, type.ordinal(),
                    similar(community, type, community.organizerType().map(g -> g.quote()),
                        ja(community) + "(同じく事務局が「" + type.ja() + "」)の実践",
                        "Practised by " + en(community) + ", whose secretariat is also run by: " + type.en()));
        }

        Reason region(Region region) {
            Reason r = regions[region.ordinal()];
            return r != null ? r : keep(regions, region.ordinal(),
                    similar(community, region, Optional.empty(),
                        "同じ" + region.ja() + "地域の" + ja(community) + "の実践",
                        "Practised by " + en(community) + ", also in " + region.en()));
        }

        Reason prefecture(Prefecture prefecture) {
            Reason r = prefectures[prefecture.ordinal()];
            return r != null ? r : keep(prefectures, prefecture.ordinal(),
                    similar(community, prefecture, Optional.empty(),
                        "同じ" + prefecture.ja() + "の" + ja(community) + "の実践",
                        "Practised by " + en(community) + ", also in " + prefecture.en()));
        }

        Reason legalForm(LegalForm form) {
            Reason r = legalForms[form.ordinal()];
            return r != null ? r : keep(legalForms, form.ordinal(),
                    similar(community, form, Optional.empty(),
                        "同じ" + form.ja() + "である" + ja(community) + "の実践",
                        "Practised by " + en(community) + ", also a " + form.en()));
        }

        /** A partner kind of the community that none of its profile's practices needs: no quote. */
        Reason partner(PartnerKind partner) {
            Reason r = partners[partner.ordinal()];
            return r != null ? r : keep(partners, partner.ordinal(),
                    similarPartnerReason(community, partner, Optional.empty()));
        }
    }

    private static void similarityReasons(Query q, int c, List<Reason> out) {
        PracticeIndex index = q.index;
        PracticeIndex.Profile profile = q.profiles[c];
        Community community = index.communities[c];
        CommunityReasons cached = index.reasonsOfCommunity(c);
        if (q.organizerType != null && profile.organizer == q.organizerType.ordinal()) {
            out.add(cached.organizerType(q.organizerType));
        }
        if (q.region != null && profile.region == q.region.ordinal()) {
            out.add(cached.region(q.region));
        }
        if (q.prefecture != null && profile.prefecture == q.prefecture.ordinal()) {
            out.add(cached.prefecture(q.prefecture));
        }
        if (q.legalForm != null && profile.legalForm == q.legalForm.ordinal()) {
            out.add(cached.legalForm(q.legalForm));
        }
        // each quotes the first practice of the profile that grounds the value
        for (long m = profile.challenges & q.situationChallenges; m != 0; m &= m - 1) {
            Challenge ch = CHALLENGES[Long.numberOfTrailingZeros(m)];
            out.add(index.reasonsOf(profile.source(ch)).similarChallenge(community, ch));
        }
        for (long m = profile.partners & q.situationPartners; m != 0; m &= m - 1) {
            PartnerKind partner = PARTNERS[Long.numberOfTrailingZeros(m)];
            int source = profile.source(partner);
            out.add(source < 0 ? cached.partner(partner)
                    : index.reasonsOf(source).similarPartner(community, partner));
        }
    }

    /** Keeps a reason just built in its slot, and returns it. */
    private static Reason keep(Reason[] slots, int at, Reason built) {
        slots[at] = built;
        return built;
    }

    private static Reason similarPartnerReason(Community community, PartnerKind partner, Optional<String> quote) {
        return similar(community, partner, quote,
                "同じく「" + partner.ja() + "」と連携する" + ja(community) + "の実践",
                "Practised by " + en(community) + ", which also works with: " + partner.en());
    }

    private static String ja(Community community) {
        return community.name().ja();
    }

    private static String en(Community community) {
        return community.shortName().en(); // issue 10: never the Japanese acronym in English text
    }

    private static Reason similar(Community community, Labelled value, Optional<String> quote, String ja, String en) {
        return Reason.builder()
                .kind(ReasonKind.SIMILAR_COMMUNITY)
                .value(value)
                .community(community.id())
                .text(BilingualText.of(ja, en))
                .quote(quote)
                .build();
    }

    private static Reason reason(ReasonKind kind, Direction direction, Labelled value, Optional<String> quote,
            String ja, String en) {
        return Reason.builder()
                .kind(kind)
                .direction(direction)
                .value(value)
                .text(BilingualText.of(ja, en))
                .quote(quote)
                .build();
    }

    private static String joinJa(Collection<? extends Labelled> values) {
        return values.stream().map(v -> "「" + v.ja() + "」").collect(Collectors.joining());
    }

    private static String joinEn(Collection<? extends Labelled> values) {
        return values.stream().map(Labelled::en).collect(Collectors.joining(" or "));
    }

    /**
     * A goal weight with two decimals, rounded half up from its shortest decimal form, as
     * {@code String.format(Locale.ROOT, "%.2f", weight)} writes it, without the formatter's cost.
     */
    static String format(double weight) {
        // the weights people write are hundredths; those come from a table made by the same rule
        int h = hundredths(weight);
        return h >= 0 ? HUNDREDTHS[h] : formatted(weight);
    }

    /** The weight in hundredths when it is {@code h / 100.0} for h in 0..100, else -1. */
    private static int hundredths(double weight) {
        long hundredths = Math.round(weight * 100);
        return hundredths >= 0 && hundredths < HUNDREDTHS.length && hundredths / 100.0 == weight
                ? (int) hundredths : -1;
    }

    private static String formatted(double weight) {
        return java.math.BigDecimal.valueOf(weight).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** {@code formatted(h / 100.0)} for h in 0..100. */
    private static final String[] HUNDREDTHS = java.util.stream.IntStream.rangeClosed(0, 100)
            .mapToObj(h -> formatted(h / 100.0)).toArray(String[]::new);
}
