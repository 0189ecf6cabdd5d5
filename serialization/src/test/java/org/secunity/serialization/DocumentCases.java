package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import org.secunity.serialization.internal.JacksonFactories;
import org.secunity.serialization.internal.SchemaGenerator;

/**
 * One kind of document's conformance vectors (STYLE 13) and JSON Schema, for
 * {@link DocumentConformanceTest} and {@link DocumentSchemaTest}.
 *
 * <p>The vectors live under {@code org/secunity/serialization/<kind>-cases/}: every file in
 * {@code positive/} must read; every file in {@code negative/} is listed once in
 * {@code negative/cases.tsv} (name, tab, a substring of the expected error; {@code #} comments)
 * and must fail with that error.
 */
final class DocumentCases {

    /** Catalog documents, with the catalog schema. */
    static final DocumentCases CATALOG = new DocumentCases("catalog", Catalogs::jsonSchema);

    /** Situation documents, with the situation schema. */
    static final DocumentCases SITUATION = new DocumentCases("situation", Situations::jsonSchema);

    private static final ObjectMapper JSON = JacksonFactories.strictMapper();
    private static final ObjectMapper YAML = new YAMLMapper();

    private final String document;
    private final String cases;
    private final Supplier<String> shippedSchema;
    private @Nullable Schema schema;

    private DocumentCases(String document, Supplier<String> shippedSchema) {
        this.document = document;
        this.cases = "/org/secunity/serialization/" + document + "-cases/";
        this.shippedSchema = shippedSchema;
    }

    // ---- the vectors

    /** Returns {@code positive} or {@code negative}, the directory of one kind of case. */
    Path directory(String kind) {
        try {
            return Path.of(Objects.requireNonNull(DocumentCases.class.getResource(cases + kind)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the negative case file of a name. */
    Path negative(String name) {
        return directory("negative").resolve(name);
    }

    /** Returns the positive files, sorted. */
    Stream<Path> positiveFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory("positive"))) {
            return files.sorted().toList().stream();
        }
    }

    /** Returns the negative cases of {@code cases.tsv}: each the file's name and the expected text. */
    Stream<Arguments> negativeCases() {
        try (InputStream in = DocumentCases.class.getResourceAsStream(cases + "negative/cases.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            List<Arguments> all = lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> Arguments.of(cells[0], cells[1]))
                    .toList();
            return all.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the schema

    /**
     * Asserts that the shipped schema is what the codecs generate; with
     * {@code -Dsecunity.schema.update=true}, writes the generated one under {@code src/main/resources} first.
     */
    void assertShippedSchemaIsGenerated() throws IOException {
        String generated = SchemaGenerator.generate(document);
        if (Boolean.getBoolean("secunity.schema.update")) {
            Path file = Path.of("src/main/resources", SchemaGenerator.resource(document));
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(shippedSchema.get())
                .as("the shipped schema is stale: run the build with -Dsecunity.schema.update=true and commit the file")
                .isEqualTo(generated);
    }

    /** Returns the shipped schema as a tree. */
    JsonNode schemaTree() throws IOException {
        return JSON.readTree(shippedSchema.get());
    }

    /** Returns the schema's complaints about a document, read as a generic tree by a real validator. */
    List<Error> errors(JsonNode document) {
        Schema s = schema;
        if (s == null) {
            s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(shippedSchema.get());
            schema = s;
        }
        return s.validate(Objects.requireNonNull(document));
    }

    /** Returns the schema's complaints about a document in JSON or YAML text. */
    List<Error> errors(String text, Format format) throws IOException {
        return errors(format == Format.JSON ? JSON.readTree(text) : YAML.readTree(text));
    }

    /** Returns the schema's complaints about a file, read by extension, without a byte-order mark. */
    List<Error> errors(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return errors(text, file.toString().endsWith(".yaml") ? Format.YAML : Format.JSON);
    }
}
