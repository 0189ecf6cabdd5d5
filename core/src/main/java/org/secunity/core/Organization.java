package org.secunity.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.secunity.core.internal.SecunityStyle;

/**
 * An organization named in the source: an agency, a police department, a university, a company,
 * an association, a community.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Organization kiis = Organization.builder()
 *         .name(BilingualText.of("一般財団法人関西情報センター", "Kansai Institute of Information Systems"))
 *         .acronym("KIIS")
 *         .kind(OrganizationKind.FOUNDATION)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Organization {

    Organization() {}

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    public abstract BilingualText name();

    /**
     * Returns the acronym as the source prints it.
     *
     * @return the acronym, or empty
     */
    public abstract Optional<String> acronym();

    /**
     * Returns what kind of body this is.
     *
     * @return the kind, not null
     */
    public abstract OrganizationKind kind();

    /**
     * Returns the sector (産・学・官・個), where the source or the kind makes it clear.
     *
     * @return the sector, or empty
     */
    public abstract Optional<Sector> sector();

    /**
     * Creates an organization with a name and a kind.
     *
     * @param name the name, not null
     * @param kind the kind, not null
     * @return the organization, not null
     */
    public static Organization of(BilingualText name, OrganizationKind kind) {
        return builder().name(name).kind(kind).build();
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
        acronym().ifPresent(a -> Checks.notBlank("acronym", a));
    }

    /**
     * Returns the Japanese name, with the acronym in parentheses when there is one.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return name().ja() + acronym().map(a -> " (" + a + ")").orElse("");
    }

    /** Builds an {@link Organization}; {@code name} and {@code kind} are required. */
    public static final class Builder extends ImmutableOrganization.Builder {
        Builder() {}
    }
}
