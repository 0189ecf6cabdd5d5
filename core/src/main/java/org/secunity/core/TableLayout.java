package org.secunity.core;

/**
 * The shape of a {@link DataTable}: long (tidy) or wide.
 *
 * <pre>{@code
 * CatalogTables.communityTags(catalog, TableLayout.LONG);   // community, region, tag, practices, covered
 * CatalogTables.communityTags(catalog, TableLayout.WIDE);   // community, region, one column per tag
 * }</pre>
 */
public enum TableLayout {
    /**
     * One row per observation and one column per variable, as R's tidyr and pandas' {@code melt}
     * make them: a matrix becomes one row per cell, with the row and column keys as columns.
     */
    LONG,

    /** One row per entity and one column per value of a vocabulary, as a spreadsheet shows a matrix. */
    WIDE
}
