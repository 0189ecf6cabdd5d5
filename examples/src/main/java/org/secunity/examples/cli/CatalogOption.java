package org.secunity.examples.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * Returns the error for a {@code --community} that is not in a catalog: the ID given, and the
     * catalog's IDs followed by any other values the option takes.
     */
    static BadInputException unknownCommunity(Catalog catalog, String id, String... otherValues) {
        return new BadInputException("--community: unknown community \"" + id + "\"; the catalog has "
                + Stream.concat(catalog.communities().stream().map(c -> c.id().value()), Stream.of(otherValues))
                        .collect(Collectors.joining(", ")));
    }
}
