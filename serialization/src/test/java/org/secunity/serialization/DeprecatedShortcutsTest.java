package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.secunity.core.Practice;

/** The deprecated shortcuts keep working until they are removed: each is its SecunityMapper twin. */
@SuppressWarnings("deprecation")
class DeprecatedShortcutsTest {

    @Test
    void the_shortcuts_read_and_write_as_the_mapper_does() {
        Practice practice = SeedCatalog.load().practices().get(12);
        String json = SecunityMapper.json().write(practice);
        String yaml = SecunityMapper.yaml().write(practice);
        assertThat(SecunityJson.write(practice)).isEqualTo(json);
        assertThat(SecunityYaml.write(practice)).isEqualTo(yaml);
        assertThat(SecunityJson.read(Practice.class, json)).isEqualTo(practice);
        assertThat(SecunityYaml.read(WireType.PRACTICE, yaml)).isEqualTo(practice);
        assertThat(yaml).isNotEqualTo(json);
    }
}
