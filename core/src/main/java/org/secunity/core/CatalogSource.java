package org.secunity.core;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.secunity.core.internal.SecunityStyle;

/**
 * The publication a catalog is drawn from: title, publisher, edition and date.
 *
 * <p>Immutable and safe to share; compare with {@code equals}.
 *
 * <pre>{@code
 * CatalogSource meti = catalog.source().orElseThrow();
 * meti.publisher().ja();   // "経済産業省"
 * meti.published();        // 2021-02
 * }</pre>
 */
@Value.Immutable
@SecunityStyle
public abstract class CatalogSource {

    CatalogSource() {}

    /**
     * Returns the title of the publication.
     *
     * @return the title, not null
     */
    public abstract BilingualText title();

    /**
     * Returns the publisher.
     *
     * @return the publisher, not null
     */
    public abstract BilingualText publisher();

    /**
     * Returns the edition.
     *
     * @return the edition, not null
     */
    public abstract BilingualText edition();

    /**
     * Returns when it was published.
     *
     * @return the year and month, not null
     */
    public abstract YearMonth published();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a citation: publisher, title, edition and date.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return publisher().ja() + "「" + title().ja() + "」" + edition().ja() + " (" + published() + ")";
    }

    /** Builds a {@link CatalogSource}; every attribute is required. */
    public static final class Builder extends ImmutableCatalogSource.Builder {
        Builder() {}
    }
}
