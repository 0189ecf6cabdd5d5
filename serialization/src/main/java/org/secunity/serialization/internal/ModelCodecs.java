package org.secunity.serialization.internal;

import java.net.URI;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
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
import org.secunity.core.Labelled;
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
import org.secunity.recurrence.Frequency;
import org.secunity.recurrence.RecurrenceRule;
import org.secunity.serialization.internal.ObjectCodec.Decoded;
import org.secunity.serialization.internal.ObjectCodec.Field;

/**
 * The wire form of every core value, as {@code docs/catalog-format.md} defines it (schema version 1).
 *
 * <p>Field names are camelCase, enum values their stable IDs, dates ISO-8601, rules RRULE text.
 * Optional values are left out when absent; lists are always written (possibly empty) and read
 * as empty when left out; a practice's {@code community} is written as {@code null} when it has
 * none. A practice's curated values are written as ID arrays in the model's order, with one quote
 * per value in its {@code groundings} object.
 */
public final class ModelCodecs {

    private ModelCodecs() {}

    // ---- scalars

    /** A community ID. */
    public static final Codec<CommunityId> COMMUNITY_ID = Codecs.text(
            "a community ID (lower-case letters, digits and single hyphens, starting with a letter)",
            "communityId", "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", null, CommunityId::of, CommunityId::value);

    /** A date known to the year, month or day. */
    public static final Codec<PartialDate> PARTIAL_DATE = Codecs.text(
            "a date (yyyy, yyyy-MM or yyyy-MM-dd)", "partialDate", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", null,
            PartialDate::parse, PartialDate::toString);

    /** A year and month. */
    public static final Codec<YearMonth> YEAR_MONTH = Codecs.text(
            "a year and month (yyyy-MM)", "yearMonth", "^[0-9]{4}-[0-9]{2}$", null,
            text -> {
                if (!text.matches("[0-9]{4}-[0-9]{2}")) {
                    throw new SecunityException("expected yyyy-MM");
                }
                return YearMonth.parse(text);
            },
            YearMonth::toString);

    /** A local time of day. */
    public static final Codec<LocalTime> LOCAL_TIME = Codecs.text(
            "a local time (HH:mm or HH:mm:ss)", "localTime",
            "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$", null,
            text -> {
                if (!text.matches("[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?")) {
                    throw new SecunityException("expected HH:mm or HH:mm:ss");
                }
                return LocalTime.parse(text);
            },
            LocalTime::toString);

