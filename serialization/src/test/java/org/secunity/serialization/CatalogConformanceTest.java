package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;

/**
 * Catalog documents as conformance vectors (STYLE 13): every file under {@code catalog-cases/positive}
 * reads, and round-trips; every file listed in {@code catalog-cases/negative/cases.tsv} fails with one
 * {@link SecunityDataException} that names the file and contains the expected text.
 */
class CatalogConformanceTest extends DocumentConformanceTest {

    CatalogConformanceTest() {
        super(DocumentCases.CATALOG);
    }

    @Override
    void read(Path file) {
        Catalogs.read(file);
    }

    @Override
    void assertReadsAndRoundTrips(Path file) {
        Catalog catalog = Catalogs.read(file);
        assertThat(SecunityMapper.json().read(Catalog.class, SecunityMapper.json().write(catalog))).isEqualTo(catalog);
        assertThat(SecunityMapper.yaml().read(Catalog.class, SecunityMapper.yaml().write(catalog))).isEqualTo(catalog);
    }
}
