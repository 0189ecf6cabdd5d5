package org.secunity.matching.evaluation;

import org.secunity.core.Catalog;
import org.secunity.matching.MirrorCatalogs;

/** The mirror catalog of the matcher's tests, for the evaluation tests. */
final class MirrorCatalogAccess {

    private MirrorCatalogAccess() {}

    static Catalog catalog() {
        return MirrorCatalogs.mirror();
    }
}
