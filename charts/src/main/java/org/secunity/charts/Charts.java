package org.secunity.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.core.Community;
import org.secunity.core.CommunityId;
import org.secunity.core.EffectTag;
import org.secunity.core.EffectTagCoverage;
import org.secunity.core.EventDistribution;
import org.secunity.core.Practice;
import org.secunity.matching.Ranking;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Signal;

/**
 * The researchers' charts, each a {@link Chart} to write as SVG or PNG, in Japanese or English:
 *
 * <ul>
 *   <li>{@link #tagMatrix(Catalog)} — the practice × effect-tag matrix as a heatmap;
 *   <li>{@link #coverage(Catalog)} — for each effect tag, the communities that cover it (have at
 *       least one practice with it), one bar segment per community;
 *   <li>{@link #calendar(EventDistribution)} — occurrences of the fixed-date events per month and
 *       community, as a heatmap with the counts;
 *   <li>{@link #ranking(Ranking)} — a ranking's scores as bars split by signal.
 * </ul>
 *
 * <p>Bounds: a tag matrix of at most 200 practices, coverage of at most 50 communities, a calendar
 * of at most 100 communities, a ranking of at most 100 recommendations; larger inputs are refused
 * with a {@link SecunityException}.
 *
 * <pre>{@code
 * Catalog catalog = SeedCatalog.load();
 * Charts.tagMatrix(catalog).writeSvg(Path.of("tag-matrix.svg"));
 * Charts.coverage(catalog).withLanguage(Locale.JAPANESE).writePng(Path.of("coverage.png"));
 * Charts.calendar(catalog.eventDistribution(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
 *         .writeSvg(Path.of("calendar.svg"));
 * Charts.ranking(PracticeMatcher.of(catalog).recommend(situation, 5)).writePng(Path.of("ranking.png"));
 * }</pre>
 */
public final class Charts {

    private static final Color EMPTY = new Color(0xF2F2F2);
    private static final Color FILLED = new Color(0x2C7FB8);
    private static final int MAX_PRACTICES = 200;
    private static final int MAX_COVERAGE_COMMUNITIES = 50;
    private static final int MAX_CALENDAR_COMMUNITIES = 100;
    private static final int MAX_RECOMMENDATIONS = 100;

    private Charts() {}

    /**
     * Returns the practice × effect-tag matrix as a heatmap: practices across, tags down, a filled
     * cell where the practice has the tag.
     *
     * @param catalog the catalog, not null, with at most 200 practices
     * @return the chart, not null
     * @throws SecunityException if the catalog has more than 200 practices
     */
    public static Chart tagMatrix(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        List<Practice> practices = catalog.practices();
        bound(practices.size(), MAX_PRACTICES, "practices", "tag matrix");
        return Chart.of(new Chart.Drawing() {
            @Override
            public String name() {
                return "tag-matrix";
            }

            @Override
            public Dimension size() {
                return new Dimension(Math.max(600, 320 + 34 * practices.size()), 420);
            }

            @Override
            public List<String> labels(Locale locale) {
                List<String> labels = new ArrayList<>(List.of(pick(locale, "プラクティス × 効果タグ",
                        "Practices × effect tags"), pick(locale, "プラクティス", "Practice"),
                        pick(locale, "効果タグ", "Effect tag")));
                for (EffectTag tag : EffectTag.values()) {
                    labels.add(tag.label(locale));
                }
                practices.forEach(p -> labels.add(String.valueOf(p.number())));
                return List.copyOf(labels);
            }

            @Override
            public JFreeChart draw(Locale locale, String family) {
                EffectTag[] tags = EffectTag.values();
                int n = practices.size() * tags.length;
                double[][] cells = new double[3][n];
                int i = 0;
                for (int x = 0; x < practices.size(); x++) {
                    for (int t = 0; t < tags.length; t++) {
                        cells[0][i] = x;
                        cells[1][i] = tags.length - 1 - t;
                        cells[2][i++] = practices.get(x).hasEffectTag(tags[t]) ? 1 : 0;
                    }
                }
                String[] tagLabels = new String[tags.length];
                for (int t = 0; t < tags.length; t++) {
                    tagLabels[tags.length - 1 - t] = tags[t].label(locale);
                }
                String[] practiceLabels = practices.stream().map(p -> String.valueOf(p.number())).toArray(String[]::new);
                LookupPaintScale scale = new LookupPaintScale(0, 2, EMPTY);
                scale.add(0.5, FILLED);
                List<String> labels = labels(locale);
                return heatmap(labels.get(0), labels.get(1), practiceLabels, labels.get(2), tagLabels, cells, scale,
                        false, family);
            }
        });
    }

