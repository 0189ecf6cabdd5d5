package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.secunity.SecunityException;
import org.secunity.core.BilingualText;

/**
 * With a Jackson older than the supported range on the class path, loading the seed catalog and every other
 * reader and writer fail with one clear message naming the versions found and needed, not with a
 * {@link NoSuchMethodError} from inside Jackson (issue 10).
 *
 * <p>Runs only in the {@code jackson-too-old} execution of {@code -Prelease-checks}, which puts Jackson
 * {@code secunity.jackson.tooOld} (2.17.3, what Spring Boot 3.3 brings) on the class path instead of the build's.
 */
@EnabledIfSystemProperty(named = "secunity.jackson.tooOld", matches = "2\\..+")
class JacksonTooOldTest {

    private static final String FOUND = "found jackson-core " + System.getProperty("secunity.jackson.tooOld");

    @Test
    void loading_the_seed_catalog_names_the_jackson_found_and_needed() {
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("secunity.jackson.tooOld"));
        assertThatThrownBy(SeedCatalog::load)
                .isExactlyInstanceOf(SecunityException.class)
                .hasMessageStartingWith("Secunity SDK's serialization needs Jackson 2.18.0 or a later 2.x version, "
                        + "but " + FOUND)
                .hasNoCause();
    }

    @Test
    void reading_a_catalog_file_fails_the_same_way() {
        byte[] json = "{\"schemaVersion\":1,\"communities\":[],\"practices\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Catalogs.read(new ByteArrayInputStream(json), "mine.json", Format.JSON))
                .isExactlyInstanceOf(SecunityException.class)
                .hasMessageContaining(FOUND);
    }

    @Test
    void writing_json_fails_the_same_way() {
        assertThatThrownBy(() -> SecunityMapper.json().write(WireType.BILINGUAL_TEXT, BilingualText.of("例", "example")))
                .isExactlyInstanceOf(SecunityException.class)
                .hasMessageContaining(FOUND);
    }
}
