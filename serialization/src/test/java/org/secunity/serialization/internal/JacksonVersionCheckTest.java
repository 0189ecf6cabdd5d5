package org.secunity.serialization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Jackson version check: which versions pass and what the message says (issue 10). */
class JacksonVersionCheckTest {

    private static Map<String, Version> all(int major, int minor, int patch) {
        Map<String, Version> found = new LinkedHashMap<>();
        for (String module : JacksonVersionCheck.found().keySet()) {
            found.put(module, new Version(major, minor, patch, null, "com.fasterxml.jackson", module));
        }
        return found;
    }

    @Test
    void the_jackson_of_this_build_passes() {
        assertThat(JacksonVersionCheck.problem(JacksonVersionCheck.found())).isNull();
        assertThatCode(JacksonVersionCheck::require).doesNotThrowAnyException();
    }

    @Test
    void the_minimum_and_later_2x_versions_pass() {
        assertThat(JacksonVersionCheck.problem(all(2, 18, 0))).isNull();
        assertThat(JacksonVersionCheck.problem(all(2, 19, 2))).isNull();
        assertThat(JacksonVersionCheck.problem(all(2, 99, 0))).isNull();
    }

    @Test
    void spring_boot_3_3s_jackson_is_refused_with_the_versions_found_and_needed() {
        Map<String, Version> found = all(2, 18, 2);
        found.put("jackson-databind", new Version(2, 17, 3, null, "com.fasterxml.jackson.core", "jackson-databind"));
        assertThat(JacksonVersionCheck.problem(found))
                .isEqualTo("Secunity SDK's serialization needs Jackson 2.18.0 or a later 2.x version, but found "
                        + "jackson-databind 2.17.3: align the application's Jackson versions, for example by "
                        + "importing com.fasterxml.jackson:jackson-bom 2.18.0 or later");
    }

    @Test
    void every_old_module_is_named() {
        assertThat(JacksonVersionCheck.problem(all(2, 12, 7)))
                .contains("found jackson-core 2.12.7, jackson-databind 2.12.7, jackson-dataformat-yaml 2.12.7, "
                        + "jackson-dataformat-csv 2.12.7:");
    }

    @Test
    void a_pre_release_of_the_minimum_is_refused() {
        Map<String, Version> found = all(2, 18, 0);
        found.put("jackson-core", new Version(2, 18, 0, "rc1", "com.fasterxml.jackson.core", "jackson-core"));
        assertThat(JacksonVersionCheck.problem(found)).contains("found jackson-core 2.18.0-rc1:");
    }

    @Test
    void a_version_that_is_not_2x_is_refused() {
        assertThat(JacksonVersionCheck.problem(all(3, 0, 0))).contains("found jackson-core 3.0.0");
        assertThat(JacksonVersionCheck.problem(all(1, 9, 13))).contains("found jackson-core 1.9.13");
    }
}
