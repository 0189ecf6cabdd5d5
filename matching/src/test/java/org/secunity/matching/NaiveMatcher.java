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

    record Scored(int number, double goals, double challenges, double context, double similarity, double score) {}

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
            out.add(new Scored(p.number(), g, c, x, sim, score));
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::number));
        return out;
    }

    static double goals(Situation s, Practice p) {
        double total = 0.0;
        double unmet = 0.0;
        for (EffectTag t : EffectTag.values()) {
            total += s.goal(t);
        }
        for (EffectTag t : EffectTag.values()) {
            if (!p.effectTags().contains(t)) {
                unmet += s.goal(t);
            }
        }
        return total > 0 ? 1.0 - unmet / total : 0.0;
    }

    static double challenges(Situation s, Practice p) {
        if (s.challenges().isEmpty()) {
            return 0.0;
        }
        long met = s.challenges().stream().filter(p.challenges()::contains).count();
        return (double) met / s.challenges().size();
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
            sum += needed.isEmpty() ? 1.0 : (double) had / needed.size();
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
