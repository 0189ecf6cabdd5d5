package org.secunity.serialization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries: the core model stays free of Jackson, the public API does not leak the
 * internal codecs, nothing is bound reflectively, and the module descriptor exports only the API.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.secunity.core", "org.secunity.serialization");

    @Test
    void core_does_not_depend_on_jackson_or_serialization() {
        noClasses().that().resideInAPackage("org.secunity.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.secunity.serialization..")
                .check(CLASSES);
    }

    @Test
    void nothing_uses_data_binding_annotations_or_polymorphic_typing() {
        noClasses().that().resideInAPackage("org.secunity..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson.databind.jsontype..", "com.fasterxml.jackson.databind.annotation..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.secunity..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonCreator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonProperty")
                .check(CLASSES);
    }

    @Test
    void module_exports_only_the_api_package_and_opens_nothing() throws IOException {
        Path descriptor = Path.of("target/classes/module-info.class");
        assertThat(descriptor).exists();
        try (InputStream in = Files.newInputStream(descriptor)) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertThat(module.name()).isEqualTo("org.secunity.serialization");
            assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
                    .containsExactly("org.secunity.serialization");
            assertThat(module.opens()).isEmpty();
            assertThat(module.isOpen()).isFalse();
            assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                    .contains("org.secunity.core", "org.secunity.matching", "com.fasterxml.jackson.core",
                            "com.fasterxml.jackson.databind",
                            "com.fasterxml.jackson.dataformat.yaml", "com.fasterxml.jackson.dataformat.csv");
            assertThat(module.requires())
                    .filteredOn(r -> r.name().equals("org.secunity.core") || r.name().equals("org.secunity.matching"))
                    .hasSize(2)
                    .allSatisfy(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        }
    }
}
