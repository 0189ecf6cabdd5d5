package org.secunity.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Catalog;
import org.secunity.serialization.SeedCatalog;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option: use another catalog document instead of the bundled one. */
public final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Read this catalog document (JSON, or YAML for .yaml/.yml; see docs/catalog-format.md) "
                    + "instead of the bundled seed catalog.")
    private @Nullable Path file;

    /** Creates the option holder; picocli calls this. */
    public CatalogOption() {}

    /**
     * Returns the catalog: the file given, read and validated, or the bundled seed catalog.
     *
     * @return the catalog, not null
     * @throws BadInputException if the file cannot be read
     * @throws org.secunity.SecunityDataException if the document is invalid
     */
    public Catalog catalog() {
        Path given = file;
        return given == null ? SeedCatalog.load() : Inputs.catalog(given);
    }
}
