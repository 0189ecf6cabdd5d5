package org.secunity.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secunity.SecunityException;
import org.secunity.core.BilingualText;
import org.secunity.core.Catalog;
import org.secunity.core.EffectTag;
import org.secunity.core.Practice;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Signal;
import org.secunity.matching.Situation;
import org.secunity.serialization.SeedCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The four charts in both languages: SVG that parses with its labels as text, PNG that decodes with glyphs drawn (issue 15). */
class ChartsTest {

    private static final Catalog SEED = SeedCatalog.load();

    static Stream<Arguments> charts() {
        List<Arguments> cases = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            cases.add(Arguments.of(Charts.tagMatrix(SEED).withLanguage(locale),
                    List.of(EffectTag.ENHANCE_ACTIVITY_EFFECT.label(locale), "13", "22")));
            cases.add(Arguments.of(Charts.coverage(SEED).withLanguage(locale),
                    List.of(EffectTag.PROMOTE_COMPANY_PARTICIPATION.label(locale), "HAISL")));
            cases.add(Arguments.of(Charts.calendar(SEED.eventDistribution(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 1, 1))).withLanguage(locale),
                    List.of("sokansai-lt", "kagoshima-council", locale == Locale.ENGLISH ? "Jul" : "7月")));
            cases.add(Arguments.of(Charts.ranking(PracticeMatcher.of(SEED).recommend(
                    Situation.builder().putGoal(EffectTag.REDUCE_OPERATING_BURDEN, 1.0).build(), 5))
                    .withLanguage(locale), List.of(Signal.GOALS.label(locale))));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void svg_is_well_formed_xml_with_the_labels_as_text(Chart chart, List<String> expected) throws Exception {
        Document svg = parse(chart.svg());
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        List<String> texts = texts(svg);
        assertThat(texts).contains(chart.labels().get(0)).containsAll(expected);
        assertThat(chart.svg()).contains("font-family=\"'" + chart.fontFamily() + "'\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("charts")
    void png_decodes_at_its_size_and_is_not_blank(Chart chart, List<String> expected) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(chart.width());
        assertThat(image.getHeight()).isEqualTo(chart.height());
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colors.add(image.getRGB(x, y));
            }
        }
        assertThat(colors).as("distinct colours").hasSizeGreaterThan(8);
        // the title is drawn at the top: dark pixels in the upper band
        assertThat(darkPixels(image, 0, 0, image.getWidth(), 40)).as("dark pixels of the title").isGreaterThan(50);
    }

    @Test
    void japanese_labels_are_drawn_in_a_font_that_has_their_glyphs() {
        Chart chart = Charts.coverage(SEED).withLanguage(Locale.JAPANESE);
        String text = String.join("", chart.labels());
        assertThat(text).contains("企業の参加を促進する");
        Font font = new Font(chart.fontFamily(), Font.PLAIN, 32);
        assertThat(font.getFamily()).as("the family is installed, not a fallback").isEqualTo(chart.fontFamily());
        assertThat(font.canDisplayUpTo(text)).as("first character the font lacks").isEqualTo(-1);
        // tofu check: a font without the glyphs draws every character as the same empty box
        Set<String> glyphs = new HashSet<>();
        for (String c : List.of("企", "業", "参", "加", "効", "果", "タ", "グ")) {
            BufferedImage glyph = draw(c, font);
            assertThat(darkPixels(glyph, 0, 0, glyph.getWidth(), glyph.getHeight())).as("ink of %s", c).isGreaterThan(20);
            glyphs.add(signature(glyph));
        }
        assertThat(glyphs).as("distinct glyph images").hasSize(8);
    }

    @Test
    void a_japanese_png_has_its_title_glyphs_where_the_title_is() throws IOException {
        Chart ja = Charts.tagMatrix(SEED).withLanguage(Locale.JAPANESE);
        Chart en = Charts.tagMatrix(SEED).withLanguage(Locale.ENGLISH);
        BufferedImage jaImage = ImageIO.read(new ByteArrayInputStream(ja.png()));
        BufferedImage enImage = ImageIO.read(new ByteArrayInputStream(en.png()));
        assertThat(darkPixels(jaImage, 0, 0, jaImage.getWidth(), 40)).isGreaterThan(100);
        assertThat(signature(jaImage.getSubimage(0, 0, jaImage.getWidth(), 40)))
                .isNotEqualTo(signature(enImage.getSubimage(0, 0, enImage.getWidth(), 40)));
    }

    @Test
    void write_picks_the_format_by_extension(@TempDir Path dir) throws IOException {
        Chart chart = Charts.coverage(SEED);
        chart.write(dir.resolve("c.SVG"));
        chart.write(dir.resolve("c.png"));
        assertThat(Files.readString(dir.resolve("c.SVG"))).startsWith("<?xml").contains("<svg");
        assertThat(Files.readAllBytes(dir.resolve("c.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThatThrownBy(() -> chart.write(dir.resolve("c.pdf")))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("a chart is written as .svg or .png, but the file is");
    }

    @Test
    void a_size_out_of_range_is_refused() {
        assertThatThrownBy(() -> Charts.coverage(SEED).withSize(50, 400))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("must be from 100 to 4000 pixels, but were 50 × 400");
    }

    @Test
    void a_tag_matrix_of_more_than_200_practices_is_refused() {
        Catalog.Builder big = Catalog.builder();
        for (int n = 1; n <= 201; n++) {
            big.addPractices(Practice.builder().number(n).title(BilingualText.of("題", "Title"))
                    .purpose(BilingualText.of("目的", "Purpose")).addEffectTag(EffectTag.ENHANCE_ACTIVITY_EFFECT, "q")
                    .build());
        }
        Catalog catalog = big.build();
        assertThatThrownBy(() -> Charts.tagMatrix(catalog))
                .isInstanceOf(SecunityException.class)
                .hasMessageContaining("a tag matrix shows at most 200 practices, but there are 201");
    }

    @Test
    void no_font_is_picked_for_characters_no_installed_font_has() {
        assertThat(Fonts.familyFor("\uDBBF\uDFFD")).isEmpty();
        assertThat(Fonts.familyFor("Practice")).isPresent();
    }

    // ---- helpers

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static BufferedImage draw(String text, Font font) {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 48, 48);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(font);
        g.drawString(text, 4, 38);
        g.dispose();
        return image;
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static String signature(BufferedImage image) {
        StringBuilder bits = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                bits.append(c.getRed() + c.getGreen() + c.getBlue() < 300 ? '1' : '0');
            }
        }
        return bits.toString();
    }
}