    /**
     * Returns, for each effect tag, the communities that cover it: one horizontal bar per tag, one
     * segment per covering community, so that a bar's length is the number of communities.
     *
     * @param catalog the catalog, not null, with at most 50 communities
     * @return the chart, not null
     * @throws SecunityException if the catalog has more than 50 communities
     */
    public static Chart coverage(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        bound(catalog.communities().size(), MAX_COVERAGE_COMMUNITIES, "communities", "coverage chart");
        EffectTagCoverage coverage = catalog.effectTagCoverage();
        List<String> names = catalog.communities().stream().map(Charts::shortName).toList();
        return Chart.of(new Chart.Drawing() {
            @Override
            public String name() {
                return "coverage";
            }

            @Override
            public Dimension size() {
                return new Dimension(900, 480);
            }

            @Override
            public List<String> labels(Locale locale) {
                List<String> labels = new ArrayList<>(List.of(
                        pick(locale, "効果タグをカバーするコミュニティ", "Communities covering each effect tag"),
                        pick(locale, "効果タグ", "Effect tag"),
                        pick(locale, "コミュニティ数（1件以上のプラクティスがタグを持つ）",
                                "Communities (with at least one practice of the tag)")));
                for (EffectTag tag : EffectTag.values()) {
                    labels.add(tag.label(locale));
                }
                labels.addAll(names);
                return List.copyOf(labels);
            }

            @Override
            public JFreeChart draw(Locale locale, String family) {
                DefaultCategoryDataset data = new DefaultCategoryDataset();
                List<CommunityId> ids = coverage.communities();
                for (int c = 0; c < ids.size(); c++) {
                    Map<EffectTag, Integer> counts = coverage.practiceCounts().get(ids.get(c));
                    for (EffectTag tag : EffectTag.values()) {
                        data.addValue(counts.get(tag) > 0 ? 1 : 0, names.get(c), tag.label(locale));
                    }
                }
                List<String> labels = labels(locale);
                return stackedBars(labels.get(0), labels.get(1), labels.get(2), data, true, family);
            }
        });
    }

    /**
     * Returns the event calendar: for each community (down) and month (across), how many
     * occurrences of its fixed-date events happen in the distribution's window, with the count in
     * each cell. The subtitle says the window and how many events it cannot place.
     *
     * @param distribution the distribution, not null, of a catalog with at most 100 communities
     * @return the chart, not null
     * @throws SecunityException if the distribution has more than 100 communities
     */
    public static Chart calendar(EventDistribution distribution) {
        Objects.requireNonNull(distribution, "distribution");
        Map<CommunityId, Map<Month, Integer>> counts = distribution.byCommunityAndMonth();
        bound(counts.size(), MAX_CALENDAR_COMMUNITIES, "communities", "calendar");
        List<CommunityId> ids = List.copyOf(counts.keySet());
        LocalDate last = distribution.to().minusDays(1);
        int unplaced = distribution.unplaced().size();
        return Chart.of(new Chart.Drawing() {
            @Override
            public String name() {
                return "calendar";
            }

            @Override
            public Dimension size() {
                return new Dimension(900, Math.max(360, 140 + 30 * ids.size()));
            }

            @Override
            public List<String> labels(Locale locale) {
                List<String> labels = new ArrayList<>(List.of(
                        pick(locale, "月別の開催回数", "Events per month"),
                        pick(locale, "月", "Month"),
                        pick(locale, "コミュニティ", "Community"),
                        pick(locale, distribution.from() + "〜" + last + "、日付の決まっていない行事" + unplaced
                                + "件は含まない", distribution.from() + " to " + last + "; " + unplaced
                                + " events without fixed dates are not shown")));
                for (Month m : Month.values()) {
                    labels.add(monthLabel(m, locale));
                }
                ids.forEach(id -> labels.add(id.value()));
                return List.copyOf(labels);
            }

            @Override
            public JFreeChart draw(Locale locale, String family) {
                int n = ids.size() * 12;
                double[][] cells = new double[3][n];
                int i = 0;
                int max = 1;
                for (int c = 0; c < ids.size(); c++) {
                    for (Month m : Month.values()) {
                        int count = counts.get(ids.get(c)).get(m);
                        max = Math.max(max, count);
                        cells[0][i] = m.getValue() - 1;
                        cells[1][i] = ids.size() - 1 - c;
                        cells[2][i++] = count;
                    }
                }
                String[] months = new String[12];
                for (Month m : Month.values()) {
                    months[m.getValue() - 1] = monthLabel(m, locale);
                }
                String[] communities = new String[ids.size()];
                for (int c = 0; c < ids.size(); c++) {
                    communities[ids.size() - 1 - c] = ids.get(c).value();
                }
                LookupPaintScale scale = new LookupPaintScale(0, max + 1, EMPTY);
                for (int k = 1; k <= max; k++) {
                    float shade = 0.25f + 0.75f * k / max;
                    scale.add(k, new Color(blend(0xDEEBF7, 0x08519C, shade)));
                }
                List<String> labels = labels(locale);
                JFreeChart chart = heatmap(labels.get(0), labels.get(1), months, labels.get(2), communities, cells,
                        scale, true, family);
                chart.addSubtitle(new TextTitle(labels.get(3), new Font(family, Font.PLAIN, 12)));
                return chart;
            }
        });
    }

