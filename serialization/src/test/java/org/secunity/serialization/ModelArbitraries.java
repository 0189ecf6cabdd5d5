package org.secunity.serialization;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.secunity.core.Actor;
import org.secunity.core.Attendance;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogSource;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.EventKind;
import org.secunity.core.Figure;
import org.secunity.core.Grounded;
import org.secunity.core.LegalForm;
import org.secunity.core.MemberCount;
import org.secunity.core.Membership;
import org.secunity.core.Organization;
import org.secunity.core.OrganizationKind;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartialDate;
import org.secunity.core.PartnerKind;
import org.secunity.core.Practice;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.core.Role;
import org.secunity.core.Sector;
import org.secunity.core.SourceDate;

/** jqwik generators for every core value, including texts that are awkward in JSON and YAML. */
final class ModelArbitraries {

    private ModelArbitraries() {}

    /** Non-blank texts: Japanese, ASCII, and strings YAML or JSON could misread. */
    static Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.of("yes", "no", "null", "~", "true", "1.0", "007", "2019-10-23",
                "13:30", "- item", "key: value", "# not a comment", "'quoted'", "\"double\"", "back\\slash",
                "line\nbreak", "tab\there", " leading space", "trailing space ", "&anchor", "*alias", "!tag",
                "%percent", "@at", "`tick`", "{brace}", "[bracket]", "😀 絵文字", "全角　空白", "\u00e9", "a/b／c");
        Arbitrary<String> japanese = Arbitraries.strings().withCharRange('\u3041', '\u3096')
                .withCharRange('\u4e00', '\u4fff').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        return Arbitraries.oneOf(tricky, japanese, ascii);
    }

    static Arbitrary<BilingualText> bilingualTexts() {
        return Combinators.combine(texts(), texts()).as(BilingualText::of);
    }

    static Arbitrary<CommunityId> communityIds() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> CommunityId.of(String.join("-", parts)));
    }

    static Arbitrary<PartialDate> partialDates() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 60_000)
                .map(n -> LocalDate.of(1900, 1, 1).plusDays(n));
        return Arbitraries.oneOf(
                days.map(d -> PartialDate.of(Year.of(d.getYear()))),
                days.map(d -> PartialDate.of(YearMonth.from(d))),
                days.map(PartialDate::of));
    }

    static Arbitrary<SourceDate> sourceDates() {
        return Combinators.combine(partialDates(), texts().optional(), Arbitraries.integers().between(0, 3))
                .as((date, text, span) -> {
                    SourceDate.Builder b = SourceDate.builder().date(date).sourceText(text);
                    if (span > 0) {
                        LocalDate end = date.earliestDay().plusYears(span);
                        b.until(PartialDate.of(YearMonth.from(end)));
                    }
                    return b.build();
                });
    }

    static Arbitrary<Organization> organizations() {
        return Combinators.combine(bilingualTexts(), texts().optional(), Arbitraries.of(OrganizationKind.class),
                        Arbitraries.of(Sector.class).optional())
                .as((name, acronym, kind, sector) -> Organization.builder().name(name).acronym(acronym).kind(kind)
                        .sector(sector).build());
    }

    static Arbitrary<Membership> memberships() {
        return Combinators.combine(organizations(), Arbitraries.subsetOf(Role.values()).ofMinSize(1).ofMaxSize(3),
                        bilingualTexts().optional())
                .as((org, roles, note) -> Membership.builder().organization(org).addAllRoles(roles).note(note).build());
    }

    static Arbitrary<MemberCount> memberCounts() {
        return Combinators.combine(bilingualTexts(), Arbitraries.of(Sector.class).optional(),
                        Arbitraries.integers().between(0, 500), texts(), Arbitraries.integers().between(0, 100).optional())
                .as((category, sector, count, text, special) -> {
                    MemberCount.Builder b = MemberCount.builder().category(category).sector(sector).count(count)
                            .sourceText(text);
                    special.filter(s -> s <= count).ifPresent(b::specialSupportMembers);
                    return b.build();
                });
    }

    static Arbitrary<EventCadence> cadences() {
        Arbitrary<String> rules = Arbitraries.of("FREQ=WEEKLY;BYDAY=MO", "FREQ=YEARLY;BYMONTH=7;BYDAY=2SA",
                "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYDAY=2WE", "BYDAY=MO;FREQ=WEEKLY;INTERVAL=2");
        return Combinators.combine(bilingualTexts(), rules.optional(), Arbitraries.integers().between(1, 52).optional(),
                        Arbitraries.integers().between(1, 20).optional())
                .as((text, rule, times, count) -> {
                    EventCadence.Builder b = EventCadence.builder().text(text);
                    rule.ifPresent(b::rrule);
                    times.ifPresent(b::timesPerYear);
                    count.ifPresent(b::count);
                    return b.build();
                });
    }

    static Arbitrary<Attendance> attendances() {
        return Combinators.combine(bilingualTexts(), Arbitraries.integers().between(0, 10_000), Arbitraries.of(true, false))
                .as(Attendance::of);
    }

    static Arbitrary<Event> events() {
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 60 - 2)
                .map(m -> LocalTime.of(m / 60, m % 60));
        return Combinators.combine(
                        Arbitraries.of(EventKind.class), bilingualTexts(), bilingualTexts().optional(),
                        sourceDates().list().ofMaxSize(2), times.optional(), cadences().optional(),
                        memberships().list().ofMaxSize(2), bilingualTexts().list().ofMaxSize(2))
                .as((kind, title, description, dates, start, cadence, hosts, talks) -> {
                    Event.Builder b = Event.builder().kind(kind).title(title).description(description).dates(dates)
                            .cadence(cadence).hosts(hosts).talks(talks);
                    start.ifPresent(s -> b.startTime(s).endTime(s.plusMinutes(1)));
                    return b;
                })
                .flatMap(b -> Combinators.combine(bilingualTexts().optional(), memberships().list().ofMaxSize(1),
                                attendances().list().ofMaxSize(2), bilingualTexts().optional())
                        .as((venue, speakers, attendance, outcome) -> Event.builder().from(b.build()).venue(venue)
                                .speakers(speakers).attendance(attendance).outcome(outcome).audience(venue).build()));
    }

    static Arbitrary<Actor> actors() {
        return Combinators.combine(Arbitraries.of(Role.class), bilingualTexts(), organizations().list().ofMaxSize(2))
                .as((role, name, orgs) -> Actor.builder().role(role).name(name).organizations(orgs).build());
    }

    static Arbitrary<Figure> figures() {
        return Combinators.combine(bilingualTexts().optional(), bilingualTexts().list().ofMinSize(1).ofMaxSize(3))
                .as((caption, items) -> Figure.builder().caption(caption).items(items).build());
    }

    static <E extends Enum<E> & org.secunity.core.Labelled> Arbitrary<List<Grounded<E>>> groundings(Class<E> type) {
        return Combinators.combine(Arbitraries.subsetOf(type.getEnumConstants()).ofMaxSize(4), texts().list().ofSize(4))
                .as((values, quotes) -> {
                    List<E> shuffled = new ArrayList<>(values);
                    java.util.Collections.shuffle(shuffled, new java.util.Random(quotes.hashCode()));
                    List<Grounded<E>> out = new ArrayList<>();
                    for (int i = 0; i < shuffled.size(); i++) {
                        out.add(Grounded.of(shuffled.get(i), quotes.get(i)));
                    }
                    return out;
                });
    }

    static Arbitrary<Practice> practices(int number, List<CommunityId> communities) {
        Arbitrary<java.util.Optional<CommunityId>> community = communities.isEmpty()
                ? Arbitraries.just(java.util.Optional.empty())
                : Arbitraries.of(communities).optional();
        return Combinators.combine(community, texts().optional(), bilingualTexts(), bilingualTexts(),
                        actors().list().ofMaxSize(2), bilingualTexts().list().ofMaxSize(3),
                        bilingualTexts().list().ofMaxSize(3), figures().optional())
                .as((c, label, title, purpose, actors, actions, effects, figure) -> Practice.builder().number(number)
                        .community(c).sourceLabel(label).title(title).purpose(purpose).actors(actors)
                        .actions(actions).effects(effects).figure(figure))
                .flatMap(b -> Combinators.combine(groundings(EffectTag.class), groundings(Challenge.class),
                                groundings(PartnerKind.class), groundings(CommunityStage.class),
                                groundings(OrganizerType.class))
                        .as((tags, challenges, partners, stages, types) -> Practice.builder().from(b.build())
                                .effectTagGroundings(tags).challengeGroundings(challenges).partnerGroundings(partners)
                                .stageGroundings(stages).organizerTypeGroundings(types).build()));
    }

    static Arbitrary<Practice> practices() {
        return Arbitraries.integers().between(1, 50)
                .flatMap(n -> practices(n, List.of(CommunityId.of("haisl"), CommunityId.of("sokansai-lt"))));
    }

    static Arbitrary<Community> communities(CommunityId id, List<CommunityId> others) {
        Arbitrary<Prefecture> prefectures = Arbitraries.of(Prefecture.class);
        Arbitrary<URI> urls = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(s -> URI.create("https://" + s + ".example.org/p?q=" + s + "#f"));
        Arbitrary<List<CommunityId>> partners = others.isEmpty()
                ? Arbitraries.just(List.of())
                : Arbitraries.subsetOf(others).map(List::copyOf);
        return Combinators.combine(bilingualTexts(), texts().optional(), prefectures.optional(), urls.optional(),
                        sourceDates().optional(), Arbitraries.of(LegalForm.class).optional(),
                        groundings(OrganizerType.class), partners)
                .as((name, acronym, prefecture, url, founded, legal, organizer, partnerIds) -> {
                    Region region = prefecture.map(Prefecture::region).orElse(Region.OKINAWA);
                    return Community.builder().id(id).name(name).acronym(acronym).region(region)
                            .prefecture(prefecture).url(url).founded(founded).legalForm(legal)
                            .organizerType(organizer.stream().findFirst()).partnerCommunities(partnerIds);
                })
                .flatMap(b -> Combinators.combine(bilingualTexts().optional(), bilingualTexts().optional(),
                                bilingualTexts().optional(), memberships().list().ofMaxSize(2),
                                memberCounts().list().ofMaxSize(2), events().list().ofMaxSize(2))
                        .as((purpose, policy, summary, members, composition, events) -> Community.builder()
                                .from(b.build()).purpose(purpose).policy(policy).membershipSummary(summary)
                                .activitySummary(summary).memberships(members).composition(composition)
                                .events(events).build()));
    }

    static Arbitrary<Community> communities() {
        return communityIds().flatMap(id -> communities(id, List.of()));
    }

    static Arbitrary<CatalogSource> catalogSources() {
        return Combinators.combine(bilingualTexts(), bilingualTexts(), bilingualTexts(),
                        Arbitraries.integers().between(0, 2000).map(n -> YearMonth.of(1990, 1).plusMonths(n)))
                .as((title, publisher, edition, published) -> CatalogSource.builder().title(title)
                        .publisher(publisher).edition(edition).published(published).build());
    }

    static Arbitrary<Catalog> catalogs() {
        return communityIds().set().ofMaxSize(3).flatMap(idSet -> {
            List<CommunityId> ids = List.copyOf(idSet);
            List<Arbitrary<Community>> communities = new ArrayList<>();
            for (CommunityId id : ids) {
                communities.add(communities(id, ids.stream().filter(o -> !o.equals(id)).toList()));
            }
            return Combinators.combine(Combinators.combine(communities).as(List::copyOf),
                            Arbitraries.integers().between(0, 3), catalogSources().optional())
                    .flatAs((cs, n, source) -> {
                        List<Arbitrary<Practice>> practices = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            practices.add(practices(i, ids));
                        }
                        return Combinators.combine(practices).as(ps -> Catalog.builder().source(source)
                                .communities(cs).practices(ps).build());
                    });
        });
    }
}
