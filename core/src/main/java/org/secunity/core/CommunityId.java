package org.secunity.core;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityParseException;

/**
 * The stable ID of a community: lower-case ASCII letters, digits and hyphens, starting with a
 * letter, such as {@code haisl} or {@code kansai-sec-net}.
 *
 * <p>Immutable and safe to share; compare with {@code equals}; ordered by the ID's text.
 * {@link #toString()} returns the ID, which {@link #of(String)} reads back.
 *
 * <pre>{@code
 * CommunityId id = CommunityId.of("sokansai-lt");
 * }</pre>
 */
public final class CommunityId implements Comparable<CommunityId> {

    private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String value;

    private CommunityId(String value) {
        this.value = value;
    }

    /**
     * Returns the ID with the given text.
     *
     * @param id the ID, not null, matching {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}
     * @return the ID, not null
     * @throws SecunityParseException if the text is not a valid ID
     */
    public static CommunityId of(String id) {
        Objects.requireNonNull(id, "id");
        if (!SYNTAX.matcher(id).matches()) {
            int index = 0;
            while (index < id.length() && isIdChar(id.charAt(index))) {
                index++;
            }
            throw new SecunityParseException(
                    "Community ID must be lower-case letters, digits and single hyphens, starting with a letter",
                    id, index == id.length() ? 0 : index, null);
        }
        return new CommunityId(id);
    }

    private static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    /**
     * Returns the ID's text.
     *
     * @return the text, not null
     */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CommunityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CommunityId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the ID's text, which {@link #of(String)} reads back.
     *
     * @return the ID, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
