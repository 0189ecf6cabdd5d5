package org.secunity.charts;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.secunity.SecunityException;
import org.secunity.SecunityIOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A chart of the catalog or of a ranking, ready to write as SVG or PNG: one of the charts of
 * {@link Charts}, in a language and a size.
 *
 * <p>Labels are Japanese for a {@code ja} locale and English otherwise (the default). Text is
 * drawn in the first installed font of a list that starts with Noto Sans CJK JP (Debian's
 * {@code fonts-noto-cjk}) and can display every label; a PNG with labels no installed font can
 * display is refused rather than drawn as empty boxes. In SVG the text stays text
 * ({@code <text>} elements, searchable and selectable), with the chosen font family named.
 *
 * <p>Immutable and safe to share; each write draws the chart afresh (JFreeChart's objects are
 * mutable and never shared). Bounds: at most 4000 × 4000 pixels.
 *
 * <pre>{@code
 * Charts.tagMatrix(catalog).writeSvg(Path.of("tag-matrix.svg"));
 * Charts.tagMatrix(catalog).withLanguage(Locale.JAPANESE).writePng(Path.of("tag-matrix.png"));
 * }</pre>
 */
public final class Chart {

    /** The largest width or height, in pixels. */
    public static final int MAX_SIZE = 4000;

    private final Drawing drawing;
    private final Locale locale;
    private final int width;
    private final int height;

    private Chart(Drawing drawing, Locale locale, int width, int height) {
        this.drawing = drawing;
        this.locale = locale;
        this.width = width;
        this.height = height;
    }

    static Chart of(Drawing drawing) {
        Dimension size = drawing.size();
        return new Chart(drawing, Locale.ENGLISH, size.width, size.height);
    }

    /**
     * Returns the chart's name, which is also the CLI's name for it.
     *
     * @return the name, such as {@code tag-matrix}, not null
     */
    public String name() {
        return drawing.name();
    }

    /**
     * Returns a copy with labels in a language: Japanese for {@code ja}, English for any other.
     *
     * @param locale the locale, not null
     * @return the chart, not null
     */
    public Chart withLanguage(Locale locale) {
        return new Chart(drawing, Objects.requireNonNull(locale, "locale"), width, height);
    }

    /**
     * Returns a copy of another size.
     *
     * @param width the width in pixels, 100 to {@value #MAX_SIZE}
     * @param height the height in pixels, 100 to {@value #MAX_SIZE}
     * @return the chart, not null
     * @throws SecunityException if a side is out of range
     */
    public Chart withSize(int width, int height) {
        if (width < 100 || width > MAX_SIZE || height < 100 || height > MAX_SIZE) {
            throw new SecunityException("a chart's width and height must be from 100 to " + MAX_SIZE
                    + " pixels, but were " + width + " × " + height);
        }
        return new Chart(drawing, locale, width, height);
    }

    /**
     * Returns the language of the labels.
     *
     * @return the locale, not null
     */
    public Locale language() {
        return locale;
    }

    /**
     * Returns the width.
     *
     * @return the width in pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return the height in pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns every text the chart shows in its language: title, axis labels, category and legend
     * labels.
     *
     * @return the labels, unmodifiable
     */
    public List<String> labels() {
        return drawing.labels(locale);
    }

    /**
     * Returns the font family the chart's text is drawn in: the first installed family of the
     * preferred list that can display every label, or {@code SansSerif} when none can.
     *
     * @return the family name, not null
     */
    public String fontFamily() {
        return Fonts.familyFor(String.join("", labels())).orElse(Font.SANS_SERIF);
    }

    /**
     * Returns the chart as an SVG document.
     *
     * @return the SVG text, UTF-8 XML with an {@code <svg>} root, not null
     */
    public String svg() {
        JFreeChart chart = draw();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
            SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
            context.setComment("Secunity SDK: " + name());
            context.setEmbeddedFontsOn(false);
            SVGGraphics2D g = new SVGGraphics2D(context, false);
            g.setSVGCanvasSize(new Dimension(width, height));
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            Element root = g.getRoot();
            root.setAttribute("viewBox", "0 0 " + width + " " + height);
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            transformers.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            g.dispose();
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed to write SVG", e);
        }
    }

    /**
     * Returns the chart as a PNG image.
     *
     * @return the PNG bytes, not null
     * @throws SecunityException if no installed font can display the labels (install a CJK font such
     *     as Debian's {@code fonts-noto-cjk} for Japanese labels)
     */
    public byte[] png() {
        String text = String.join("", labels());
        if (Fonts.familyFor(text).isEmpty()) {
            throw new SecunityException("no installed font can display the labels of chart " + name() + " ("
                    + text.codePoints().filter(c -> !new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplay(c)).limit(5)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    + "…); install a CJK font such as Debian's fonts-noto-cjk, or draw it in English");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, draw(), width, height);
        } catch (IOException e) {
            throw new SecunityIOException("cannot encode chart " + name() + " as PNG", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the chart as SVG to a UTF-8 file, replacing it.
     *
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     */
    public void writeSvg(Path file) {
        write(file, svg().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the chart as PNG to a file, replacing it.
     *
     * @param file the file, not null
     * @throws SecunityException if no installed font can display the labels
     * @throws SecunityIOException if writing fails
     */
    public void writePng(Path file) {
        write(file, png());
    }

    /**
     * Writes the chart in the format its file name ends with: {@code .svg} or {@code .png}.
     *
     * @param file the file, not null, ending with {@code .svg} or {@code .png} in any case
     * @throws SecunityException if the name ends otherwise, or a PNG's labels cannot be displayed
     * @throws SecunityIOException if writing fails
     */
    public void write(Path file) {
        String name = String.valueOf(Objects.requireNonNull(file, "file").getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            writeSvg(file);
        } else if (name.endsWith(".png")) {
            writePng(file);
        } else {
            throw new SecunityException("a chart is written as .svg or .png, but the file is " + file);
        }
    }

    private static void write(Path file, byte[] bytes) {
        Objects.requireNonNull(file, "file");
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new SecunityIOException(file + ": cannot write the file", e);
        }
    }

    private JFreeChart draw() {
        return drawing.draw(locale, fontFamily());
    }

    /**
     * Returns the name, the language and the size.
     *
     * @return a readable form, such as {@code "Chart[tag-matrix, en, 900 × 420]"}, not null
     */
    @Override
    public String toString() {
        return "Chart[" + name() + ", " + locale.getLanguage() + ", " + width + " × " + height + "]";
    }

    /** What a chart draws: its name, its labels in a language, and the drawing itself. */
    interface Drawing {
        String name();

        Dimension size();

        List<String> labels(Locale locale);

        JFreeChart draw(Locale locale, String fontFamily);
    }
}
