package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.matching.Situation;

/**
 * Situation documents as conformance vectors (STYLE 13): every file under
 * {@code situation-cases/positive} reads against the seed catalog and round-trips; every file listed
 * in {@code situation-cases/negative/cases.tsv} fails with one {@link SecunityDataException} that
 * names the file and contains the expected text.
 */
class SituationConformanceTest extends DocumentConformanceTest {

    SituationConformanceTest() {
        super(DocumentCases.SITUATION);
    }

    @Override
    void read(Path file) {
        Situations.read(file, SeedCatalog.load());
    }

    @Override
    void assertReadsAndRoundTrips(Path file) {
        Situation situation = Situations.read(file, SeedCatalog.load());
        assertThat(Situations.read(file)).isEqualTo(situation);
        assertThat(SecunityMapper.json().read(Situation.class, SecunityMapper.json().write(situation))).isEqualTo(situation);
        assertThat(SecunityMapper.yaml().read(Situation.class, SecunityMapper.yaml().write(situation))).isEqualTo(situation);
    }

    @Test
    void without_a_catalog_an_adopted_practice_is_not_checked() {
        Path file = DocumentCases.SITUATION.negative("adopted-practice-not-in-catalog.json");
        assertThat(Situations.read(file).adoptedPractices()).containsExactly(13, 99);
    }
}
