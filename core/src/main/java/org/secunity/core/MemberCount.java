package org.secunity.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.secunity.SecunityDataException;
import org.secunity.core.internal.SecunityStyle;

/**
 * One row of a community's member composition as the source counts it, such as Miyagi's
 * "地方公共団体(32団体)" or a cell of Kansai SEC-net's 産学官個 table.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * MemberCount row = MemberCount.builder()
 *         .category(BilingualText.of("国", "National government"))
 *         .sector(Sector.GOVERNMENT)
 *         .count(3)
 *         .sourceText("3機関")
 *         .specialSupportMembers(2)
 *         .build();
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class MemberCount {

    MemberCount() {}

    /**
     * Returns what is counted.
     *
     * @return the category, not null
     */
    public abstract BilingualText category();

    /**
     * Returns the sector the row belongs to, where the source's table gives one.
     *
     * @return the sector, or empty
     */
    public abstract Optional<Sector> sector();

    /**
     * Returns the number of members.
     *
     * @return the count, at least 0
     */
    public abstract int count();

    /**
     * Returns the figure exactly as printed, such as {@code "9社1法人"}.
     *
     * @return the source's wording, not blank
     */
    public abstract String sourceText();

    /**
     * Returns how many of these members are special support members (特別支援構成員), where the
     * source says so.
     *
     * @return the number, or empty
     */
    public abstract OptionalInt specialSupportMembers();

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
        Checks.notNegative("count", count());
        Checks.notBlank("sourceText", sourceText());
        if (specialSupportMembers().isPresent()) {
            int special = specialSupportMembers().getAsInt();
            if (special < 0 || special > count()) {
                throw new SecunityDataException("specialSupportMembers",
                        "must be in 0.." + count() + " (the row's count), but was " + special);
            }
        }
    }

    /**
     * Returns the category and the figure as printed.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return category().ja() + " " + sourceText();
    }

    /** Builds a {@link MemberCount}; {@code category}, {@code count} and {@code sourceText} are required. */
    public static final class Builder extends ImmutableMemberCount.Builder {
        Builder() {}
    }
}
