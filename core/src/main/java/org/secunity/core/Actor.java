package org.secunity.core;

import java.util.List;
import org.immutables.value.Value;
import org.secunity.core.internal.SecunityStyle;

/**
 * Who carries out a practice (実施主体): a role, the source's description, and the named
 * organizations where the source lists them.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * Actor secretariat = Actor.of(Role.SECRETARIAT,
 *         BilingualText.of("地域セキュリティコミュニティ事務局", "The regional security community's secretariat"));
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class Actor {

    Actor() {}

    /**
     * Returns the actor's role.
     *
     * @return the role, not null
     */
    public abstract Role role();

    /**
     * Returns the actor as the source describes it.
     *
     * @return the description, not null
     */
    public abstract BilingualText name();

    /**
     * Returns the organizations the source names for this actor (practice 7's special support members).
     *
     * @return the organizations, unmodifiable
     */
    public abstract List<Organization> organizations();

    /**
     * Creates an actor without named organizations.
     *
     * @param role the role, not null
     * @param name the source's description, not null
     * @return the actor, not null
     */
    public static Actor of(Role role, BilingualText name) {
        return builder().role(role).name(name).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the role ID and the Japanese description.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return role().id() + " " + name().ja();
    }

    /** Builds an {@link Actor}; {@code role} and {@code name} are required. */
    public static final class Builder extends ImmutableActor.Builder {
        Builder() {}
    }
}
