package org.secunity.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
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
    /** The layout of the pruned scan, see {@link Groups}. */
    final Groups groups;

    /**
     * The practices grouped for a pruned scan (issue 13): by their set of challenges (a
     * <em>bucket</em>), then within a bucket by their set of effect tags (a <em>run</em>), then in
     * catalog order. A practice's goal and challenge contributions are those of its run and bucket,
     * so a query can bound the score of every practice of a run before visiting it, and visit the
     * buckets by descending challenge contribution. The stage, organizer, partner masks and the
     * community of each practice are copied in the grouped order, so that a run is read in one
     * stream.
     */
    static final class Groups {
        /** The catalog index of the practice at each position. */
        final int[] order;
        final long[] stages;
        final long[] organizers;
        final long[] partners;
        /** The community index of the practice at each position, + 1 (0: no single community). */
        final int[] communityPlusOne;
        /** The challenge mask of each bucket. */
        final long[] bucketChallenges;
        /** The first run of each bucket; one more entry, the number of runs. */
        final int[] bucketFirstRun;
        /** The effect-tag mask of each run. */
        final int[] runTags;
        /** The first position of each run; one more entry, the number of practices. */
        final int[] runStart;
        /** The distinct effect-tag masks of the catalog. */
        final int[] distinctTags;

        private Groups(int[] tags, long[] challenges, long[] stages, long[] organizers, long[] partners,
                int[] community) {
            int n = tags.length;
            // catalog order within equal tag masks: sort (tags, index) pairs packed in a long
            long[] byTags = new long[n];
            for (int i = 0; i < n; i++) {
                byTags[i] = ((long) tags[i] << 32) | i;
            }
            Arrays.sort(byTags);
            // buckets numbered in the order their challenge masks first appear in the catalog
            Map<Long, Integer> bucketOf = new HashMap<>();
            List<Long> bucketMasks = new ArrayList<>();
            int[] bucket = new int[n];
            for (int i = 0; i < n; i++) {
                Integer b = bucketOf.get(challenges[i]);
                if (b == null) {
                    b = bucketMasks.size();
                    bucketOf.put(challenges[i], b);
                    bucketMasks.add(challenges[i]);
                }
                bucket[i] = b;
            }
            int buckets = bucketMasks.size();
            // a stable counting sort by bucket keeps (tags, index) order within a bucket
            int[] start = new int[buckets + 1];
            for (int i = 0; i < n; i++) {
                start[bucket[i] + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                start[b + 1] += start[b];
            }
            int[] fill = Arrays.copyOf(start, buckets);
            this.order = new int[n];
            for (long key : byTags) {
                int i = (int) key;
                order[fill[bucket[i]]++] = i;
            }
            this.bucketChallenges = new long[buckets];
            for (int b = 0; b < buckets; b++) {
                bucketChallenges[b] = bucketMasks.get(b);
            }
            this.stages = new long[n];
            this.organizers = new long[n];
            this.partners = new long[n];
            this.communityPlusOne = new int[n];
            int[] runStarts = new int[n + 1];
            int[] runTagsOf = new int[n];
            this.bucketFirstRun = new int[buckets + 1];
            int runs = 0;
            for (int b = 0; b < buckets; b++) {
                bucketFirstRun[b] = runs;
                for (int at = start[b]; at < start[b + 1]; at++) {
                    int i = order[at];
                    if (at == start[b] || tags[i] != runTagsOf[runs - 1]) {
                        runStarts[runs] = at;
                        runTagsOf[runs++] = tags[i];
                    }
                    this.stages[at] = stages[i];
                    this.organizers[at] = organizers[i];
                    this.partners[at] = partners[i];
                    this.communityPlusOne[at] = community[i] + 1;
                }
            }
            bucketFirstRun[buckets] = runs;
            runStarts[runs] = n;
            this.runStart = Arrays.copyOf(runStarts, runs + 1);
            this.runTags = Arrays.copyOf(runTagsOf, runs);
            this.distinctTags = Arrays.stream(tags).distinct().toArray();
        }
    }

    /** What a community is like, for the similarity signal, and the practices its reasons quote. */
    static final class Profile {
        final int organizer;
        final int region;
        final int prefecture;
        final int legalForm;
        final long challenges;
        final long partners;
        /** The practices that make up the profile, in catalog order, for the quotes. */
        private final int[] members;
        private final long[] memberChallenges;
        private final long[] memberPartners;
        /**
         * For each challenge and partner kind, the index of the first practice in the profile that
         * has it (whose grounding quote a reason cites), or -1; computed on the first one asked for,
         * since only explaining needs them (a community of a large catalog may have thousands of
         * practices, and a query re-profiles the communities of the adopted practices). Immutable
         * once published, so a race only computes the same arrays twice.
         */
        private volatile Sources sources;

        private record Sources(int[] challenges, int[] partners) {}

        Profile(int organizer, int region, int prefecture, int legalForm, long challenges, long partners,
                int[] members, long[] memberChallenges, long[] memberPartners) {
            this.organizer = organizer;
            this.region = region;
            this.prefecture = prefecture;
            this.legalForm = legalForm;
            this.challenges = challenges;
            this.partners = partners;
            this.members = members;
            this.memberChallenges = memberChallenges;
            this.memberPartners = memberPartners;
        }

        /** The index of the first practice in the profile that addresses a challenge, or -1. */
        int source(Challenge challenge) {
            return sources().challenges()[challenge.ordinal()];
        }

        /** The index of the first practice in the profile that needs a partner kind, or -1. */
        int source(PartnerKind partner) {
            return sources().partners()[partner.ordinal()];
        }

        private Sources sources() {
            Sources q = sources;
            if (q == null) {
                q = new Sources(firsts(memberChallenges, Challenge.values().length),
                        firsts(memberPartners, PartnerKind.values().length));
                sources = q;
            }
            return q;
        }

        private int[] firsts(long[] masks, int values) {
            int[] first = new int[values];
            Arrays.fill(first, -1);
            for (int i : members) {
                for (long m = masks[i]; m != 0; m &= m - 1) {
                    int v = Long.numberOfTrailingZeros(m);
                    if (first[v] < 0) {
                        first[v] = i;
                    }
                }
            }
            return first;
        }
    }

    private PracticeIndex(Catalog catalog, Practice[] practices, int[] tags, long[] challenges, long[] partners,
            long[] stages, long[] organizers, int[] community, Community[] communities, int[][] members,
            Profile[] profiles, Groups groups, Reasons.PracticeReasons[] practiceReasons,
            Reasons.CommunityReasons[] communityReasons, AtomicInteger cachedExplanations) {
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
        this.groups = groups;
        this.practiceReasons = practiceReasons;
        this.communityReasons = communityReasons;
        this.cachedExplanations = cachedExplanations;
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
            profiles[c] = profile(communities[c], members[c], challenges, partners);
        }
        return new PracticeIndex(catalog, practices, tags, challenges, partners, stages, organizers, community,
                communities, members, profiles, new Groups(tags, challenges, stages, organizers, partners, community),
                new Reasons.PracticeReasons[n], new Reasons.CommunityReasons[communities.length], new AtomicInteger());
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
        newProfiles[c] = profile(communities[c], newMembers[c], challenges, partners);
        return new PracticeIndex(catalog, practices, tags, challenges, partners, stages, organizers, community,
                communities, newMembers, newProfiles, groups, practiceReasons, communityReasons, cachedExplanations);
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
                int[] kept = new int[members[c].length];
                int count = 0;
                int left = -1;
                for (int i : members[c]) {
                    if (Arrays.binarySearch(excluded, i) < 0) {
                        kept[count++] = i;
                    } else {
                        left = i;
                    }
                }
                out[c] = count == members[c].length - 1 && count < CACHED_PROFILE_MAX_MEMBERS ? profileWithout(left)
                        : profile(communities[c], Arrays.copyOf(kept, count), challenges, partners);
            }
        }
        return out;
    }

    /**
     * The profile of a practice's community without the practice, by practice index, or null
     * until asked for (for communities of fewer than {@link #CACHED_PROFILE_MAX_MEMBERS}
     * practices): a situation commonly adopts one practice of a community, and the profile
     * (with the quotes its reasons look up) is then the same for every such situation. Allocated on
     * first use; immutable values, so a race only builds one twice.
     */
    private volatile Profile[] profilesWithoutOne;

    /**
     * Only the profiles of communities smaller than this are kept: a kept profile holds its
     * members, so keeping one per practice of a community of m practices keeps m² indexes.
     */
    static final int CACHED_PROFILE_MAX_MEMBERS = 256;

    /** The profile of practice {@code i}'s community without it; the practice has a community. */
    private Profile profileWithout(int i) {
        Profile[] cache = profilesWithoutOne;
        if (cache == null) {
            cache = new Profile[practices.length];
            profilesWithoutOne = cache;
        }
        Profile p = cache[i];
        if (p == null) {
            int c = community[i];
            int[] kept = new int[members[c].length - 1];
            int count = 0;
            for (int j : members[c]) {
                if (j != i) {
                    kept[count++] = j;
                }
            }
            p = profile(communities[c], kept, challenges, partners);
            cache[i] = p;
        }
        return p;
    }

    /**
     * The reasons explaining has built, per practice and per community (issue 13: building the
     * texts and the reasons' checks dominated the cost of an explained top k over a small catalog);
     * shared by the copies of {@link #withoutProfileOf}, since a reason depends only on its
     * practice or community, its value and its quote. Filled on demand, for at most
     * {@link #CACHED_EXPLANATIONS} practices and communities in all, so that explaining every
     * practice of a large catalog does not keep its reasons; past that, they are built each time.
     * With the hand-written {@link Recommendation}: JMH {@code topTenForEach10000Situations} over
     * the seed catalog 310 ms (quiet) → 72.5-84.6 ms (load 1.7-3.3), 32.5 KB → 5.3 KB a situation.
     */
    private final Reasons.PracticeReasons[] practiceReasons;
    private final Reasons.CommunityReasons[] communityReasons;
    private final AtomicInteger cachedExplanations;

    /** At most how many practices and communities keep the reasons built for them. */
    static final int CACHED_EXPLANATIONS = 4096;

    Reasons.PracticeReasons reasonsOf(int i) {
        Reasons.PracticeReasons r = practiceReasons[i];
        if (r == null) {
            r = new Reasons.PracticeReasons(practices[i]);
            if (keepsAnother()) {
                practiceReasons[i] = r;   // a race only builds the same reasons twice
            }
        }
        return r;
    }

    Reasons.CommunityReasons reasonsOfCommunity(int c) {
        Reasons.CommunityReasons r = communityReasons[c];
        if (r == null) {
            r = new Reasons.CommunityReasons(communities[c]);
            if (keepsAnother()) {
                communityReasons[c] = r;
            }
        }
        return r;
    }

    private boolean keepsAnother() {
        return cachedExplanations.get() < CACHED_EXPLANATIONS
                && cachedExplanations.incrementAndGet() <= CACHED_EXPLANATIONS;
    }

    int size() {
        return practices.length;
    }

    /** Returns the index of a practice number, or -1 when the catalog has no such practice. */
    int indexOf(int practiceNumber) {
        return practiceNumber >= 1 && practiceNumber <= practices.length ? practiceNumber - 1 : -1;
    }

    /** The profile of a community from its named members and the practices that make up its profile. */
    private static Profile profile(Community community, int[] members, long[] challenges, long[] partners) {
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
                challenges,
                partners);
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
