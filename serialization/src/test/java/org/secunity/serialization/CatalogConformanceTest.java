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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;

/**
 * Catalog documents as conformance vectors (STYLE 13): every file under {@code catalog-cases/positive}
 * reads, and round-trips; every file listed in {@code catalog-cases/negative/cases.tsv} fails with one
 * {@link SecunityDataException} that names the file and contains the expected text.
 */
class CatalogConformanceTest {

    static final String CASES = "/org/secunity/serialization/catalog-cases/";

    static Path directory(String kind) {
        try {
            return Path.of(Objects.requireNonNull(CatalogConformanceTest.class.getResource(CASES + kind)).toURI());
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
        try (InputStream in = CatalogConformanceTest.class.getResourceAsStream(CASES + "negative/cases.tsv");
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
        Catalog catalog = Catalogs.read(file);
        assertThat(SecunityJson.read(Catalog.class, SecunityJson.write(catalog))).isEqualTo(catalog);
        assertThat(SecunityYaml.read(Catalog.class, SecunityYaml.write(catalog))).isEqualTo(catalog);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void negative_document_fails_naming_the_file_path_and_problem(String name, String expected) {
        Path file = directory("negative").resolve(name);
        assertThat(file).exists();
        assertThatThrownBy(() -> Catalogs.read(file))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((SecunityDataException) e).source()).contains(file.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void every_negative_file_is_listed_once(String name, String expected) throws IOException {
        try (Stream<Path> files = Files.list(directory("negative"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains(name);
        }
        assertThat(negativeCases().filter(a -> a.get()[0].equals(name))).hasSize(1);
    }
}
