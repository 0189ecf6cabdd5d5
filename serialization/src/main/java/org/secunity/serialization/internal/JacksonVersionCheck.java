package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;

/**
 * The Jackson versions this module runs on, checked before Jackson is first used.
 *
 * <p>The module is compiled against a recent Jackson 2 but runs on any 2.x from {@value #MINIMUM} on (the
 * oldest in a maintained Spring Boot line: Boot 3.4 brings 2.18). An application that resolves an older Jackson
 * would otherwise fail deep inside a parser with a {@link NoSuchMethodError}; instead, every reader and writer
 * throws one {@link SecunityException} that names the versions found and the version needed. The versions are
 * read once per class loader, from the {@code PackageVersion} class each Jackson jar carries.
 */
public final class JacksonVersionCheck {

    /** The oldest Jackson 2 version this module runs on. */
    public static final String MINIMUM = "2.18.0";

    private static final int MINIMUM_MINOR = 18;

    private static final @Nullable String PROBLEM = problem(found());

    private JacksonVersionCheck() {}

    /**
     * Throws unless every Jackson module on the class or module path is a supported version.
     *
     * @throws SecunityException if a Jackson module older than {@value #MINIMUM}, or not of version 2, is present
     */
    public static void require() {
        String problem = PROBLEM;
        if (problem != null) {
            throw new SecunityException(problem);
        }
    }

    /**
     * Returns the versions of the Jackson modules this module uses, as found at run time.
     *
     * @return the version of each module by artifact ID, in dependency order
     */
    static Map<String, Version> found() {
        Map<String, Version> found = new LinkedHashMap<>();
        found.put("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
        found.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        found.put("jackson-dataformat-yaml", com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION);
        found.put("jackson-dataformat-csv", com.fasterxml.jackson.dataformat.csv.PackageVersion.VERSION);
        return found;
    }

    /** Tells whether a version is 2.x from 2.18.0 on; a pre-release of 2.18.0 (2.18.0-rc1) is not. */
    private static boolean supported(Version v) {
        if (v.getMajorVersion() != 2 || v.getMinorVersion() < MINIMUM_MINOR) {
            return false;
        }
        // isSnapshot(): any qualifier, such as -rc1 or -SNAPSHOT, which comes before the release
        return v.getMinorVersion() > MINIMUM_MINOR || v.getPatchLevel() > 0 || !v.isSnapshot();
    }

    /**
     * Returns what is wrong with a set of Jackson versions.
     *
     * @param found the version of each Jackson module by artifact ID
     * @return the message naming each unsupported module with its version and the version needed, or null when
     *     every one is supported
     */
    static @Nullable String problem(Map<String, Version> found) {
        List<String> unsupported = new ArrayList<>();
        found.forEach((module, version) -> {
            if (!supported(version)) {
                unsupported.add(module + " " + version.toString());
            }
        });
        if (unsupported.isEmpty()) {
            return null;
        }
        return "Secunity SDK's serialization needs Jackson " + MINIMUM + " or a later 2.x version, but found "
                + String.join(", ", unsupported) + ": align the application's Jackson versions, for example by "
                + "importing com.fasterxml.jackson:jackson-bom " + MINIMUM + " or later";
    }
}
