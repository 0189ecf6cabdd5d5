package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;
import org.secunity.matching.Situation;

/**
 * Situation documents as conformance vectors (STYLE 13): every file under
 * {@code situation-cases/positive} reads against the seed catalog and round-trips; every file listed
 * in {@code situation-cases/negative/cases.tsv} fails with one {@link SecunityDataException} that
 * names the file and contains the expected text.
 */
class SituationConformanceTest {

    static final String CASES = "/org/secunity/serialization/situation-cases/";

    static Path directory(String kind) {
        try {
            return Path.of(Objects.requireNonNull(SituationConformanceTest.class.getResource(CASES + kind)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Path> positiveFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory("positive"))) {
            return files.sorted().toList().stream();
        }
    }

    static Stream<Arguments> negativeCases() {
        try (InputStream in = SituationConformanceTest.class.getResourceAsStream(CASES + "negative/cases.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            List<Arguments> cases = lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> Arguments.of(cells[0], cells[1]))
                    .toList();
            return cases.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positiveFiles")
    void positive_document_reads_and_round_trips(Path file) {
        Situation situation = Situations.read(file, SeedCatalog.load());
        assertThat(Situations.read(file)).isEqualTo(situation);
        assertThat(SecunityJson.read(Situation.class, SecunityJson.write(situation))).isEqualTo(situation);
        assertThat(SecunityYaml.read(Situation.class, SecunityYaml.write(situation))).isEqualTo(situation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void negative_document_fails_naming_the_file_path_and_problem(String name, String expected) {
        Path file = directory("negative").resolve(name);
        assertThat(file).exists();
        assertThatThrownBy(() -> Situations.read(file, SeedCatalog.load()))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((SecunityDataException) e).source()).contains(file.toString()));
    }

    @Test
    void every_negative_file_is_listed_once() throws IOException {
        List<String> listed = negativeCases().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(directory("negative"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("cases.tsv")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void without_a_catalog_an_adopted_practice_is_not_checked() {
        Path file = directory("negative").resolve("adopted-practice-not-in-catalog.json");
        assertThat(Situations.read(file).adoptedPractices()).containsExactly(13, 99);
    }
}
