package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.secunity.core.Actor;
import org.secunity.core.Attendance;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.CatalogSource;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.Event;
import org.secunity.core.EventCadence;
import org.secunity.core.Figure;
import org.secunity.core.Grounded;
import org.secunity.core.MemberCount;
import org.secunity.core.Membership;
import org.secunity.core.Organization;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartialDate;
import org.secunity.core.Practice;
import org.secunity.core.SourceDate;

/** {@code read(write(x))} equals {@code x} for every value type, in JSON and in YAML (STYLE 14). */
class RoundTripProperties {

    private static <T> void roundTrips(Class<T> type, T value) {
        String json = SecunityMapper.json().write(value);
        assertThat(SecunityMapper.json().read(type, json)).as(json).isEqualTo(value);
        String yaml = SecunityMapper.yaml().write(value);
        assertThat(SecunityMapper.yaml().read(type, yaml)).as(yaml).isEqualTo(value);
    }

    private static <T> void roundTrips(WireType<T> type, T value) {
        String json = SecunityMapper.json().write(type, value);
        assertThat(SecunityMapper.json().read(type, json)).as(json).isEqualTo(value);
        String yaml = SecunityMapper.yaml().write(type, value);
        assertThat(SecunityMapper.yaml().read(type, yaml)).as(yaml).isEqualTo(value);
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        return ModelArbitraries.catalogs();
    }

    @Property(tries = 150)
    void catalogs_round_trip(@ForAll("catalogs") Catalog catalog) {
        roundTrips(Catalog.class, catalog);
    }

    @Property(tries = 200)
    void communities_round_trip(@ForAll("communities") Community community) {
        roundTrips(Community.class, community);
    }

    @Provide
    Arbitrary<Community> communities() {
        return ModelArbitraries.communities();
    }

    @Property(tries = 200)
    void practices_round_trip_keeping_the_order_of_their_groundings(@ForAll("practices") Practice practice) {
        roundTrips(Practice.class, practice);
    }

    @Provide
    Arbitrary<Practice> practices() {
        return ModelArbitraries.practices();
    }

    @Property(tries = 200)
    void events_round_trip(@ForAll("events") Event event) {
        roundTrips(Event.class, event);
    }

    @Provide
    Arbitrary<Event> events() {
        return ModelArbitraries.events();
    }

    @Property(tries = 100)
    void small_values_round_trip(@ForAll("cadences") EventCadence cadence, @ForAll("organizations") Organization org,
            @ForAll("memberships") Membership membership, @ForAll("memberCounts") MemberCount count,
            @ForAll("sourceDates") SourceDate date, @ForAll("texts") BilingualText text,
            @ForAll("actors") Actor actor, @ForAll("attendances") Attendance attendance,
            @ForAll("figures") Figure figure, @ForAll("sources") CatalogSource source) {
        roundTrips(EventCadence.class, cadence);
        roundTrips(Organization.class, org);
        roundTrips(Membership.class, membership);
        roundTrips(MemberCount.class, count);
        roundTrips(SourceDate.class, date);
        roundTrips(BilingualText.class, text);
        roundTrips(Actor.class, actor);
        roundTrips(Attendance.class, attendance);
        roundTrips(Figure.class, figure);
        roundTrips(CatalogSource.class, source);
    }

    @Property(tries = 100)
    void scalars_grounded_values_and_lists_round_trip(@ForAll("partialDates") PartialDate date,
            @ForAll("communityIds") CommunityId id, @ForAll("challenges") List<Grounded<Challenge>> challenges,
            @ForAll("organizerTypes") List<Grounded<OrganizerType>> types, @ForAll("practiceLists") List<Practice> list) {
        roundTrips(PartialDate.class, date);
        roundTrips(CommunityId.class, id);
        for (Grounded<Challenge> g : challenges) {
            roundTrips(WireType.grounded(Challenge.class), g);
            assertThat(SecunityMapper.json().read(WireType.grounded(Challenge.class), SecunityMapper.json().write(g))).isEqualTo(g);
        }
        for (Grounded<OrganizerType> g : types) {
            roundTrips(WireType.grounded(OrganizerType.class), g);
        }
        roundTrips(WireType.listOf(WireType.PRACTICE), list);
    }

    @Provide
    Arbitrary<EventCadence> cadences() {
        return ModelArbitraries.cadences();
    }

    @Provide
    Arbitrary<Organization> organizations() {
        return ModelArbitraries.organizations();
    }

    @Provide
    Arbitrary<Membership> memberships() {
        return ModelArbitraries.memberships();
    }

    @Provide
    Arbitrary<MemberCount> memberCounts() {
        return ModelArbitraries.memberCounts();
    }

    @Provide
    Arbitrary<SourceDate> sourceDates() {
        return ModelArbitraries.sourceDates();
    }

    @Provide
    Arbitrary<BilingualText> texts() {
        return ModelArbitraries.bilingualTexts();
    }

    @Provide
    Arbitrary<Actor> actors() {
        return ModelArbitraries.actors();
    }

    @Provide
    Arbitrary<Attendance> attendances() {
        return ModelArbitraries.attendances();
    }

    @Provide
    Arbitrary<Figure> figures() {
        return ModelArbitraries.figures();
    }

    @Provide
    Arbitrary<CatalogSource> sources() {
        return ModelArbitraries.catalogSources();
    }

    @Provide
    Arbitrary<PartialDate> partialDates() {
        return ModelArbitraries.partialDates();
    }

    @Provide
    Arbitrary<CommunityId> communityIds() {
        return ModelArbitraries.communityIds();
    }

    @Provide
    Arbitrary<List<Grounded<Challenge>>> challenges() {
        return ModelArbitraries.groundings(Challenge.class);
    }

    @Provide
    Arbitrary<List<Grounded<OrganizerType>>> organizerTypes() {
        return ModelArbitraries.groundings(OrganizerType.class);
    }

    @Provide
    Arbitrary<List<Practice>> practiceLists() {
        return ModelArbitraries.practices().list().ofMaxSize(3);
    }

}
