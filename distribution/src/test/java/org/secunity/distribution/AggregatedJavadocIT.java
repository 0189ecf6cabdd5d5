package org.secunity.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The aggregated Javadoc of the four library modules (issue 10): one site, the overview of the entry points,
 * links between the modules and to the JDK. It is built with doclint and -Werror, so that a warning fails the
 * build before this test runs.
 */
class AggregatedJavadocIT {

    private static final Path DOCS = Path.of(System.getProperty("secunity.apidocs", "target/apidocs"));

    private static String page(String path) throws IOException {
        return Files.readString(DOCS.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void the_site_has_the_four_modules_and_the_overview_of_the_entry_points() throws IOException {
        String index = page("index.html");
        assertThat(index).contains("org.secunity.recurrence", "org.secunity.core", "org.secunity.matching",
                "org.secunity.serialization").contains("Where to start");
        assertThat(index).contains("SeedCatalog.load()", "PracticeMatcher.of(catalog)", "Cadence.parse");
    }

    @Test
    void a_page_links_to_the_other_modules_and_to_the_jdk() throws IOException {
        String seedCatalog = page("org.secunity.serialization/org/secunity/serialization/SeedCatalog.html");
        assertThat(seedCatalog).contains("href=\"../../../../org.secunity.core/org/secunity/core/Catalog.html\"")
                .contains("href=\"https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/String.html");
    }

    @Test
    void the_internal_packages_are_not_documented() throws IOException {
        assertThat(DOCS.resolve("org.secunity.serialization/org/secunity/serialization/internal")).doesNotExist();
        assertThat(page("element-list")).doesNotContain("internal");
    }
}
