package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema tests of one kind of document: the shipped JSON Schema is exactly what the codecs
 * generate, and a real validator (networknt, draft 2020-12) accepts every positive document and
 * rejects the negative ones that break the document's shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentSchemaTest {

    /** The kind's cases and schema. */
    final DocumentCases cases;
    private final Set<String> semanticOnly;
    private final Set<String> malformed;

    /**
     * @param cases the kind's cases and schema
     * @param semanticOnly the negative cases whose shape is valid: they break rules a JSON Schema cannot state
     * @param malformed the negative cases that a generic reader cannot read as one document
     */
    DocumentSchemaTest(DocumentCases cases, Set<String> semanticOnly, Set<String> malformed) {
        this.cases = cases;
        this.semanticOnly = semanticOnly;
        this.malformed = malformed;
    }

    @Test
    void shipped_schema_is_what_the_codecs_generate() throws IOException {
        cases.assertShippedSchemaIsGenerated();
    }

    Stream<Path> positiveFiles() throws IOException {
        return cases.positiveFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positiveFiles")
    void positive_document_is_valid_against_the_schema(Path file) throws IOException {
        assertThat(cases.errors(file)).isEmpty();
    }

    Stream<Arguments> negativeCases() {
        return cases.negativeCases().filter(a -> !malformed.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeCases")
    void negative_document_is_rejected_by_the_schema_unless_only_a_semantic_rule_is_broken(String name, String expected)
            throws IOException {
        List<Error> errors = cases.errors(cases.negative(name));
        if (semanticOnly.contains(name)) {
            assertThat(errors).as("the schema cannot see this rule: %s", expected).isEmpty();
        } else {
            assertThat(errors).as(expected).isNotEmpty();
        }
    }
}