    /**
     * Returns a ranking's scores as horizontal bars, best first, each split into its signals'
     * contributions (which add up to the score).
     *
     * @param ranking the ranking, not null, with at most 100 recommendations
     * @return the chart, not null
     * @throws SecunityException if the ranking has more than 100 recommendations
     */
    public static Chart ranking(Ranking ranking) {
        Objects.requireNonNull(ranking, "ranking");
        List<Recommendation> recommendations = ranking.recommendations();
        bound(recommendations.size(), MAX_RECOMMENDATIONS, "recommendations", "ranking chart");
        return Chart.of(new Chart.Drawing() {
            @Override
            public String name() {
                return "ranking";
            }

            @Override
            public Dimension size() {
                return new Dimension(900, Math.max(360, 160 + 40 * recommendations.size()));
            }

            @Override
            public List<String> labels(Locale locale) {
                List<String> labels = new ArrayList<>(List.of(
                        pick(locale, "推奨プラクティス：シグナル別の寄与", "Recommended practices: score by signal"),
                        pick(locale, "順位とプラクティス", "Rank and practice"),
                        pick(locale, "スコア", "Score")));
                for (Signal s : Signal.values()) {
                    labels.add(s.label(locale));
                }
                recommendations.forEach(r -> labels.add(barLabel(r, locale)));
                return List.copyOf(labels);
            }

            @Override
            public JFreeChart draw(Locale locale, String family) {
                DefaultCategoryDataset data = new DefaultCategoryDataset();
                for (Recommendation r : recommendations) {
                    for (Signal s : Signal.values()) {
                        data.addValue(r.contribution(s), s.label(locale), barLabel(r, locale));
                    }
                }
                List<String> labels = labels(locale);
                return stackedBars(labels.get(0), labels.get(1), labels.get(2), data, false, family);
            }
        });
    }

    // ---- drawing helpers

    private static JFreeChart heatmap(String title, String xLabel, String[] xTicks, String yLabel, String[] yTicks,
            double[][] cells, LookupPaintScale scale, boolean counts, String family) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("cells", cells);
        SymbolAxis x = new SymbolAxis(xLabel, xTicks);
        SymbolAxis y = new SymbolAxis(yLabel, yTicks);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(0.94);
        renderer.setBlockHeight(0.9);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineStroke(new BasicStroke(0.5f));
        if (counts) {
            Font font = new Font(family, Font.PLAIN, 11);
            for (int i = 0; i < cells[0].length; i++) {
                if (cells[2][i] > 0) {
                    XYTextAnnotation label = new XYTextAnnotation(String.valueOf((int) cells[2][i]), cells[0][i],
                            cells[1][i]);
                    label.setFont(font);
                    label.setPaint(cells[2][i] * 2 > scale.getUpperBound() - 1 ? Color.WHITE : Color.BLACK);
                    plot.addAnnotation(label);
                }
            }
        }
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        theme(family).apply(chart);
        renderer.setPaintScale(scale);
        return chart;
    }

    private static JFreeChart stackedBars(String title, String categoryLabel, String valueLabel,
            DefaultCategoryDataset data, boolean integers, String family) {
        NumberAxis values = new NumberAxis(valueLabel);
        if (integers) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis(categoryLabel), values,
                renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title, plot);
        theme(family).apply(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static StandardChartTheme theme(String family) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 18));
        theme.setLargeFont(new Font(family, Font.BOLD, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return theme;
    }

    private static int blend(int from, int to, float share) {
        int r = channel(from >> 16, to >> 16, share);
        int g = channel(from >> 8, to >> 8, share);
        int b = channel(from, to, share);
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(int from, int to, float share) {
        return Math.round((from & 0xFF) + ((to & 0xFF) - (from & 0xFF)) * share);
    }

    private static String monthLabel(Month m, Locale locale) {
        return "ja".equals(locale.getLanguage()) ? m.getValue() + "月" : m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String barLabel(Recommendation r, Locale locale) {
        return r.rank() + ". " + pick(locale, "プラクティス" + r.practiceNumber(), "Practice " + r.practiceNumber());
    }

    private static String shortName(Community c) {
        return c.acronym().orElse(c.id().value());
    }

    private static String pick(Locale locale, String ja, String en) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    private static void bound(int size, int max, String what, String chart) {
        if (size > max) {
            throw new SecunityException("a " + chart + " shows at most " + max + " " + what + ", but there are "
                    + size);
        }
    }
}
