package org.secunity.examples;

import java.util.List;
import java.util.Locale;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.EffectTag;
import org.secunity.core.EffectTagMatrix;
import org.secunity.core.Practice;
import org.secunity.core.Region;
import org.secunity.serialization.SeedCatalog;

/**
 * Use case: embed the catalog in an application and query it.
 *
 * <p>The bundled seed catalog is read once per JVM and is immutable, so an application can keep
 * it in a field and query it from any thread.
 *
 * <pre>{@code
 * java -cp examples/target/secunity.jar org.secunity.examples.EmbedCatalogExample
 * }</pre>
 */
public final class EmbedCatalogExample {

    private EmbedCatalogExample() {}

    /**
     * Prints a few queries over the seed catalog.
     *
     * @param args not used
     */
    public static void main(String... args) {
        Catalog catalog = SeedCatalog.load();
        System.out.println(catalog);                                    // Catalog[10 communities, 22 practices]

        // One practice, by its number in the source
        Practice p13 = catalog.practice(13).orElseThrow();
        System.out.println(p13.number() + ": " + p13.title().ja());
        System.out.println("   " + p13.title().en());

        // Practices that address a challenge, with the source sentence behind the link
        for (Practice p : catalog.practicesAddressing(Challenge.SCHEDULING_CONFLICTS)) {
            System.out.println("addresses SCHEDULING_CONFLICTS: " + p.number() + " 「"
                    + p.groundingOf(Challenge.SCHEDULING_CONFLICTS).orElseThrow() + "」");
        }

        // Practices with every given effect tag
        List<Practice> both = catalog.practicesWithAllTags(EffectTag.ENABLE_CONTINUOUS_ACTIVITY,
                EffectTag.REDUCE_OPERATING_BURDEN);
        System.out.println("continuity and less burden: " + both.stream().map(Practice::number).toList());

        // Communities of a region, and their practices
        for (Community c : catalog.communitiesIn(Region.KYUSHU)) {
            System.out.println(c.id() + " " + c.name().in(Locale.ENGLISH) + ": practices "
                    + catalog.practicesOf(c.id()).stream().map(Practice::number).toList());
        }

        // Practices of no single community (21 and 22)
        System.out.println("shared: " + catalog.practicesWithoutCommunity().stream().map(Practice::number).toList());

        // How often each effect tag is curated, and the practice × tag matrix
        System.out.println("tag counts: " + catalog.effectTagCounts());
        EffectTagMatrix matrix = catalog.effectTagMatrix();
        System.out.println("13 reduces the burden: " + matrix.has(13, EffectTag.REDUCE_OPERATING_BURDEN));
    }
}
