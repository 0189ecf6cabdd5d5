package org.secunity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.secunity.core.BilingualText;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Labelled;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
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
        EnumMap<Signal, Double> matches = new EnumMap<>(Signal.class);
        matches.put(Signal.GOALS, goals);
        matches.put(Signal.CHALLENGES, challenges);
        matches.put(Signal.CONTEXT, context);
        matches.put(Signal.SIMILARITY, similarity);
        EnumMap<Signal, Double> contributions = new EnumMap<>(Signal.class);
        contributions.put(Signal.GOALS, cGoals);
        contributions.put(Signal.CHALLENGES, cChallenges);
        contributions.put(Signal.CONTEXT, cContext);
        contributions.put(Signal.SIMILARITY, cSimilarity);
        return Recommendation.builder()
                .practice(q.index.practices[i])
                .rank(rank)
                .equalRank(equalRank)
                .score(Query.sum(cGoals, cChallenges, cContext, cSimilarity))
                .matches(matches)
                .contributions(contributions)
                .reasons(reasons(q, i))
                .build();
    }

    private static List<Reason> reasons(Query q, int i) {
        Situation s = q.situation;
        Practice p = q.index.practices[i];
        List<Reason> out = new ArrayList<>();
        if (q.goalsWeight > 0) {
            for (EffectTag tag : EffectTag.values()) {
                double w = s.goal(tag);
                if (w > 0 && p.hasEffectTag(tag)) {
                    String weight = format(w);
                    out.add(reason(ReasonKind.GOAL, Direction.FOR, tag, p.groundingOf(tag),
                            "目標「" + tag.ja() + "」に効く(重み " + weight + ")",
                            "Serves your goal \"" + tag.en() + "\" (weight " + weight + ")"));
                }
            }
        }
        if (q.challengesWeight > 0) {
            for (Challenge c : s.challenges()) {
                if (p.addresses(c)) {
                    out.add(reason(ReasonKind.CHALLENGE, Direction.FOR, c, p.groundingOf(c),
                            "課題「" + c.ja() + "」に対応する",
                            "Addresses your challenge: " + c.en()));
                }
            }
        }
        if (q.contextWeight > 0) {
            contextReasons(s, p, out);
        }
        if (q.similarityWeight > 0 && q.similarity(i) > 0) {
            similarityReasons(q, q.index.community[i], out);
        }
        return out;
    }

    private static void contextReasons(Situation s, Practice p, List<Reason> out) {
        if (s.stage().isPresent() && !p.stages().isEmpty()) {
            CommunityStage stage = s.stage().get();
            if (p.stages().contains(stage)) {
                out.add(reason(ReasonKind.STAGE, Direction.FOR, stage, p.groundingOf(stage),
                        "「" + stage.ja() + "」のコミュニティに向く",
                        "Suits a community in the " + stage.en() + " stage"));
            } else {
                CommunityStage other = p.stages().iterator().next();
                out.add(reason(ReasonKind.STAGE, Direction.AGAINST, other, p.groundingOf(other),
                        "出典は" + joinJa(p.stages()) + "のコミュニティ向けとしている(あなたは「" + stage.ja() + "」)",
                        "The source ties it to the " + joinEn(p.stages()) + " stage; you are " + stage.en()));
            }
        }
        if (s.organizerType().isPresent() && !p.organizerTypes().isEmpty()) {
            OrganizerType type = s.organizerType().get();
            if (p.organizerTypes().contains(type)) {
                out.add(reason(ReasonKind.ORGANIZER_TYPE, Direction.FOR, type, p.groundingOf(type),
                        "事務局が「" + type.ja() + "」の場合に向く",
                        "Suits a secretariat run by: " + type.en()));
            } else {
                OrganizerType other = p.organizerTypes().iterator().next();
                out.add(reason(ReasonKind.ORGANIZER_TYPE, Direction.AGAINST, other, p.groundingOf(other),
                        "出典は事務局が" + joinJa(p.organizerTypes()) + "の場合としている(あなたは「" + type.ja() + "」)",
                        "The source ties it to secretariats run by: " + joinEn(p.organizerTypes())
                                + "; yours: " + type.en()));
            }
        }
        if (!s.partners().isEmpty()) {
            for (PartnerKind partner : p.partners()) {
                if (s.partners().contains(partner)) {
                    out.add(reason(ReasonKind.PARTNER, Direction.FOR, partner, p.groundingOf(partner),
                            "必要な連携先「" + partner.ja() + "」がすでにある",
                            "Needs a partner you already have: " + partner.en()));
                }
                // a partner the situation does not name is not held against the practice: no reason
            }
        }
    }

    private static void similarityReasons(Query q, int c, List<Reason> out) {
        Situation s = q.situation;
        PracticeIndex index = q.index;
        PracticeIndex.Profile profile = q.profiles[c];
        Community community = index.communities[c];
        if (s.organizerType().isPresent() && profile.organizer == s.organizerType().get().ordinal()) {
            OrganizerType type = s.organizerType().get();
            Optional<String> quote = community.organizerType().map(g -> g.quote());
            out.add(index.similarReason(c, type, quote,
                    () -> similar(community, type, quote,
                            ja(community) + "(同じく事務局が「" + type.ja() + "」)の実践",
                            "Practised by " + en(community) + ", whose secretariat is also run by: " + type.en())));
        }
        if (s.effectiveRegion().isPresent() && profile.region == s.effectiveRegion().get().ordinal()) {
            var region = s.effectiveRegion().get();
            out.add(index.similarReason(c, region, Optional.empty(),
                    () -> similar(community, region, Optional.empty(),
                            "同じ" + region.ja() + "地域の" + ja(community) + "の実践",
                            "Practised by " + en(community) + ", also in " + region.en())));
        }
        if (s.prefecture().isPresent() && profile.prefecture == s.prefecture().get().ordinal()) {
            var prefecture = s.prefecture().get();
            out.add(index.similarReason(c, prefecture, Optional.empty(),
                    () -> similar(community, prefecture, Optional.empty(),
                            "同じ" + prefecture.ja() + "の" + ja(community) + "の実践",
                            "Practised by " + en(community) + ", also in " + prefecture.en())));
        }
        if (s.legalForm().isPresent() && profile.legalForm == s.legalForm().get().ordinal()) {
            var form = s.legalForm().get();
            out.add(index.similarReason(c, form, Optional.empty(),
                    () -> similar(community, form, Optional.empty(),
                            "同じ" + form.ja() + "である" + ja(community) + "の実践",
                            "Practised by " + en(community) + ", also a " + form.en())));
        }
        for (Challenge ch : Query.challenges(profile.challenges & PracticeIndex.mask(s.challenges()))) {
            out.add(index.similarReason(c, ch, profile.quote(ch),
                    () -> similar(community, ch, profile.quote(ch),
                            "同じ課題「" + ch.ja() + "」に取り組んだ" + ja(community) + "の実践",
                            "Practised by " + en(community) + ", which also faced: " + ch.en())));
        }
        for (PartnerKind partner : Query.partners(profile.partners & PracticeIndex.mask(s.partners()))) {
            out.add(index.similarReason(c, partner, profile.quote(partner),
                    () -> similar(community, partner, profile.quote(partner),
                            "同じく「" + partner.ja() + "」と連携する" + ja(community) + "の実践",
                            "Practised by " + en(community) + ", which also works with: " + partner.en())));
        }
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
        long hundredths = Math.round(weight * 100);
        if (hundredths >= 0 && hundredths < HUNDREDTHS.length && hundredths / 100.0 == weight) {
            return HUNDREDTHS[(int) hundredths];
        }
        return formatted(weight);
    }

    private static String formatted(double weight) {
        return java.math.BigDecimal.valueOf(weight).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** {@code formatted(h / 100.0)} for h in 0..100. */
    private static final String[] HUNDREDTHS = java.util.stream.IntStream.rangeClosed(0, 100)
            .mapToObj(h -> formatted(h / 100.0)).toArray(String[]::new);
}
