package org.secunity.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Grounded;
import org.secunity.core.Labelled;
import org.secunity.core.Membership;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Role;

/**
 * A catalog laid out for scoring: one bit mask per practice for each curated vocabulary, the
 * index of its community, and a profile per community. Built once per catalog; immutable.
 *
 * <p>Bit {@code e.ordinal()} of a mask is set when the practice has the value {@code e}.
 */
final class PracticeIndex {

    static {
        // masks are longs; the vocabularies may grow, but not past 64 values
        if (Challenge.values().length > 64 || PartnerKind.values().length > 64
                || EffectTag.values().length > 16 || CommunityStage.values().length > 64
                || OrganizerType.values().length > 64) {
            throw new IllegalStateException("a vocabulary outgrew the matcher's bit masks");
        }
    }

    final Catalog catalog;
    final Practice[] practices;
    final int[] tags;
    final long[] challenges;
    final long[] partners;
    final long[] stages;
    final long[] organizers;
    /** Index into {@link #communities} of each practice's community, or -1. */
    final int[] community;
    final Community[] communities;
    /** Per community, the indexes of its practices that make up its profile. */
    final int[][] members;
    final Profile[] profiles;

    /** What a community is like, for the similarity signal, and the quotes its reasons cite. */
    static final class Profile {
        final int organizer;
        final int region;
        final int prefecture;
        final int legalForm;
        final long challenges;
        final long partners;
        /** The practices that make up the profile, in catalog order, for the quotes. */
        private final int[] members;
        private final Practice[] practices;
        /**
         * For each challenge and partner kind, the grounding quote of the first practice in the
         * profile that has it; computed on the first quote asked for, since only explaining needs
         * them (a community of a large catalog may have thousands of practices, and a query
         * re-profiles the communities of the adopted practices). Immutable once published, so a
         * race only computes the same maps twice.
         */
        private volatile Quotes quotes;

        private record Quotes(Map<Challenge, String> challenges, Map<PartnerKind, String> partners) {}

        Profile(int organizer, int region, int prefecture, int legalForm, long challenges, long partners,
                int[] members, Practice[] practices) {
            this.organizer = organizer;
            this.region = region;
            this.prefecture = prefecture;
            this.legalForm = legalForm;
            this.challenges = challenges;
            this.partners = partners;
            this.members = members;
            this.practices = practices;
        }

        /** The grounding quote of the first practice in the profile that addresses a challenge. */
        Optional<String> quote(Challenge challenge) {
            return Optional.ofNullable(quotes().challenges().get(challenge));
        }

        /** The grounding quote of the first practice in the profile that needs a partner kind. */
        Optional<String> quote(PartnerKind partner) {
            return Optional.ofNullable(quotes().partners().get(partner));
        }

        private Quotes quotes() {
            Quotes q = quotes;
            if (q == null) {
                Map<Challenge, String> challengeQuotes = new EnumMap<>(Challenge.class);
                Map<PartnerKind, String> partnerQuotes = new EnumMap<>(PartnerKind.class);
                for (int i : members) {
                    for (Grounded<Challenge> g : practices[i].challengeGroundings()) {
                        challengeQuotes.putIfAbsent(g.value(), g.quote());
                    }
                    for (Grounded<PartnerKind> g : practices[i].partnerGroundings()) {
                        partnerQuotes.putIfAbsent(g.value(), g.quote());
                    }
                }
                q = new Quotes(challengeQuotes, partnerQuotes);
                quotes = q;
            }
            return q;
        }
    }

    private PracticeIndex(Catalog catalog, Practice[] practices, int[] tags, long[] challenges, long[] partners,
            long[] stages, long[] organizers, int[] community, Community[] communities, int[][] members,
            Profile[] profiles) {
        this.catalog = catalog;
        this.practices = practices;
        this.tags = tags;
        this.challenges = challenges;
        this.partners = partners;
        this.stages = stages;
        this.organizers = organizers;
        this.community = community;
        this.communities = communities;
        this.members = members;
        this.profiles = profiles;
    }

    static PracticeIndex of(Catalog catalog) {
        List<Practice> list = catalog.practices();
        int n = list.size();
        Practice[] practices = list.toArray(new Practice[0]);
        int[] tags = new int[n];
        long[] challenges = new long[n];
        long[] partners = new long[n];
        long[] stages = new long[n];
        long[] organizers = new long[n];
        int[] community = new int[n];
        Community[] communities = catalog.communities().toArray(new Community[0]);
        Map<CommunityId, Integer> communityIndex = new HashMap<>();
        for (int c = 0; c < communities.length; c++) {
            communityIndex.put(communities[c].id(), c);
        }
        int[] memberCounts = new int[communities.length];
        for (int i = 0; i < n; i++) {
            Practice p = practices[i];
            tags[i] = (int) mask(p.effectTags());
            challenges[i] = mask(p.challenges());
            partners[i] = mask(p.partners());
            stages[i] = mask(p.stages());
            organizers[i] = mask(p.organizerTypes());
            community[i] = p.community().map(communityIndex::get).orElse(-1);
            if (community[i] >= 0) {
                memberCounts[community[i]]++;
            }
        }
        int[][] members = new int[communities.length][];
        for (int c = 0; c < communities.length; c++) {
            members[c] = new int[memberCounts[c]];
        }
        int[] fill = new int[communities.length];
        for (int i = 0; i < n; i++) {
            if (community[i] >= 0) {
                members[community[i]][fill[community[i]]++] = i;
            }
        }
        Profile[] profiles = new Profile[communities.length];
        for (int c = 0; c < communities.length; c++) {
            profiles[c] = profile(communities[c], members[c], practices, challenges, partners);
        }
        return new PracticeIndex(catalog, practices, tags, challenges, partners, stages, organizers, community,
                communities, members, profiles);
    }

