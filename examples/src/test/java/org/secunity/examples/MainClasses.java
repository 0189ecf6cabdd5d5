package org.secunity.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.Nullable;

/** Every main (not test) class of every module, imported once for the ArchUnit tests. */
final class MainClasses {

    private static @Nullable JavaClasses classes;

    private MainClasses() {}

    /** Returns the classes of {@code org.secunity} and below, importing them on the first call. */
    static synchronized JavaClasses get() {
        JavaClasses imported = classes;
        if (imported == null) {
            imported = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.secunity");
            classes = imported;
        }
        return imported;
    }
}
