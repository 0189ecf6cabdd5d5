package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/jshell/startup.jsh} imports every package that the library modules export, so that every
 * snippet of the README works in an interactive session (issue 10: {@code Cadence.parse} did not).
 */
class JShellStartupTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern EXPORTS = Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORTS = Pattern.compile("^import\\s+([\\w.]+)\\.\\*;", Pattern.MULTILINE);

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void startup_imports_every_exported_package() throws IOException {
        Set<String> exported = new TreeSet<>();
        for (String module : new String[] {"recurrence", "core", "matching", "serialization"}) {
            exported.addAll(all(EXPORTS, Files.readString(
                    ROOT.resolve(module).resolve("src/main/java/module-info.java"), StandardCharsets.UTF_8)));
        }
        assertThat(exported).contains("org.secunity", "org.secunity.recurrence.cadence", "org.secunity.serialization");
        String startup = Files.readString(ROOT.resolve("examples/jshell/startup.jsh"), StandardCharsets.UTF_8);
        assertThat(all(IMPORTS, startup)).containsAll(exported);
    }
}
