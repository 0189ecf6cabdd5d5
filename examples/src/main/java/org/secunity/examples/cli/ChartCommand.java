package org.secunity.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.charts.Chart;
import org.secunity.charts.Charts;
import org.secunity.core.Catalog;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Situation;
import org.secunity.serialization.Situations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code secunity chart}: one of the researchers' charts as SVG or PNG. */
@Command(name = "chart",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Draw a chart as SVG or PNG (by the extension of -o), with Japanese or English labels (--lang):",
            "  tag-matrix  the practice × effect-tag matrix as a heatmap",
            "  coverage    for each effect tag, the communities with at least one practice of it",
            "  calendar    occurrences of the fixed-date events per month and community, --from to --to",
            "  ranking     the top --top practices for --situation FILE, each bar split by signal",
            "A PNG with Japanese labels needs a CJK font (Debian: fonts-noto-cjk); without one it is refused."
        })
public final class ChartCommand implements Callable<Integer> {

    /** The charts the command draws. */
    enum Kind {
        /** Practice × effect tag. */
        TAG_MATRIX,
        /** Tag coverage by community. */
        COVERAGE,
        /** Month × community calendar. */
        CALENDAR,
        /** A ranking by signal. */
        RANKING
    }

    @Parameters(index = "0", paramLabel = "CHART", converter = KindConverter.class,
            description = "tag-matrix, coverage, calendar or ranking.")
    private Kind kind = Kind.TAG_MATRIX;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.svg|FILE.png", required = true,
            description = "Write the chart to this file (replaced if it exists): SVG or PNG by its extension.")
    private Path output = Path.of("chart.svg");

    @Option(names = "--situation", paramLabel = "FILE",
            description = "For ranking: the situation document (JSON, or YAML for .yaml/.yml).")
    private @Nullable Path situation;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10",
            description = "For ranking: how many practices, 1 to 100. Default: ${DEFAULT-VALUE}.")
    private int top = 10;

    @Option(names = "--from", paramLabel = "DATE",
            description = "For calendar: the first day, yyyy-MM-dd. Default: 1 January of this year.")
    private @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE",
            description = "For calendar: the day after the last, yyyy-MM-dd, at most ten years after --from. "
                    + "Default: one year after --from.")
    private @Nullable LocalDate to;

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    @Mixin
    private LangOption langOption = new LangOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public ChartCommand() {}

    /**
     * Draws and writes the chart.
     *
     * @return 0
     * @throws BadInputException if an option does not fit the chart or the file name has another extension
     */
    @Override
    public Integer call() {
        String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new BadInputException("-o: a chart is written as .svg or .png, but the file is " + output);
        }
        if (kind != Kind.RANKING && situation != null) {
            throw new BadInputException("--situation applies only to the ranking chart");
        }
        if (kind != Kind.CALENDAR && (from != null || to != null)) {
            throw new BadInputException("--from and --to apply only to the calendar chart");
        }
        if (top < 1 || top > 100) {
            throw new BadInputException("--top must be from 1 to 100, but was " + top);
        }
        Catalog catalog = catalogOption.catalog();
        Chart chart = switch (kind) {
            case TAG_MATRIX -> Charts.tagMatrix(catalog);
            case COVERAGE -> Charts.coverage(catalog);
            case CALENDAR -> {
                LocalDate first = from == null
                        ? LocalDate.now(SecunityApp.environmentOf(spec).clock()).withDayOfYear(1) : from;
                LocalDate end = to == null ? first.plusYears(1) : to;
                yield Charts.calendar(catalog.eventDistribution(first, end));
            }
            case RANKING -> {
                Path file = situation;
                if (file == null) {
                    throw new BadInputException("the ranking chart needs --situation FILE");
                }
                Situation s = Situations.read(Inputs.readable(file), catalog);
                yield Charts.ranking(PracticeMatcher.of(catalog).recommend(s, top));
            }
        };
        chart.withLanguage(langOption.lang().locale()).write(output);
        return 0;
    }

    /** Reads tag-matrix, coverage, calendar or ranking. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            for (Kind k : Kind.values()) {
                if (k.name().replace('_', '-').equalsIgnoreCase(value)) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown chart \"" + value
                    + "\"; the charts are tag-matrix, coverage, calendar, ranking");
        }
    }
}
