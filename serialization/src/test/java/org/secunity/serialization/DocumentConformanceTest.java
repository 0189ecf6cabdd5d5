package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityDataException;

/**
 * The conformance tests of one kind of document (STYLE 13): every positive file reads and
 * round-trips; every negative file is listed once in {@code cases.tsv} and fails with one
 * {@link SecunityDataException} that names the file and contains the expected text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentConformanceTest {

    private final DocumentCases cases;

    DocumentConformanceTest(DocumentCases cases) {
        this.cases = cases;
    }

    /** Reads a document of this kind from a file. */
    abstract void read(Path file);

    /** Asserts that a positive document reads, and that what it reads round-trips. */
    abstract void assertReadsAndRoundTrips(Path file);

    Stream<Path> positiveFiles() throws IOException {
        return cases.positiveFiles();
    }

    Stream<Arguments> negativeCases() {
        return cases.negativeCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positiveFiles")
    void positive_document_reads_and_round_trips(Path file) {
        assertReadsAndRoundTrips(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void negative_document_fails_naming_the_file_path_and_problem(String name, String expected) {
        Path file = cases.negative(name);
        assertThat(file).exists();
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(SecunityDataException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((SecunityDataException) e).source()).contains(file.toString()));
    }

    @Test
    void every_negative_file_is_listed_once() throws IOException {
        List<String> listed = negativeCases().map(a -> (String) a.get()[0]).toList();
        try (Stream<Path> files = Files.list(cases.directory("negative"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("cases.tsv")))
                    .containsExactlyInAnyOrderElementsOf(listed);
        }
    }
}
