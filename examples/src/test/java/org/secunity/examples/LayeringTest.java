package org.secunity.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module layering of docs/design.md: recurrence ← core ← matching, serialization ← charts, server ← examples.
 * No module may reach against that direction.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = MainClasses.get();
    }

    static Stream<ArchRule> rules() {
        return Stream.of(
                classes().that().resideInAnyPackage("org.secunity", "org.secunity.recurrence..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(
                                "java..", "org.secunity", "org.secunity.recurrence..", "org.jspecify..")
                        .as("recurrence depends on the JDK only and knows nothing of core"),
                noClasses().that().resideInAPackage("org.secunity.core..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.secunity.matching..", "org.secunity.serialization..", "org.secunity.examples..",
                                "com.fasterxml..")
                        .as("core knows nothing of matching, serialization, examples or Jackson"),
                noClasses().that().resideInAPackage("org.secunity.matching..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "org.secunity.serialization..", "org.secunity.examples..", "com.fasterxml..")
                        .as("matching depends on core only"),
                noClasses().that().resideInAPackage("org.secunity.serialization..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.secunity.examples..")
                        .as("nothing depends on examples"),
                noClasses().that().resideInAnyPackage("org.secunity", "org.secunity.recurrence..", "org.secunity.core..",
                                "org.secunity.matching..", "org.secunity.serialization..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.secunity.server..", "io.javalin..",
                                "org.eclipse.jetty..")
                        .as("no library module depends on the server or a web server"),
                noClasses().that().resideInAPackage("org.secunity.server..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.secunity.examples..")
                        .as("the server does not depend on the app"),
                noClasses().that().resideInAnyPackage("org.secunity", "org.secunity.recurrence..",
                                "org.secunity.core..", "org.secunity.matching..", "org.secunity.serialization..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.secunity.charts..", "org.jfree..",
                                "org.apache.batik..", "java.awt..")
                        .as("no library module depends on charts or on a chart library (issue 15)"),
                classes().that().resideInAPackage("org.secunity.charts..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "org.w3c..",
                                "org.jspecify..", "org.jfree..", "org.apache.batik..", "org.secunity",
                                "org.secunity.recurrence..", "org.secunity.core..", "org.secunity.matching..",
                                "org.secunity.charts..")
                        .as("charts depends on core and matching, JFreeChart and Batik only"),
                noClasses().that().resideOutsideOfPackage("org.secunity.examples..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.secunity.examples..")
                        .as("no library module depends on examples"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void modules_depend_only_in_the_direction_of_the_design(ArchRule rule) {
        rule.check(classes);
    }
}
