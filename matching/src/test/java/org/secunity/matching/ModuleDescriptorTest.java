package org.secunity.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor: exports only the API packages, and depends on core only. */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classes = Path.of(PracticeMatcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void the_module_exports_the_api_packages_and_not_the_internal_one() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("org.secunity.matching");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.secunity.matching", "org.secunity.matching.evaluation");
    }

    @Test
    void the_module_requires_core_transitively_and_annotations_only_at_compile_time() throws Exception {
        ModuleDescriptor d = descriptor();
        assertThat(d.requires()).filteredOn(r -> !r.name().equals("java.base"))
                .extracting(Requires::name)
                .containsExactlyInAnyOrder("org.secunity.core", "org.jspecify", "org.immutables.value.annotations");
        assertThat(d.requires()).filteredOn(r -> r.name().equals("org.secunity.core"))
                .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(Requires.Modifier.TRANSITIVE));
        assertThat(d.requires()).filteredOn(r -> r.name().startsWith("org.jspecify") || r.name().startsWith("org.immutables"))
                .allSatisfy(r -> assertThat(r.modifiers()).contains(Requires.Modifier.STATIC));
    }
}
