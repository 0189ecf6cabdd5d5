package org.secunity.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.EffectTag;
import org.secunity.core.Membership;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Role;

/**
 * The reference ranking the property tests hold the matcher to: the formulas documented on
 * {@link PracticeMatcher}, written plainly over the model's sets (no bit masks, no tables, no
 * heap), every practice scored and the whole list sorted. The sums are taken in the documented
 * order, so its scores must equal the matcher's bit for bit.
 */
final class NaiveMatcher {

    private NaiveMatcher() {}

    record Scored(int number, double goals, double challenges, double context, double similarity, double score,
            int matched, int challengesMet, double strength) {

        /** Whether this ranks strictly before another: a higher score, or an equal score and more evidence. */
        boolean better(Scored o) {
            return Comparator.<Scored>comparingDouble(x -> x.score).thenComparingInt(x -> x.matched)
                    .thenComparingInt(x -> x.challengesMet).thenComparingDouble(x -> x.strength)
                    .compare(this, o) > 0;
        }

        boolean equalTo(Scored o) {
            return !better(o) && !o.better(this);
        }
    }

    /** The competition rank of each entry of a full ranking: 1 + the entries strictly better. */
    static int rankOf(List<Scored> ranking, int number) {
        Scored me = ranking.stream().filter(x -> x.number == number).findFirst().orElseThrow();
        return 1 + (int) ranking.stream().filter(x -> x.better(me)).count();
    }

    static boolean equalRank(List<Scored> ranking, int number) {
        Scored me = ranking.stream().filter(x -> x.number == number).findFirst().orElseThrow();
        return ranking.stream().anyMatch(x -> x.number != number && x.equalTo(me));
    }

    static List<Scored> rank(Catalog catalog, Situation s, MatchWeights w) {
        List<Scored> out = new ArrayList<>();
        for (Practice p : catalog.practices()) {
            if (s.adoptedPractices().contains(p.number())) {
                continue;
            }
            double g = goals(s, p);
            double c = challenges(s, p);
            double x = context(s, p);
            double sim = p.community().flatMap(catalog::community).map(com -> similarity(catalog, s, com)).orElse(0.0);
            double score = ((w.goals() * g + w.challenges() * c) + w.context() * x) + w.similarity() * sim;
            int goalsMet = (int) java.util.Arrays.stream(EffectTag.values()).filter(t -> s.goal(t) > 0 && p.effectTags().contains(t)).count();
            int challengesMet = (int) s.challenges().stream().filter(p.challenges()::contains).count();
            int matched = goalsMet + challengesMet
                    + (s.stage().isPresent() && p.stages().contains(s.stage().get()) ? 1 : 0)
                    + (s.organizerType().isPresent() && p.organizerTypes().contains(s.organizerType().get()) ? 1 : 0)
                    + (int) p.partners().stream().filter(s.partners()::contains).count();
            int links = p.effectTags().size() + p.challenges().size();
            double strength = links == 0 ? 0 : Math.floor((goalsMet + challengesMet) * 65536.0 / links);
            out.add(new Scored(p.number(), g, c, x, sim, score, matched, challengesMet, strength));
        }
        out.sort((a, b) -> a.better(b) ? -1 : b.better(a) ? 1 : Integer.compare(a.number, b.number));
        return out;
    }

    /** The summed weight of the goals met, added in the order of the tags. */
    static double goals(Situation s, Practice p) {
        double met = 0.0;
        for (EffectTag t : EffectTag.values()) {
            if (p.effectTags().contains(t)) {
                met += s.goal(t);
            }
        }
        return met;
    }

    /** How many stated challenges the practice addresses. */
    static double challenges(Situation s, Practice p) {
        return s.challenges().stream().filter(p.challenges()::contains).count();
    }

