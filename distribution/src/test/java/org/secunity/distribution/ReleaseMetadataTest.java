package org.secunity.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Maven Central requires of every published module, and a BOM that lists every published module at the
 * build's version (issue 10). A module is published unless its POM sets {@code maven.deploy.skip}; a new
 * published module (a server, charts, …) fails here until {@code bom/pom.xml} lists it.
 */
class ReleaseMetadataTest {

    private static final Path ROOT = Path.of("..");

    private static Element pom(String module) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(ROOT.resolve(module).resolve("pom.xml").toFile());
        return document.getDocumentElement();
    }

    /** The text of the first element on a path of child names, or empty. */
    private static String text(Element from, String... path) {
        Element at = from;
        for (String name : path) {
            Element next = null;
            for (Node n = at.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    next = e;
                    break;
                }
            }
            if (next == null) {
                return "";
            }
            at = next;
        }
        return at.getTextContent().strip();
    }

    private static List<String> modules() throws Exception {
        List<String> modules = new ArrayList<>();
        NodeList list = pom(".").getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            modules.add(list.item(i).getTextContent().strip());
        }
        return modules;
    }

    private static boolean published(String module) throws Exception {
        return !"true".equals(text(pom(module), "properties", "maven.deploy.skip"));
    }

    @Test
    void the_parent_carries_the_metadata_central_requires() throws Exception {
        Element root = pom(".");
        for (String[] field : new String[][] {{"url"}, {"licenses", "license", "name"},
                {"licenses", "license", "url"}, {"scm", "connection"}, {"scm", "developerConnection"},
                {"scm", "url"}, {"developers", "developer", "name"}, {"issueManagement", "url"}}) {
            assertThat(text(root, field)).as(String.join(".", field)).isNotEmpty();
        }
        assertThat(root.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
        assertThat(text(root, "properties", "project.build.outputTimestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void every_published_module_has_a_name_and_a_description_and_inherits_the_rest() throws Exception {
        for (String module : modules()) {
            if (published(module) && !"bom".equals(module)) {
                Element pom = pom(module);
                assertThat(text(pom, "name")).as(module + " name").startsWith("Secunity SDK :: ");
                assertThat(text(pom, "description")).as(module + " description").isNotEmpty();
                assertThat(text(pom, "parent", "artifactId")).as(module + " parent").isEqualTo("secunity-parent");
                assertThat(text(pom, "url")).as(module + " keeps the parent's url").isEmpty();
            }
        }
    }

    @Test
    void the_bom_lists_every_published_module_at_the_build_version() throws Exception {
        Set<String> published = new TreeSet<>();
        for (String module : modules()) {
            if (published(module) && !"bom".equals(module)) {
                published.add(text(pom(module), "artifactId"));
            }
        }
        assertThat(published).contains("secunity-recurrence", "secunity-core", "secunity-matching",
                "secunity-serialization").doesNotContain("secunity-examples", "secunity-benchmarks");
        Element bom = pom("bom");
        Set<String> listed = new TreeSet<>();
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            assertThat(text(d, "groupId")).isEqualTo("org.secunity");
            assertThat(text(d, "version")).isEqualTo("${project.version}");
            listed.add(text(d, "artifactId"));
        }
        assertThat(listed).as("secunity-bom lists exactly the published modules").isEqualTo(published);
        assertThat(text(bom, "version")).isEqualTo(text(pom("."), "version"));
        assertThat(text(bom, "parent")).as("an imported BOM must not bring the parent's pins").isEmpty();
    }

    @Test
    void the_bom_repeats_the_parents_metadata_and_pins() throws Exception {
        Element root = pom(".");
        Element bom = pom("bom");
        for (String[] field : new String[][] {{"url"}, {"licenses", "license", "name"},
                {"licenses", "license", "url"}, {"scm", "connection"}, {"scm", "developerConnection"},
                {"scm", "url"}, {"developers", "developer", "name"}, {"issueManagement", "url"},
                {"properties", "project.build.outputTimestamp"}}) {
            assertThat(text(bom, field)).as(String.join(".", field)).isEqualTo(text(root, field));
        }
        assertThat(text(bom, "name")).isEqualTo("Secunity SDK :: BOM");
        assertThat(text(bom, "description")).isNotEmpty();
        String bomText = Files.readString(ROOT.resolve("bom/pom.xml"));
        for (String plugin : new String[] {"install", "deploy", "gpg", "site", "clean"}) {
            String version = text(root, "properties", plugin + "-plugin.version");
            assertThat(bomText).as("maven-%s-plugin at the parent's version", plugin)
                    .contains("<artifactId>maven-" + plugin + "-plugin</artifactId>\n          <version>" + version);
        }
    }
}