    /**
     * Returns a copy whose community profile leaves one practice out: what the catalog would say
     * about the practice's community if the practice were unknown (for leave-one-out analysis).
     */
    PracticeIndex withoutProfileOf(int index) {
        int c = community[index];
        if (c < 0) {
            return this;
        }
        int[][] newMembers = members.clone();
        newMembers[c] = Arrays.stream(members[c]).filter(i -> i != index).toArray();
        Profile[] newProfiles = profiles.clone();
        newProfiles[c] = profile(communities[c], newMembers[c], practices, challenges, partners);
        return new PracticeIndex(catalog, practices, tags, challenges, partners, stages, organizers, community,
                communities, newMembers, newProfiles);
    }

    /**
     * Returns the profiles with a set of practices left out of their communities' profiles (the
     * adopted practices of a situation); the communities without any keep their profile.
     *
     * @param excluded practice indexes, ascending
     */
    Profile[] profilesWithout(int[] excluded) {
        Profile[] out = profiles.clone();
        boolean[] touched = new boolean[communities.length];
        for (int i : excluded) {
            if (community[i] >= 0) {
                touched[community[i]] = true;
            }
        }
        for (int c = 0; c < communities.length; c++) {
            if (touched[c]) {
                int[] kept = Arrays.stream(members[c]).filter(i -> Arrays.binarySearch(excluded, i) < 0).toArray();
                out[c] = profile(communities[c], kept, practices, challenges, partners);
            }
        }
        return out;
    }

    /** The key of a cached similar-community reason: a community, a shared value and its quote. */
    private record SimilarKey(int community, Labelled value, Optional<String> quote) {}

    /**
     * Similar-community reasons, by community, shared value and quote: they do not depend on the
     * rest of the situation, so explaining builds each once (issue 13: the texts and the reason's
     * checks dominated the cost of an explained top k). At most one per community and value of
     * the vocabularies and quote, so bounded by the catalog.
     */
    private final java.util.concurrent.ConcurrentHashMap<SimilarKey, Reason> similarReasons =
            new java.util.concurrent.ConcurrentHashMap<>();

    Reason similarReason(int community, Labelled value, Optional<String> quote, java.util.function.Supplier<Reason> build) {
        return similarReasons.computeIfAbsent(new SimilarKey(community, value, quote), k -> build.get());
    }

    int size() {
        return practices.length;
    }

    /** Returns the index of a practice number, or -1 when the catalog has no such practice. */
    int indexOf(int practiceNumber) {
        return practiceNumber >= 1 && practiceNumber <= practices.length ? practiceNumber - 1 : -1;
    }

    /** The profile of a community from its named members and the practices that make up its profile. */
    private static Profile profile(Community community, int[] members, Practice[] practices, long[] challenges,
            long[] partners) {
        long challengeMask = 0;
        long partnerMask = membershipPartners(community);
        for (int i : members) {
            challengeMask |= challenges[i];
            partnerMask |= partners[i];
        }
        return new Profile(
                community.organizerType().map(g -> g.value().ordinal()).orElse(-1),
                community.region().ordinal(),
                community.prefecture().map(Enum::ordinal).orElse(-1),
                community.legalForm().map(Enum::ordinal).orElse(-1),
                challengeMask,
                partnerMask,
                members,
                practices);
    }

    /**
     * The kinds of partner a community's named members and partners are. The mapping from an
     * organization's kind (and two roles) to a partner kind is documented on
     * {@link PracticeMatcher}.
     */
    static long membershipPartners(Community community) {
        long mask = 0;
        for (Membership m : community.memberships()) {
            mask |= partnerMask(m);
        }
        return mask;
    }

    static long partnerMask(Membership m) {
        long mask = 0;
        PartnerKind kind = switch (m.organization().kind()) {
            case UNIVERSITY, TECHNICAL_COLLEGE, VOCATIONAL_SCHOOL -> PartnerKind.UNIVERSITY;
            case SECURITY_VENDOR, IT_COMPANY -> PartnerKind.IT_VENDOR;
            case POLICE -> PartnerKind.POLICE;
            case BUSINESS_ASSOCIATION -> PartnerKind.BUSINESS_ASSOCIATION;
            case NATIONAL_GOVERNMENT, INDEPENDENT_ADMINISTRATIVE_AGENCY, LOCAL_GOVERNMENT -> PartnerKind.PUBLIC_AGENCY;
            case COMMUNITY -> PartnerKind.EXISTING_COMMUNITY;
            default -> null;
        };
        if (kind != null) {
            mask |= 1L << kind.ordinal();
        }
        if (m.hasRole(Role.PRIVACY_MARK_REVIEW_CENTER)) {
            mask |= 1L << PartnerKind.PRIVACY_MARK_BODY.ordinal();
        }
        if (m.hasRole(Role.EXPERT)) {
            mask |= 1L << PartnerKind.EXPERTS.ordinal();
        }
        return mask;
    }

    static <E extends Enum<E>> long mask(Set<E> values) {
        long mask = 0;
        for (E e : values) {
            mask |= 1L << e.ordinal();
        }
        return mask;
    }

    static <E extends Enum<E>> List<E> values(long mask, E[] universe) {
        List<E> out = new ArrayList<>();
        for (E e : universe) {
            if ((mask & (1L << e.ordinal())) != 0) {
                out.add(e);
            }
        }
        return out;
    }
}
