package org.secunity.serialization;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.secunity.core.Catalog;

/**
 * The bundled seed catalog: the ten communities and 22 practices of METI's
 * 「地域SECUNITY形成のためのプラクティス集」 (first edition, February 2021), with curated, grounded effect
 * tags and challenges.
 *
 * <p>The catalog is read from the class path resource {@value #RESOURCE} on the first call of
 * {@link #load()}, validated like any catalog document, and kept for the life of the JVM;
 * concurrent first calls read it once. The catalog is immutable and safe to share.
 *
 * <pre>{@code
 * Catalog catalog = SeedCatalog.load();
 * catalog.practice(13).orElseThrow().title().ja();
 * catalog.practicesAddressing(Challenge.SCHEDULING_CONFLICTS);
 * }</pre>
 */
public final class SeedCatalog {

    /** The class path resource of the seed catalog. */
    public static final String RESOURCE = "/org/secunity/serialization/catalog/secunity-practices-2021.json";

    private static final Object LOCK = new Object();
    private static volatile @Nullable Catalog loaded;

    private SeedCatalog() {}

    /**
     * Returns the seed catalog, reading and validating it on the first call.
     *
     * @return the catalog, not null, the same instance on every call
     * @throws SecunityDataException if the bundled document is invalid (a build defect)
     * @throws SecunityException if the resource is missing from the class path, or if the Jackson found at run
     *     time is older than 2.18.0 (the message names the versions found and needed)
     */
    public static Catalog load() {
        Catalog catalog = loaded;
        if (catalog == null) {
            synchronized (LOCK) {
                catalog = loaded;
                if (catalog == null) {
                    catalog = read();
                    loaded = catalog;
                }
            }
        }
        return catalog;
    }

    private static Catalog read() {
        try (InputStream in = SeedCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SecunityException("the seed catalog " + RESOURCE + " is missing from the class path");
            }
            return SecunityMapper.json().read(WireType.CATALOG, in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new SecunityIOException("cannot read the seed catalog " + RESOURCE, e);
        }
    }
}