    /**
     * A web address: an absolute http or https URI, so that a link built from a document can never run
     * script ({@code javascript:}) or open something else ({@code file:}, {@code data:}).
     */
    public static final Codec<URI> URL = Codecs.text(
            "an http or https URL", "url", "^[Hh][Tt][Tt][Pp][Ss]?://", "uri",
            text -> {
                URI uri = URI.create(text);
                if (!uri.isAbsolute()) {
                    throw new SecunityException("the URI has no scheme");
                }
                String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    throw new SecunityException("the scheme must be http or https, but was "
                            + Paths.excerpt(uri.getScheme()));
                }
                if (uri.getHost() == null) {
                    throw new SecunityException("the URL has no host");
                }
                return uri;
            },
            URI::toString);

    /**
     * An RFC 5545 RRULE value, read by {@link RecurrenceRule#parse}: a rule the engine rejects is a
     * violation at its JSON path, with the parser's message (part and index). The text is kept as
     * written, so that a document reads back unchanged.
     */
    public static final Codec<String> RRULE_TEXT = Codecs.text(
            "an RRULE value (NAME=VALUE parts separated by ';', with FREQ)", "rrule",
            "^(?=(.*;)?FREQ=)[A-Z-]+=[^;=\\s]+(;[A-Z-]+=[^;=\\s]+)*$", null,
            text -> {
                RecurrenceRule.parse(text);
                return text;
            },
            Function.identity());

    // ---- small values

    /** A Japanese and English text. */
    public static final ObjectCodec<BilingualText> TEXT;

    static {
        ObjectCodec.Builder<BilingualText> b = ObjectCodec.builder("text",
                "A text in Japanese and English; both non-blank");
        Field<BilingualText, String> ja = b.required("ja", Codecs.NON_BLANK, BilingualText::ja,
                "The Japanese text, as the source prints it");
        Field<BilingualText, String> en = b.required("en", Codecs.NON_BLANK, BilingualText::en,
                "The English text, a faithful translation");
        TEXT = b.build(d -> BilingualText.of(d.get(ja), d.get(en)));
    }

    /** A date with the source's wording, or a span of dates. */
    public static final ObjectCodec<SourceDate> SOURCE_DATE;

    static {
        ObjectCodec.Builder<SourceDate> b = ObjectCodec.builder("sourceDate",
                "A Gregorian date (yyyy, yyyy-MM or yyyy-MM-dd), or a span to until, with the source's wording");
        Field<SourceDate, PartialDate> date = b.required("date", PARTIAL_DATE, SourceDate::date,
                "The Gregorian date (the first of a span), as precise as the source gives it");
        Field<SourceDate, PartialDate> until = b.optional("until", PARTIAL_DATE, SourceDate::until,
                "The last date of a span such as 2020年8~9月, after date");
        Field<SourceDate, String> text = b.optional("sourceText", Codecs.NON_BLANK, SourceDate::sourceText,
                "The date as the source words it, such as 平成26年9月");
        SOURCE_DATE = b.build(d -> SourceDate.builder().date(d.get(date)).until(d.optional(until))
                .sourceText(d.optional(text)).build());
    }

    /** The publication a catalog is drawn from. */
    public static final ObjectCodec<CatalogSource> CATALOG_SOURCE;

    static {
        ObjectCodec.Builder<CatalogSource> b = ObjectCodec.builder("catalogSource",
                "The publication a catalog is drawn from");
        Field<CatalogSource, BilingualText> title = b.required("title", TEXT, CatalogSource::title,
                "The publication's title");
        Field<CatalogSource, BilingualText> publisher = b.required("publisher", TEXT, CatalogSource::publisher,
                "The publisher");
        Field<CatalogSource, BilingualText> edition = b.required("edition", TEXT, CatalogSource::edition,
                "The edition");
        Field<CatalogSource, YearMonth> published = b.required("published", YEAR_MONTH, CatalogSource::published,
                "When it was published (yyyy-MM)");
        CATALOG_SOURCE = b.build(d -> CatalogSource.builder().title(d.get(title)).publisher(d.get(publisher))
                .edition(d.get(edition)).published(d.get(published)).build());
    }

    /** An organization. */
    public static final ObjectCodec<Organization> ORGANIZATION;

    static {
        ObjectCodec.Builder<Organization> b = ObjectCodec.builder("organization",
                "An organization named in the source");
        Field<Organization, BilingualText> name = b.required("name", TEXT, Organization::name, "The name");
        Field<Organization, String> acronym = b.optional("acronym", Codecs.NON_BLANK, Organization::acronym,
                "The acronym as printed");
        Field<Organization, OrganizationKind> kind = b.required("kind", Codecs.enumeration(OrganizationKind.class),
                Organization::kind, "What kind of body it is");
        Field<Organization, Sector> sector = b.optional("sector", Codecs.enumeration(Sector.class),
                Organization::sector, "Its sector (産学官個)");
        ORGANIZATION = b.build(d -> {
            Organization.Builder o = Organization.builder().name(d.get(name)).kind(d.get(kind));
            d.optional(acronym).ifPresent(o::acronym);
            d.optional(sector).ifPresent(o::sector);
            return o.build();
        });
    }

    /** An organization's part in a community or event. */
    public static final ObjectCodec<Membership> MEMBERSHIP;

    static {
        ObjectCodec.Builder<Membership> b = ObjectCodec.builder("membership",
                "An organization's part in a community or an event, with its roles");
        Field<Membership, Organization> organization = b.required("organization", ORGANIZATION,
                Membership::organization, "The organization");
        Field<Membership, List<Role>> roles = b.required("roles",
                Codecs.list(Codecs.enumeration(Role.class), true, 1), m -> List.copyOf(m.roles()),
                "Its roles, at least one");
        Field<Membership, BilingualText> note = b.optional("note", TEXT, Membership::note,
                "Its duties as the source states them");
        MEMBERSHIP = b.build(d -> {
            Membership.Builder m = Membership.builder().organization(d.get(organization)).addAllRoles(d.get(roles));
            d.optional(note).ifPresent(m::note);
            return m.build();
        });
    }

    /** A counted row of a community's member composition. */
    public static final ObjectCodec<MemberCount> MEMBER_COUNT;

    static {
        ObjectCodec.Builder<MemberCount> b = ObjectCodec.builder("memberCount",
                "One row of a community's member composition, as the source counts it");
        Field<MemberCount, BilingualText> category = b.required("category", TEXT, MemberCount::category,
                "What is counted");
        Field<MemberCount, Sector> sector = b.optional("sector", Codecs.enumeration(Sector.class),
                MemberCount::sector, "The sector of the row");
        Field<MemberCount, Integer> count = b.required("count", Codecs.integer(0, Integer.MAX_VALUE),
                MemberCount::count, "The number of members");
        Field<MemberCount, String> sourceText = b.required("sourceText", Codecs.NON_BLANK,
                MemberCount::sourceText, "The figure exactly as printed");
        Field<MemberCount, Integer> special = b.optional("specialSupportMembers",
                Codecs.integer(0, Integer.MAX_VALUE), m -> boxed(m.specialSupportMembers()),
                "How many of them are special support members (特別支援構成員)");
        MEMBER_COUNT = b.build(d -> {
            MemberCount.Builder m = MemberCount.builder().category(d.get(category)).count(d.get(count))
                    .sourceText(d.get(sourceText));
            d.optional(sector).ifPresent(m::sector);
            d.optional(special).ifPresent(m::specialSupportMembers);
            return m.build();
        });
    }

    /** The cadence of a recurring event. */
    public static final ObjectCodec<EventCadence> EVENT_CADENCE;

    static {
        ObjectCodec.Builder<EventCadence> b = ObjectCodec.builder("eventCadence",
                "How often an event recurs, as the source words it");
        Field<EventCadence, BilingualText> text = b.required("text", TEXT, EventCadence::text,
                "The cadence as the source words it");
        Field<EventCadence, String> rrule = b.optional("rrule", RRULE_TEXT, EventCadence::rrule,
                "An RFC 5545 RRULE value, only where the source fixes the dates");
        Field<EventCadence, Integer> times = b.optional("timesPerYear", Codecs.integer(1, Integer.MAX_VALUE),
                c -> boxed(c.timesPerYear()), "The expected number per year when the dates are not fixed");
        Field<EventCadence, Integer> count = b.optional("count", Codecs.integer(1, Integer.MAX_VALUE),
                c -> boxed(c.count()), "The total number of sessions, where the source states it (全8回)");
        EVENT_CADENCE = b.build(d -> {
            Optional<Frequency> frequency = d.optional(rrule).flatMap(ModelCodecs::frequency);
            if (frequency.filter(Frequency::isSubDaily).isPresent()) {
                // a catalog refuses what schedule and the calendar exports refuse (issue 11)
                d.fail("rrule", "an event cadence repeats daily at most, but FREQ=" + frequency.get()
                        + " repeats within a day (schedules and calendar exports refuse it)");
                return null;
            }
            EventCadence.Builder c = EventCadence.builder().text(d.get(text));
            d.optional(rrule).ifPresent(c::rrule);
            d.optional(times).ifPresent(c::timesPerYear);
            d.optional(count).ifPresent(c::count);
            return c.build();
        });
    }

    /** The frequency of an RRULE value, or empty when it does not parse (the model reports why). */
    private static Optional<Frequency> frequency(String rrule) {
        try {
            return Optional.of(RecurrenceRule.parse(rrule).frequency());
        } catch (SecunityException e) {
            return Optional.empty();
        }
    }

    /** A participant figure. */
    public static final ObjectCodec<Attendance> ATTENDANCE;

    static {
        ObjectCodec.Builder<Attendance> b = ObjectCodec.builder("attendance",
                "A participant figure the source gives for an event");
        Field<Attendance, BilingualText> what = b.required("what", TEXT, Attendance::what, "What was counted");
        Field<Attendance, Integer> count = b.required("count", Codecs.integer(0, Integer.MAX_VALUE),
                Attendance::count, "The figure");
        Field<Attendance, Boolean> approximate = b.defaulted("approximate", Codecs.BOOLEAN, false,
                Attendance::approximate, "Whether the source gives it as approximate (約); false when left out");
        ATTENDANCE = b.build(d -> Attendance.of(d.get(what), d.get(count), d.get(approximate)));
    }

    /** An event. */
    public static final ObjectCodec<Event> EVENT;

    static {
        ObjectCodec.Builder<Event> b = ObjectCodec.builder("event", "An event a community runs or took part in");
        Field<Event, EventKind> kind = b.required("kind", Codecs.enumeration(EventKind.class), Event::kind,
                "What kind of event it is");
        Field<Event, BilingualText> title = b.required("title", TEXT, Event::title, "The title");
        Field<Event, BilingualText> description = b.optional("description", TEXT, Event::description,
                "The description");
        Field<Event, BilingualText> audience = b.optional("audience", TEXT, Event::audience, "Whom it is for");
        Field<Event, List<SourceDate>> dates = b.list("dates", Codecs.list(SOURCE_DATE, false, 0), Event::dates,
                "The dates on which it was held, as precise as the source gives them");
        Field<Event, LocalTime> start = b.optional("startTime", LOCAL_TIME, Event::startTime,
                "The local start time");
        Field<Event, LocalTime> end = b.optional("endTime", LOCAL_TIME, Event::endTime, "The local end time");
        Field<Event, BilingualText> venue = b.optional("venue", TEXT, Event::venue, "The venue");
        Field<Event, EventCadence> cadence = b.optional("cadence", EVENT_CADENCE, Event::cadence,
                "The cadence of a recurring event");
        Field<Event, List<Membership>> hosts = b.list("hosts", Codecs.list(MEMBERSHIP, false, 0), Event::hosts,
                "The hosts and their parts (主催, 共催, 後援, 協力)");
        Field<Event, List<Membership>> speakers = b.optional("speakers", Codecs.list(MEMBERSHIP, false, 0),
                e -> nonEmpty(e.speakers()),
                "The lecturers' organizations (role LECTURER), the note naming the person and the talk; left out when none");
        Field<Event, List<BilingualText>> talks = b.list("talks", Codecs.list(TEXT, false, 0), Event::talks,
                "The themes of the talks or lectures, in order");
        Field<Event, List<Attendance>> attendance = b.list("attendance", Codecs.list(ATTENDANCE, false, 0),
                Event::attendance, "The participant figures");
        Field<Event, BilingualText> outcome = b.optional("outcome", TEXT, Event::outcome,
                "The results or feedback the source reports");
        EVENT = b.build(d -> {
            Event.Builder e = Event.builder().kind(d.get(kind)).title(d.get(title))
                    .dates(d.get(dates)).hosts(d.get(hosts)).speakers(d.optional(speakers).orElse(List.of()))
                    .talks(d.get(talks)).attendance(d.get(attendance)).outcome(d.optional(outcome));
            d.optional(description).ifPresent(e::description);
            d.optional(audience).ifPresent(e::audience);
            d.optional(start).ifPresent(e::startTime);
            d.optional(end).ifPresent(e::endTime);
            d.optional(venue).ifPresent(e::venue);
            d.optional(cadence).ifPresent(e::cadence);
            return e.build();
        });
    }

    /**
     * Returns the codec of a grounded value: {@code {"value": ID, "quote": "…"}}.
     *
     * @param <E> the vocabulary enum
     * @param type the enum's class
     * @return the codec
     */
    public static <E extends Enum<E> & Labelled> ObjectCodec<Grounded<E>> grounded(Class<E> type) {
        ObjectCodec.Builder<Grounded<E>> b = ObjectCodec.builder("grounded" + type.getSimpleName(),
                "A curated " + type.getSimpleName() + " with the source sentence that grounds it");
        Field<Grounded<E>, E> value = b.required("value", Codecs.enumeration(type), Grounded::value,
                "The curated value");
        Field<Grounded<E>, String> quote = b.required("quote", Codecs.NON_BLANK, Grounded::quote,
                "The source sentence that grounds it, verbatim but for whitespace and markup");
        return b.build(d -> Grounded.of(d.get(value), d.get(quote)));
    }

    /** Who carries out a practice. */
    public static final ObjectCodec<Actor> ACTOR;

    static {
        ObjectCodec.Builder<Actor> b = ObjectCodec.builder("actor", "Who carries out a practice (実施主体)");
        Field<Actor, Role> role = b.required("role", Codecs.enumeration(Role.class), Actor::role, "The role");
        Field<Actor, BilingualText> name = b.required("name", TEXT, Actor::name, "The actor as the source describes it");
        Field<Actor, List<Organization>> organizations = b.list("organizations",
                Codecs.list(ORGANIZATION, false, 0), Actor::organizations, "The organizations the source names");
        ACTOR = b.build(d -> Actor.builder().role(d.get(role)).name(d.get(name))
                .organizations(d.get(organizations)).build());
    }

    /** A community. */
    public static final ObjectCodec<Community> COMMUNITY;

    static {
        ObjectCodec.Builder<Community> b = ObjectCodec.builder("community", "A regional security community");
        Field<Community, CommunityId> id = b.required("id", COMMUNITY_ID, Community::id, "The stable ID, unique");
        Field<Community, BilingualText> name = b.required("name", TEXT, Community::name, "The name");
        Field<Community, String> acronym = b.optional("acronym", Codecs.NON_BLANK, Community::acronym,
                "The acronym as printed");
        Field<Community, String> englishShortName = b.optional("englishShortName", Codecs.NON_BLANK,
                Community::englishShortName,
                "The English short name, a translation of the acronym (not quoted from the source), in Latin script");
        Field<Community, Region> region = b.required("region", Codecs.enumeration(Region.class), Community::region,
                "The region (METI regional bureau)");
        Field<Community, Prefecture> prefecture = b.optional("prefecture", Codecs.enumeration(Prefecture.class),
                Community::prefecture, "The prefecture, for a community that is one prefecture's");
        Field<Community, URI> url = b.optional("url", URL, Community::url, "The web address the source gives");
        Field<Community, SourceDate> founded = b.optional("founded", SOURCE_DATE, Community::founded,
                "When it was founded");
        Field<Community, LegalForm> legalForm = b.optional("legalForm", Codecs.enumeration(LegalForm.class),
                Community::legalForm, "The legal form of its body");
        Field<Community, Grounded<OrganizerType>> organizerType = b.optional("organizerType",
                grounded(OrganizerType.class), Community::organizerType,
                "Who runs the secretariat, with the source sentence that grounds it");
        Field<Community, BilingualText> purpose = b.optional("purpose", TEXT, Community::purpose,
                "The purpose and background (設立の経緯・狙い)");
        Field<Community, BilingualText> policy = b.optional("policy", TEXT, Community::policy, "The policy (取組方針)");
        Field<Community, BilingualText> summary = b.optional("membershipSummary", TEXT,
                Community::membershipSummary, "The source's one-line summary of the membership");
        Field<Community, BilingualText> activities = b.optional("activitySummary", TEXT, Community::activitySummary,
                "The lead text of the activity overview (取組・イベント開催概要) that is not one event");
        Field<Community, List<Membership>> memberships = b.list("memberships", Codecs.list(MEMBERSHIP, false, 0),
                Community::memberships, "The named organizations and their roles");
        Field<Community, List<MemberCount>> composition = b.list("composition",
                Codecs.list(MEMBER_COUNT, false, 0), Community::composition,
                "The member composition as the source counts it");
        Field<Community, List<CommunityId>> partners = b.optional("partnerCommunities",
                Codecs.list(COMMUNITY_ID, true, 0), c -> nonEmpty(c.partnerCommunities()),
                "Other catalog communities it works with; left out when none");
        Field<Community, List<Event>> events = b.list("events", Codecs.list(EVENT, false, 0), Community::events,
                "The community's events");
        COMMUNITY = b.build(d -> {
            Community.Builder c = Community.builder().id(d.get(id)).name(d.get(name)).region(d.get(region))
                    .memberships(d.get(memberships)).composition(d.get(composition))
                    .partnerCommunities(d.optional(partners).orElse(List.of())).events(d.get(events))
                    .activitySummary(d.optional(activities));
            d.optional(acronym).ifPresent(c::acronym);
            d.optional(englishShortName).ifPresent(c::englishShortName);
            d.optional(prefecture).ifPresent(c::prefecture);
            d.optional(url).ifPresent(c::url);
            d.optional(founded).ifPresent(c::founded);
            d.optional(legalForm).ifPresent(c::legalForm);
            d.optional(organizerType).ifPresent(c::organizerType);
            d.optional(purpose).ifPresent(c::purpose);
            d.optional(policy).ifPresent(c::policy);
            d.optional(summary).ifPresent(c::membershipSummary);
            return c.build();
        });
    }

    /** The text of a practice page's figure. */
    public static final ObjectCodec<Figure> FIGURE;

    static {
        ObjectCodec.Builder<Figure> b = ObjectCodec.builder("figure",
                "The text of a practice page's figure, where it says more than the page's body");
        Field<Figure, BilingualText> caption = b.optional("caption", TEXT, Figure::caption, "The caption");
        Field<Figure, List<BilingualText>> items = b.required("items", Codecs.list(TEXT, false, 1), Figure::items,
                "The items, in printed order; at least one");
        FIGURE = b.build(d -> Figure.builder().caption(d.optional(caption)).items(d.get(items)).build());
    }

    // ---- practices

    /** The five kinds of curated value of a practice, each with its wire name. */
    private enum Curated {
        EFFECT_TAGS("effectTags", EffectTag.class, "effectTagGroundings"),
        CHALLENGES("challenges", Challenge.class, "challengeGroundings"),
        PARTNERS("partners", PartnerKind.class, "partnerGroundings"),
        STAGES("stages", CommunityStage.class, "stageGroundings"),
        ORGANIZER_TYPES("organizerTypes", OrganizerType.class, "organizerTypeGroundings");

        final String wire;
        final Class<? extends Labelled> type;
        final String model;

        Curated(String wire, Class<? extends Labelled> type, String model) {
            this.wire = wire;
            this.type = type;
            this.model = model;
        }
    }

    /** The quotes of a practice's curated values, per kind, in the order of its ID arrays. */
    private record Groundings(Map<Curated, Map<Labelled, String>> quotes) {}

    private static final ObjectCodec<Groundings> GROUNDINGS;
    private static final Map<Curated, Field<Groundings, Map<Labelled, String>>> GROUNDING_FIELDS = new HashMap<>();

    static {
        ObjectCodec.Builder<Groundings> b = ObjectCodec.builder("groundings",
                "One source quote per curated value of the practice, no more, no less, by kind and ID");
        for (Curated kind : Curated.values()) {
            GROUNDING_FIELDS.put(kind, b.defaulted(kind.wire, quoteMapOf(kind), Map.of(),
                    g -> g.quotes().getOrDefault(kind, Map.of()),
                    "The quote that grounds each value of " + kind.wire));
        }
        GROUNDINGS = b.build(d -> {
            Map<Curated, Map<Labelled, String>> quotes = new LinkedHashMap<>();
            for (Curated kind : Curated.values()) {
                quotes.put(kind, d.get(GROUNDING_FIELDS.get(kind)));
            }
            return new Groundings(quotes);
        });
    }

    /** The quotes of one kind of curated value, by ID: {@code {"STAFF_ROTATION": "…"}}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<Map<Labelled, String>> quoteMapOf(Curated kind) {
        return Codecs.enumMap((Class) kind.type, Codecs.NON_BLANK,
                "an object of quotes by " + kind.type.getSimpleName() + " ID");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Codec<List<Labelled>> idListOf(Curated kind) {
        return Codecs.list(Codecs.enumeration((Class) kind.type), true, 0);
    }

    private static List<? extends Grounded<?>> groundingsOf(Practice p, Curated kind) {
        return switch (kind) {
            case EFFECT_TAGS -> p.effectTagGroundings();
            case CHALLENGES -> p.challengeGroundings();
            case PARTNERS -> p.partnerGroundings();
            case STAGES -> p.stageGroundings();
            case ORGANIZER_TYPES -> p.organizerTypeGroundings();
        };
    }

    /** A practice. */
    public static final ObjectCodec<Practice> PRACTICE;

    static {
        ObjectCodec.Builder<Practice> b = ObjectCodec.builder("practice",
                "A numbered practice of the source, with its curated, grounded links");
        Field<Practice, Integer> number = b.required("number", Codecs.integer(1, Integer.MAX_VALUE),
                Practice::number, "The number, 1..n as in the source, unique");
        Field<Practice, CommunityId> community = b.nullable("community", COMMUNITY_ID, Practice::community,
                "The community whose practice it is, or null for none");
        Field<Practice, String> sourceLabel = b.optional("sourceLabel", Codecs.NON_BLANK, Practice::sourceLabel,
                "The heading as the source's text extraction prints it");
        Field<Practice, BilingualText> title = b.required("title", TEXT, Practice::title, "The title");
        Field<Practice, BilingualText> purpose = b.required("purpose", TEXT, Practice::purpose, "The purpose (目的)");
        Field<Practice, List<Actor>> actors = b.list("actors", Codecs.list(ACTOR, false, 0), Practice::actors,
                "Who carries it out (実施主体)");
        Field<Practice, List<BilingualText>> actions = b.list("actions", Codecs.list(TEXT, false, 0),
                Practice::actions, "What is done (実施内容), one per bullet");
        Field<Practice, List<BilingualText>> effects = b.list("effects", Codecs.list(TEXT, false, 0),
                Practice::effects, "The effects (効果), one per bullet");
        Field<Practice, Figure> figure = b.optional("figure", FIGURE, Practice::figure,
                "The text of the page's figure that the body does not already say");
        Map<Curated, Field<Practice, List<Labelled>>> idFields = new LinkedHashMap<>();
        for (Curated kind : Curated.values()) {
            idFields.put(kind, b.list(kind.wire, idListOf(kind),
                    p -> groundingsOf(p, kind).stream().map(g -> (Labelled) g.value()).toList(),
                    "The curated " + kind.type.getSimpleName() + " IDs, each grounded in groundings." + kind.wire));
            b.alias(kind.model, kind.wire);
        }
        Field<Practice, Groundings> groundings = b.defaulted("groundings", GROUNDINGS,
                new Groundings(Map.of()), ModelCodecs::groundingsOf, "The source quote behind each curated value");
        PRACTICE = b.build(d -> {
            Practice.Builder p = Practice.builder().number(d.get(number)).title(d.get(title))
                    .purpose(d.get(purpose)).actors(d.get(actors)).actions(d.get(actions)).effects(d.get(effects));
            d.optional(community).ifPresent(p::community);
            d.optional(sourceLabel).ifPresent(p::sourceLabel);
            d.optional(figure).ifPresent(p::figure);
            Groundings quotes = d.get(groundings);
            boolean ok = true;
            for (Curated kind : Curated.values()) {
                ok &= ground(p, kind, d.get(idFields.get(kind)), quotes.quotes().getOrDefault(kind, Map.of()), d);
            }
            return ok ? p.build() : null;
        });
    }

    private static Groundings groundingsOf(Practice p) {
        Map<Curated, Map<Labelled, String>> quotes = new LinkedHashMap<>();
        for (Curated kind : Curated.values()) {
            Map<Labelled, String> map = new LinkedHashMap<>();
            for (Grounded<?> g : groundingsOf(p, kind)) {
                map.put(g.value(), g.quote());
            }
            quotes.put(kind, map);
        }
        return new Groundings(quotes);
    }

    /** Pairs each curated ID with its quote; reports IDs without a quote and quotes without an ID. */
    private static boolean ground(Practice.Builder p, Curated kind, List<Labelled> ids, Map<Labelled, String> quotes,
            Decoded<Practice> d) {
        boolean ok = true;
        for (int i = 0; i < ids.size(); i++) {
            Labelled id = ids.get(i);
            String quote = quotes.get(id);
            if (quote == null) {
                d.fail(kind.wire + "[" + i + "]", "no quote for " + id.id() + " in groundings." + kind.wire
                        + "; every curated value needs the source sentence that grounds it");
                ok = false;
                continue;
            }
            add(p, kind, id, quote);
        }
        Set<Labelled> listed = new HashSet<>(ids);
        for (Labelled quoted : quotes.keySet()) {
            if (!listed.contains(quoted)) {
                d.fail("groundings." + kind.wire + "." + quoted.id(), "a quote for " + quoted.id()
                        + ", which is not in " + kind.wire + " " + ids.stream().map(Labelled::id).toList());
                ok = false;
            }
        }
        return ok;
    }

    private static Practice.Builder add(Practice.Builder p, Curated kind, Labelled id, String quote) {
        return switch (kind) {
            case EFFECT_TAGS -> p.addEffectTag((EffectTag) id, quote);
            case CHALLENGES -> p.addChallenge((Challenge) id, quote);
            case PARTNERS -> p.addPartner((PartnerKind) id, quote);
            case STAGES -> p.addStage((CommunityStage) id, quote);
            case ORGANIZER_TYPES -> p.addOrganizerType((OrganizerType) id, quote);
        };
    }

    // ---- catalog

    /** The catalog document, in the current version of {@link SchemaVersions#CATALOG}. */
    public static final ObjectCodec<Catalog> CATALOG;

    static {
        ObjectCodec.Builder<Catalog> b = ObjectCodec.builder("catalog",
                "A Secunity catalog document: communities and practices");
        b.required("schemaVersion", SchemaVersions.CATALOG.codec(), c -> SchemaVersions.CATALOG.current(),
                "The version of the document format; readers accept this and earlier versions");
        Field<Catalog, CatalogSource> source = b.optional("source", CATALOG_SOURCE, Catalog::source,
                "What the catalog is drawn from");
        Field<Catalog, List<Community>> communities = b.list("communities", Codecs.list(COMMUNITY, false, 0),
                Catalog::communities, "The communities, in the source's order");
        Field<Catalog, List<Practice>> practices = b.list("practices", Codecs.list(PRACTICE, false, 0),
                Catalog::practices, "The practices, numbered 1..n, in order");
        b.validate(ModelCodecs::crossCheck);
        CATALOG = b.build(d -> {
            Catalog.Builder c = Catalog.builder().communities(d.get(communities)).practices(d.get(practices));
            d.optional(source).ifPresent(c::source);
            return c.build();
        });
    }

    /**
     * The catalog's document-wide rules, checked on the raw tree so that they are reported even
     * when some entries failed to decode: unique community IDs, practice numbers 1..n without
     * repeats, and no reference to a community the catalog lacks.
     */
    private static void crossCheck(Decoded<Catalog> d) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        List<Node> communities = items(d.node(), "communities");
        for (int i = 0; i < communities.size(); i++) {
            String id = string(communities.get(i), "id");
            if (id == null) {
                continue;
            }
            Integer first = ids.putIfAbsent(id, i);
            if (first != null) {
                d.fail("communities[" + i + "].id", "duplicate community ID \"" + Paths.excerpt(id)
                        + "\" (first at communities[" + first + "])");
            }
        }
        Set<String> known = new TreeSet<>(ids.keySet());
        for (int i = 0; i < communities.size(); i++) {
            List<Node> partners = items(communities.get(i), "partnerCommunities");
            for (int j = 0; j < partners.size(); j++) {
                if (partners.get(j) instanceof Node.Str s && !known.contains(s.value())) {
                    d.fail("communities[" + i + "].partnerCommunities[" + j + "]", unknownCommunity(s.value(), known));
                }
            }
        }
        List<Node> practices = items(d.node(), "practices");
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < practices.size(); i++) {
            Node practice = practices.get(i);
            if (practice instanceof Node.Obj o && o.members().get("number") != null
                    && o.members().get("number").value() instanceof Node.Num n && n.integral()) {
                long number = parseLong(n.text());
                if (number >= 1 && number > practices.size()) {
                    d.fail("practices[" + i + "].number", "practice number must be in 1.." + practices.size()
                            + " (the number of practices), but was " + n.text());
                } else if (number >= 1) {
                    Integer first = numbers.putIfAbsent(number, i);
                    if (first != null) {
                        d.fail("practices[" + i + "].number", "duplicate practice number " + number
                                + " (first at practices[" + first + "])");
                    }
                }
            }
            String community = string(practice, "community");
            if (community != null && !known.contains(community)) {
                d.fail("practices[" + i + "].community", unknownCommunity(community, known));
            }
        }
    }

    private static String unknownCommunity(String id, Set<String> known) {
        return "unknown community \"" + Paths.excerpt(id) + "\"; the catalog has " + String.join(", ", known);
    }

    private static List<Node> items(Node node, String key) {
        if (node instanceof Node.Obj o && o.members().get(key) != null
                && o.members().get(key).value() instanceof Node.Arr a) {
            return a.items();
        }
        return List.of();
    }

    private static @Nullable String string(Node node, String key) {
        if (node instanceof Node.Obj o && o.members().get(key) != null
                && o.members().get(key).value() instanceof Node.Str s) {
            return s.value();
        }
        return null;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private static <E> Optional<List<E>> nonEmpty(List<E> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list);
    }

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }

    /**
     * Returns every named model codec by its schema name, for tests and the schema generator.
     *
     * @return the codecs
     */
    public static List<ObjectCodec<?>> all() {
        return new ArrayList<>(List.of(TEXT, SOURCE_DATE, CATALOG_SOURCE, ORGANIZATION, MEMBERSHIP, MEMBER_COUNT,
                EVENT_CADENCE, ATTENDANCE, EVENT, ACTOR, COMMUNITY, FIGURE, PRACTICE, CATALOG));
    }
}
