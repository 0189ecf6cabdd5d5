package org.secunity.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.internal.SecunityStyle;

/**
 * A regional security community (地域SECUNITY): its identity, purpose, members and events.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Community lt = catalog.community(CommunityId.of("sokansai-lt")).orElseThrow();
 * lt.region();        // KINKI
 * lt.events();        // the LT meetups and the quiz, with their cadences
 *
 * Community mine = Community.builder()
 *         .id(CommunityId.of("my-town-sec"))
 *         .name(BilingualText.of("私の町セキュリティ勉強会", "My Town Security Study Group"))
 *         .region(Region.KYUSHU)
 *         .prefecture(Prefecture.SAGA)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Community {

    Community() {}

    /**
     * Returns the stable ID.
     *
     * @return the ID, not null
     */
    public abstract CommunityId id();

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    public abstract BilingualText name();

    /**
     * Returns the acronym as the source prints it (HAISL, Cyber-道net, MISEC, …).
     *
     * @return the acronym, or empty
     */
    public abstract Optional<String> acronym();

    /**
     * Returns the English short name: this project's translation of the acronym, or a short form of the English
     * name where the source prints no acronym (HAISL, Cyber-Donet, Kansai SEC-net, All-Kansai LT, Miyagi
     * Council, …). Unlike {@link #acronym()} it is not quoted from the source, and it is in Latin script only.
     *
     * @return the English short name, or empty
     */
    public abstract Optional<String> englishShortName();

    /**
     * Returns the short name in both languages, for running text: in Japanese the acronym as the source prints
     * it, else the Japanese name; in English the {@linkplain #englishShortName() English short name}, else the
     * English name. It never puts Japanese script into English text.
     *
     * <pre>{@code
     * lt.shortName().ja();   // 総サイLT
     * lt.shortName().en();   // All-Kansai LT
     * }</pre>
     *
     * @return the short name, not null
     */
    public BilingualText shortName() {
        return BilingualText.of(acronym().orElse(name().ja()), englishShortName().orElse(name().en()));
    }

    /**
     * Returns the region.
     *
     * @return the region, not null
     */
    public abstract Region region();

    /**
     * Returns the prefecture, for a community that is one prefecture's.
     *
     * @return the prefecture, in {@link #region()}, or empty
     */
    public abstract Optional<Prefecture> prefecture();

    /**
     * Returns the web address the source gives: an http or https URL with a host (checked when the
     * value is built, so that no link made from a catalog can run script).
     *
     * @return the URL, or empty
     */
    public abstract Optional<URI> url();

    /**
     * Returns when the community was founded, converted to the Gregorian calendar.
     *
     * @return the founding date with the source's wording, or empty
     */
    public abstract Optional<SourceDate> founded();

    /**
     * Returns the legal form of the community's body, where the source names it.
     *
     * @return the legal form, or empty
     */
    public abstract Optional<LegalForm> legalForm();

    /**
     * Returns who runs the secretariat, grounded by a source sentence.
     *
     * @return the grounded organizer type, or empty
     */
    public abstract Optional<Grounded<OrganizerType>> organizerType();

    /**
     * Returns the purpose and background (設立の経緯・狙い).
     *
     * @return the purpose, or empty
     */
    public abstract Optional<BilingualText> purpose();

    /**
     * Returns the policy (取組方針).
     *
     * @return the policy, or empty
     */
    public abstract Optional<BilingualText> policy();

    /**
     * Returns the source's one-line summary of the membership, such as 「道内の12団体で構成。」.
     *
     * @return the summary, or empty
     */
    public abstract Optional<BilingualText> membershipSummary();

    /**
     * Returns the lead text of the source's activity overview (取組・イベント開催概要) where it
     * describes activities other than single events (mail magazines, event support, …).
     *
     * @return the summary, or empty
     */
    public abstract Optional<BilingualText> activitySummary();

    /**
     * Returns the named member and partner organizations with their roles.
     *
     * @return the memberships, in the source's order, unmodifiable
     */
    public abstract List<Membership> memberships();

    /**
     * Returns the member composition as the source counts it.
     *
     * @return the rows, in the source's order, unmodifiable
     */
    public abstract List<MemberCount> composition();

    /**
     * Returns the other communities this one works with, per the source.
     *
     * @return the partner communities' IDs, unmodifiable
     */
    public abstract List<CommunityId> partnerCommunities();

    /**
     * Returns the community's events.
     *
     * @return the events, in the source's order, unmodifiable
     */
    public abstract List<Event> events();

    /**
     * Returns the organizations that run the secretariat (事務局).
     *
     * @return the secretariat's organizations, unmodifiable
     */
    public List<Organization> secretariat() {
        return memberships().stream()
                .filter(m -> m.hasRole(Role.SECRETARIAT))
                .map(Membership::organization)
                .toList();
    }

    /**
     * Returns the total of the counted member composition.
     *
     * @return the sum of the composition's counts, 0 when the source counts none
     */
    public int countedMembers() {
        return composition().stream().mapToInt(MemberCount::count).sum();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        List<Violation> violations = new ArrayList<>();
        if (prefecture().isPresent() && prefecture().get().region() != region()) {
            violations.add(new Violation("prefecture", "prefecture " + prefecture().get() + " is in region "
                    + prefecture().get().region() + ", not in the community's region " + region()));
        }
        acronym().ifPresent(a -> {
            if (a.isBlank()) {
                violations.add(new Violation("acronym", "must not be blank"));
            }
        });
        englishShortName().ifPresent(n -> {
            if (n.isBlank()) {
                violations.add(new Violation("englishShortName", "must not be blank"));
            } else if (n.codePoints().anyMatch(Community::isJapaneseScript)) {
                violations.add(new Violation("englishShortName",
                        "must be in Latin script, the English of the acronym: \"" + n + "\""));
            }
        });
        url().ifPresent(u -> {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                violations.add(new Violation("url", "must be an http or https URL with a host, but was \""
                        + u + "\""));
            }
        });
                Checks.unique("partnerCommunities", partnerCommunities(), c -> c, "community", violations);
        if (partnerCommunities().contains(id())) {
            violations.add(new Violation("partnerCommunities", "a community cannot partner with itself: " + id()));
        }
        Checks.report("community " + id(), violations);
    }

    private static boolean isJapaneseScript(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * Returns the ID, the Japanese name and the region.
     *
     * @return a readable form, such as {@code "Community haisl 北海道地域情報セキュリティ連絡会 (HOKKAIDO)"}
     */
    @Override
    public String toString() {
        return "Community " + id() + " " + name().ja() + " (" + region() + ")";
    }

    /** Builds a {@link Community}; {@code id}, {@code name} and {@code region} are required. */
    public static final class Builder extends ImmutableCommunity.Builder {
        Builder() {}
    }
}
