package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.Labelled;
import org.secunity.core.OrganizerType;
import org.secunity.core.Region;

/**
 * The project's design document, {@code docs/design.md}, exists and is what the code and docs point to
 * (issue 10: they pointed to a {@code DESIGN.md} the repository did not have), and the relative links of the
 * README and the docs resolve.
 */
class DesignDocumentTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void the_design_document_names_every_id_of_the_fixed_vocabulary() throws IOException {
        String design = read(ROOT.resolve("docs/design.md"));
        List<Labelled> vocabulary = new ArrayList<>();
        vocabulary.addAll(List.of(EffectTag.values()));
        vocabulary.addAll(List.of(Region.values()));
        vocabulary.addAll(List.of(CommunityStage.values()));
        vocabulary.addAll(List.of(OrganizerType.values()));
        vocabulary.addAll(List.of(Challenge.values()));
        for (Labelled value : vocabulary) {
            assertThat(design).as("docs/design.md names %s", value.id()).contains(value.id());
        }
    }

    @Test
    void no_file_points_to_a_design_document_that_does_not_exist() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
                    .filter(f -> f.toString().matches(".*\\.(java|md|yaml|yml|json|tsv|jsh|xml|html)"))
                    .filter(f -> !f.endsWith("DesignDocumentTest.java"))::iterator) {
                if (read(file).contains("DESIGN.md")) {
                    offenders.add(ROOT.relativize(file).toString());
                }
            }
        }
        assertThat(offenders).as("files that mention DESIGN.md instead of docs/design.md").isEmpty();
    }

    @Test
    void the_relative_links_of_the_readme_and_the_docs_resolve() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).forEach(documents::add);
        }
        for (Path document : documents) {
            Matcher m = LINK.matcher(read(document));
            while (m.find()) {
                String target = m.group(1);
                if (!target.contains(":")) {
                    assertThat(document.getParent().resolve(target)).as("link %s in %s", target, document).exists();
                }
            }
        }
    }
}
