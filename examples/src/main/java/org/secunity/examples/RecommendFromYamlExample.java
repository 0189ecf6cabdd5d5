package org.secunity.examples;

import java.nio.file.Path;
import org.secunity.core.Catalog;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;
import org.secunity.serialization.SeedCatalog;
import org.secunity.serialization.Situations;

/**
 * Use case: recommend practices for a community's situation written in a YAML file.
 *
 * <pre>{@code
 * java -cp examples/target/secunity.jar org.secunity.examples.RecommendFromYamlExample \
 *     examples/situations/kyushu-volunteers.yaml
 * }</pre>
 */
public final class RecommendFromYamlExample {

    /** The sample situation, relative to the repository root. */
    public static final String DEFAULT_SITUATION = "examples/situations/kyushu-volunteers.yaml";

    private RecommendFromYamlExample() {}

    /**
     * Prints the top three practices for a situation file, with their reasons and quotes.
     *
     * @param args the situation file (JSON, or YAML for .yaml/.yml); default {@value #DEFAULT_SITUATION}
     */
    public static void main(String... args) {
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_SITUATION);
        Catalog catalog = SeedCatalog.load();

        // Reading with the catalog also checks adoptedPractices against it; errors name the JSON path
        Situation situation = Situations.read(file, catalog);

        Ranking ranking = PracticeMatcher.of(catalog).recommend(situation, 3);
        for (Recommendation r : ranking.recommendations()) {
            System.out.printf("%d. practice %d (score %.2f): %s%n", r.rank(), r.practiceNumber(), r.score(),
                    r.practice().title().en());
            for (Reason reason : r.reasons()) {
                System.out.println("   " + reason.kind() + ": " + reason.text().en());
                reason.quote().ifPresent(q -> System.out.println("      「" + q + "」"));
            }
        }
    }
}
