package org.secunity.core;

import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * An organization's part in a community or an event: its roles, and its duties where the source
 * states them (the Iwate seminar's 主催/共催/後援 table, for example).
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Membership secretariat = Membership.of(police, Role.SECRETARIAT);
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Membership {

    Membership() {}

    /**
     * Returns the organization.
     *
     * @return the organization, not null
     */
    public abstract Organization organization();

    /**
     * Returns the organization's roles, in the order of {@link Role}.
     *
     * @return the roles, not empty, unmodifiable
     */
    @Value.NaturalOrder
    public abstract SortedSet<Role> roles();

    /**
     * Returns the duties or remarks the source states for this membership.
     *
     * @return the note, or empty
     */
    public abstract Optional<BilingualText> note();

    /**
     * Returns whether the organization has a role.
     *
     * @param role the role, not null
     * @return true if the membership includes the role
     */
    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /**
     * Creates a membership with one or more roles.
     *
     * @param organization the organization, not null
     * @param role the first role, not null
     * @param more further roles, not null
     * @return the membership, not null
     */
    public static Membership of(Organization organization, Role role, Role... more) {
        return builder().organization(organization).addRoles(role).addRoles(more).build();
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
        if (roles().isEmpty()) {
            throw new SecunityDataException("roles", "must name at least one role");
        }
    }

    /**
     * Returns the organization and its role IDs.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return organization() + " " + roles().stream().map(Role::id).collect(Collectors.joining(",", "[", "]"));
    }

    /** Builds a {@link Membership}; {@code organization} and at least one role are required. */
    public static final class Builder extends ImmutableMembership.Builder {
        Builder() {}
    }

}