    static double context(Situation s, Practice p) {
        int stated = 0;
        double sum = 0.0;
        if (s.stage().isPresent()) {
            stated++;
            sum += fit(p.stages(), s.stage().get());
        }
        if (s.organizerType().isPresent()) {
            stated++;
            sum += fit(p.organizerTypes(), s.organizerType().get());
        }
        if (!s.partners().isEmpty()) {
            stated++;
            Set<PartnerKind> needed = p.partners();
            long had = needed.stream().filter(s.partners()::contains).count();
            sum += needed.isEmpty() ? 0.5 : 0.5 + 0.5 * had / needed.size();
        }
        return stated == 0 ? 0.0 : sum / stated;
    }

    private static <E> double fit(Set<E> tied, E value) {
        return tied.isEmpty() ? 0.5 : tied.contains(value) ? 1.0 : 0.0;
    }

    static double similarity(Catalog catalog, Situation s, Community c) {
        Set<Challenge> challenges = EnumSet.noneOf(Challenge.class);
        Set<PartnerKind> partners = EnumSet.noneOf(PartnerKind.class);
        for (Practice p : catalog.practicesOf(c.id())) {
            if (s.adoptedPractices().contains(p.number())) {
                continue;   // an adopted practice is not part of what the community is like
            }
            challenges.addAll(p.challenges());
            partners.addAll(p.partners());
        }
        for (Membership m : c.memberships()) {
            partners.addAll(partnerKinds(m));
        }
        int stated = 0;
        double sum = 0.0;
        Optional<OrganizerType> type = c.organizerType().map(g -> g.value());
        if (s.organizerType().isPresent()) {
            stated++;
            sum += type.equals(s.organizerType()) ? 1.0 : 0.0;
        }
        if (s.effectiveRegion().isPresent()) {
            stated++;
            sum += s.effectiveRegion().get() == c.region() ? 1.0 : 0.0;
        }
        if (s.prefecture().isPresent()) {
            stated++;
            sum += c.prefecture().equals(s.prefecture()) ? 1.0 : 0.0;
        }
        if (s.legalForm().isPresent()) {
            stated++;
            sum += c.legalForm().equals(s.legalForm()) ? 1.0 : 0.0;
        }
        if (!s.challenges().isEmpty()) {
            stated++;
            sum += jaccard(s.challenges(), challenges);
        }
        if (!s.partners().isEmpty()) {
            stated++;
            sum += jaccard(s.partners(), partners);
        }
        return stated == 0 ? 0.0 : sum / stated;
    }

    private static <E> double jaccard(Set<E> a, Set<E> b) {
        long both = a.stream().filter(b::contains).count();
        long either = a.size() + b.size() - both;
        return either == 0 ? 0.0 : (double) both / either;
    }

    /** The documented mapping of a named member to partner kinds. */
    static Set<PartnerKind> partnerKinds(Membership m) {
        Set<PartnerKind> out = EnumSet.noneOf(PartnerKind.class);
        switch (m.organization().kind()) {
            case UNIVERSITY, TECHNICAL_COLLEGE, VOCATIONAL_SCHOOL -> out.add(PartnerKind.UNIVERSITY);
            case SECURITY_VENDOR, IT_COMPANY -> out.add(PartnerKind.IT_VENDOR);
            case POLICE -> out.add(PartnerKind.POLICE);
            case BUSINESS_ASSOCIATION -> out.add(PartnerKind.BUSINESS_ASSOCIATION);
            case NATIONAL_GOVERNMENT, INDEPENDENT_ADMINISTRATIVE_AGENCY, LOCAL_GOVERNMENT -> out.add(PartnerKind.PUBLIC_AGENCY);
            case COMMUNITY -> out.add(PartnerKind.EXISTING_COMMUNITY);
            default -> { }
        }
        if (m.hasRole(Role.PRIVACY_MARK_REVIEW_CENTER)) {
            out.add(PartnerKind.PRIVACY_MARK_BODY);
        }
        if (m.hasRole(Role.EXPERT)) {
            out.add(PartnerKind.EXPERTS);
        }
        return out;
    }
}
