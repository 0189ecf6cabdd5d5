package org.secunity.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.secunity.SecunityDataException;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.Schedule;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Situation;
import org.secunity.serialization.Catalogs;
import org.secunity.serialization.SecunityMapper;

/**
 * Use case: load a catalog of your own (JSON or YAML, the format of {@code docs/catalog-format.md})
 * and use it like the bundled one.
 *
 * <pre>{@code
 * java -cp examples/target/secunity.jar org.secunity.examples.LoadYourOwnCatalogExample \
 *     examples/catalogs/sample-catalog.yaml
 * }</pre>
 */
public final class LoadYourOwnCatalogExample {

    /** The sample catalog, relative to the repository root. */
    public static final String DEFAULT_CATALOG = "examples/catalogs/sample-catalog.yaml";

    private LoadYourOwnCatalogExample() {}

    /**
     * Reads a catalog file, queries it, schedules its community, recommends from it, and writes it
     * back as JSON to a temporary file.
     *
     * @param args the catalog file; default {@value #DEFAULT_CATALOG}
     * @throws Exception if the temporary file cannot be written
     */
    public static void main(String... args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_CATALOG);
        Catalog mine;
        try {
            mine = Catalogs.read(file);                 // by extension: .yaml/.yml as YAML, else JSON
        } catch (SecunityDataException e) {
            e.violations().forEach(v -> System.err.println(file + ": " + v));   // every problem, with its JSON path
            throw e;
        }
        System.out.println(mine);

        Community community = mine.communities().get(0);
        System.out.println(community.id() + ": " + community.name().en());
        Schedule.of(community).next(LocalDate.of(2026, 1, 1), 3).forEach(o -> System.out.println("   " + o));

        Situation noVenue = Situation.builder().addChallenges(org.secunity.core.Challenge.NO_VENUE_OR_EQUIPMENT).build();
        System.out.println("recommended: " + PracticeMatcher.of(mine).recommend(noVenue, 1).practiceNumbers());

        Path json = Files.createTempFile("my-catalog", ".json");
        Catalogs.write(mine, json);
        System.out.println("written back: " + json.getFileName().toString().endsWith(".json") + ", same catalog: "
                + Catalogs.read(json).equals(mine));
        System.out.println("practice 1 as JSON starts with: " + SecunityMapper.json().write(mine.practice(1).orElseThrow())
                .lines().findFirst().orElse(""));
        Files.delete(json);
    }
}
