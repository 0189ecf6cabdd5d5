package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
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
 * Generated catalogs and situations for the property tests. Vocabularies are drawn from small
 * subsets (a few challenges, regions and prefectures) so that practices share values, scores tie
 * often, and ties are broken by number.
 */
final class Generators {

    private Generators() {}

    static final List<Challenge> CHALLENGES = List.of(Challenge.STAFF_ROTATION, Challenge.LACK_OF_EXPERTISE,
            Challenge.SCHEDULING_CONFLICTS, Challenge.SALES_PITCH_CONCERN, Challenge.HOLLOW_NETWORK,
            Challenge.LOW_RETENTION);
    static final List<PartnerKind> PARTNERS = List.of(PartnerKind.UNIVERSITY, PartnerKind.IT_VENDOR,
            PartnerKind.POLICE, PartnerKind.PRIVACY_MARK_BODY);
    static final List<Prefecture> PREFECTURES = List.of(Prefecture.HOKKAIDO, Prefecture.KUMAMOTO,
            Prefecture.KAGOSHIMA, Prefecture.OSAKA);
    static final List<Region> REGIONS = List.of(Region.HOKKAIDO, Region.KYUSHU, Region.KINKI, Region.TOHOKU);

    /** A catalog with up to {@code maxPractices} practices and up to four communities. */
    static Arbitrary<Catalog> catalogs(int maxPractices) {
        Arbitrary<List<Community>> communities = communityParts().list().ofMaxSize(4).map(parts -> {
            List<Community> out = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                out.add(parts.get(i).build("c" + i));
            }
            return out;
        });
        return communities.flatMap(cs -> practiceParts(cs.size()).list().ofMaxSize(maxPractices).map(ps -> {
            Catalog.Builder b = Catalog.builder().addAllCommunities(cs);
            for (int i = 0; i < ps.size(); i++) {
                b.addPractices(ps.get(i).build(i + 1));
            }
            return b.build();
        }));
    }

    /**
     * A catalog of {@code n} practices over four communities, drawn from a fixed seed with the
     * same parts as {@link #catalogs}: large enough for the matcher's tabulated scoring path, with
     * the many ties of a small vocabulary.
     */
    static Catalog large(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        Catalog.Builder b = Catalog.builder();
        for (int i = 0; i < 4; i++) {
            b.addCommunities(communityParts().generator(100).next(random).value().build("c" + i));
        }
        var practices = practiceParts(4).generator(100);
        for (int i = 1; i <= n; i++) {
            b.addPractices(practices.next(random).value().build(i));
        }
        return b.build();
    }

    /** A situation whose adopted practices are in the catalog. */
    static Arbitrary<Situation> situationsFor(Catalog catalog) {
        int n = catalog.practices().size();
        Arbitrary<Set<Integer>> adopted = n == 0
                ? Arbitraries.just(Set.of())
                : Arbitraries.integers().between(1, n).set().ofMaxSize(Math.min(n, 4));
        return Combinators.combine(situationParts(), adopted)
                .as((parts, numbers) -> parts.addAllAdoptedPractices(numbers).build());
    }

    static Arbitrary<Situation.Builder> situationParts() {
        Arbitrary<Double> weights = Arbitraries.oneOf(
                Arbitraries.of(0.0, 0.25, 0.5, 1.0),
                Arbitraries.doubles().between(0.0, 1.0));
        return Combinators.combine(
                Arbitraries.of(CommunityStage.class).optional(),
                Arbitraries.of(OrganizerType.class).optional(),
                location(),
                Arbitraries.of(LegalForm.class).optional(),
                Arbitraries.maps(Arbitraries.of(EffectTag.class), weights).ofMaxSize(5),
                Arbitraries.of(CHALLENGES).set().ofMaxSize(4),
                Arbitraries.of(PARTNERS).set().ofMaxSize(3))
                .as((stage, type, loc, form, goals, challenges, partners) -> {
                    Situation.Builder b = Situation.builder()
                            .stage(stage)
                            .organizerType(type)
                            .legalForm(form)
                            .putAllGoals(goals)
                            .addAllChallenges(challenges)
                            .addAllPartners(partners);
                    loc.apply(b);
                    return b;
                });
    }

    /** A stated region, prefecture, both (consistent) or neither. */
    private static Arbitrary<Location> location() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Location(null, null)),
                Arbitraries.of(REGIONS).map(r -> new Location(r, null)),
                Arbitraries.of(PREFECTURES).map(p -> new Location(null, p)),
                Arbitraries.of(PREFECTURES).map(p -> new Location(p.region(), p)));
    }

    private record Location(@org.jspecify.annotations.Nullable Region region,
            @org.jspecify.annotations.Nullable Prefecture prefecture) {
        void apply(Situation.Builder b) {
            if (region != null) {
                b.region(region);
            }
            if (prefecture != null) {
                b.prefecture(prefecture);
            }
        }
    }

    private record CommunityParts(Location location, java.util.Optional<OrganizerType> type,
            java.util.Optional<LegalForm> form, List<OrganizationKind> members) {
        Community build(String id) {
            Region region = location.region != null ? location.region
                    : location.prefecture != null ? location.prefecture.region() : Region.KANTO;
            Community.Builder b = Community.builder()
                    .id(CommunityId.of(id))
                    .name(BilingualText.of(id + "の会", id + " group"))
                    .region(region)
                    .prefecture(java.util.Optional.ofNullable(location.prefecture))
                    .legalForm(form);
            type.ifPresent(t -> b.organizerType(Grounded.of(t, "事務局は" + t.ja())));
            for (OrganizationKind kind : members) {
                b.addMemberships(Membership.of(Organization.of(BilingualText.of(kind.ja(), kind.en()), kind),
                        Role.MEMBER));
            }
            return b.build();
        }
    }

    private static Arbitrary<CommunityParts> communityParts() {
        return Combinators.combine(
                location(),
                Arbitraries.of(OrganizerType.class).optional(),
                Arbitraries.of(LegalForm.class).optional(),
                Arbitraries.of(OrganizationKind.class).list().ofMaxSize(2))
                .as(CommunityParts::new);
    }

    private record PracticeParts(int community, Set<EffectTag> tags, Set<Challenge> challenges,
            Set<PartnerKind> partners, Set<CommunityStage> stages, Set<OrganizerType> types) {
        Practice build(int number) {
            Practice.Builder b = Practice.builder()
                    .number(number)
                    .title(BilingualText.of("題" + number, "title " + number))
                    .purpose(BilingualText.of("目的" + number, "purpose " + number));
            if (community >= 0) {
                b.community(CommunityId.of("c" + community));
            }
            tags.forEach(t -> b.addEffectTag(t, "効果" + number));
            challenges.forEach(c -> b.addChallenge(c, "課題" + number));
            partners.forEach(p -> b.addPartner(p, "連携" + number));
            stages.forEach(s -> b.addStage(s, "段階" + number));
            types.forEach(t -> b.addOrganizerType(t, "事務局" + number));
            return b.build();
        }
    }

    private static Arbitrary<PracticeParts> practiceParts(int communities) {
        return Combinators.combine(
                Arbitraries.integers().between(-1, communities - 1),
                Arbitraries.of(EffectTag.class).set().ofMaxSize(5),
                Arbitraries.of(CHALLENGES).set().ofMaxSize(3),
                Arbitraries.of(PARTNERS).set().ofMaxSize(2),
                Arbitraries.of(CommunityStage.class).set().ofMaxSize(2),
                Arbitraries.of(OrganizerType.class).set().ofMaxSize(2))
                .as(PracticeParts::new);
    }
}
