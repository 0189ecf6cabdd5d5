package org.secunity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

/**
 * Runs the three research recipes of {@code examples/jshell/research/} on the packaged jar, as a
 * researcher would, each in an empty directory: each prints its answer and writes its chart (issue 15).
 */
class ResearchRecipesIT {

    static Stream<Arguments> recipes() {
        return Stream.of(
                Arguments.of("least-covered-tags", "least-covered-tags.png",
                        // kumamoto-council covers company participation through practice 17 since issue 16's curation
                        List.of("5 of 10 communities  企業の参加を促進する  [haisl, misec, sokansai-lt, kumamoto-council, "
                                + "kagoshima-council]",
                                "9 of 10 communities  活動の効果を高める")),
                Arguments.of("rural-volunteer-practices", "rural-volunteer-practices.svg",
                        List.of("1. practice ", "課題「参加企業に負担をかけられない」に対応する 「")),
                Arguments.of("meetings-per-year", "meetings-per-year.svg",
                        List.of("sokansai-lt: 7 a year (7 counted)", "kyukeiren-cswg: 3 a year (3 stated)",
                                "haisl: about 3 a year (about 3 approximate), 2 of 4 events unknown",
                                "sokansai-lt in 2026: [2月×1, 4月×1, 6月×1, 7月×1, 8月×1, 10月×1, 12月×1]",
                                "not placed (no fixed dates): 16 events")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void the_recipe_prints_its_answer_and_writes_its_chart(String recipe, String chart, List<String> answer,
            @TempDir Path dir) throws Exception {
        Path script = Processes.root().resolve("examples/jshell/research/" + recipe + ".jsh");
        Processes.Result result = Processes.run(dir, "", 300, Processes.tool("jshell"), "-J-Djava.awt.headless=true",
                "-R-Djava.awt.headless=true", "--class-path", Processes.jar().toString(), script.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(answer);
        assertThat(result.out() + result.err()).doesNotContain("Error:").doesNotContain("Exception")
                .doesNotContain("cannot find symbol");
        Path file = dir.resolve(chart);
        assertThat(file).isRegularFile();
        if (chart.endsWith(".png")) {
            assertThat(ImageIO.read(file.toFile())).isNotNull();
        } else {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(Files.readString(file))))
                    .getDocumentElement().getNodeName()).isEqualTo("svg");
        }
    }

    /** The bar: each research question answered in at most ten lines, comments aside. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("recipes")
    void the_recipe_takes_at_most_ten_lines_of_code(String recipe, String chart, List<String> answer)
            throws IOException {
        List<String> code = Files.readAllLines(Processes.root().resolve("examples/jshell/research/" + recipe + ".jsh"))
                .stream().filter(l -> !l.isBlank() && !l.startsWith("//")).toList();
        assertThat(code).as("code lines of %s", recipe).hasSizeLessThanOrEqualTo(10);
    }
}
