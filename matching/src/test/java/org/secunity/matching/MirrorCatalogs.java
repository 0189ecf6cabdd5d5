package org.secunity.matching;

import org.secunity.core.Catalog;

/** Opens the package-private {@link MirrorCatalog} to the tests of other packages. */
public final class MirrorCatalogs {

    private MirrorCatalogs() {}

    /**
     * Returns the hand-built mirror of the source's catalog.
     *
     * @return the catalog, not null
     */
    public static Catalog mirror() {
        return MirrorCatalog.catalog();
    }
}
