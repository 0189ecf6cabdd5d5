package org.secunity.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.matching.MatchWeights;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.RankingTables;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;
import org.secunity.serialization.Format;
import org.secunity.serialization.RankingWriter;
import org.secunity.serialization.Situations;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code secunity recommend}: the best practices for a community's situation, and why. */
@Command(name = "recommend",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Recommend practices for a community's situation, best first, each with the reasons that raised "
                    + "(+) or lowered (-) its score and the source sentence behind each reason.%n",
            "Situation document (JSON, or YAML for .yaml/.yml; every field optional), for example:",
            "  {\"stage\": \"FORMING\", \"organizerType\": \"VOLUNTEER_GROUP\", \"region\": \"KYUSHU\",",
            "   \"goals\": {\"ENABLE_CONTINUOUS_ACTIVITY\": 1.0, \"REDUCE_OPERATING_BURDEN\": 0.5},",
            "   \"challenges\": [\"SCHEDULING_CONFLICTS\", \"SALES_PITCH_CONCERN\"],",
            "   \"adoptedPractices\": [13]}",
            "See examples/situations/ and the situation JSON Schema in the serialization module. "
                    + "An unknown ID is an error naming the field and listing the allowed values.%n",
            "JSON output: {\"recommendations\":[{\"practice\":15,\"rank\":1,\"score\":0.91,\"reasons\":[{\"kind\":"
                    + "\"CHALLENGE\",\"text\":\"…\",\"quote\":\"…\", …}], …}], \"candidates\":…, \"situation\":…, "
                    + "\"weights\":…}, best first; reason texts in the --lang language.%n",
            "Batch (--jsonl): one situation per input line, one ranking per output line (compact JSON), in order; "
                    + "a bad line is answered with {\"error\":\"line N: $.field: …\"} and the run goes on. "
                    + "Exit status 0 when every line was read; 2 when the input cannot be read."
        })
public final class RecommendCommand implements Callable<Integer> {

    /** Where the situations come from: one file, or JSON lines. */
    static final class Source {
        @Option(names = "--situation", paramLabel = "FILE", required = true,
                description = "The situation document: JSON, or YAML for .yaml/.yml.")
        @Nullable Path situation;

        @Option(names = "--jsonl", paramLabel = "FILE|-", required = true,
                description = "Batch mode: situations as JSON lines, from a UTF-8 file or - for standard input.")
        @Nullable String jsonl;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Source source = new Source();

    @Option(names = "--top", paramLabel = "K", defaultValue = "5",
            description = "How many practices to recommend, 1 to 1000 (fewer when the catalog has fewer candidates). "
                    + "Default: ${DEFAULT-VALUE}.")
    private int top = 5;

    @Option(names = "--format", paramLabel = "text|json|csv",
            description = "Output format: text (rank, score, title, each reason with its quote, in the --lang "
                    + "language) or json; with --jsonl, JSON lines (the default) or csv: one table for all lines, "
                    + "a row per recommendation and signal (--layout long) or per recommendation (--layout wide), "
                    + "the situation column holding the line number and the error column a bad line's message. "
                    + "Default: text, or JSON lines with --jsonl.")
    private @Nullable RecommendFormat format;

    @Option(names = "--layout", paramLabel = "long|wide",
            description = "With --jsonl --format csv: long (one row per recommendation and signal: weight, match, "
                    + "contribution) or wide (one row per recommendation, a contribution column per signal). "
                    + "Default: long. Columns: docs/serialization.md.")
    private org.secunity.core.@Nullable TableLayout layout;

    /** The output formats of {@code recommend}. */
    enum RecommendFormat {
        /** A readable ranking. */
        TEXT,
        /** A JSON document, or JSON lines with --jsonl. */
        JSON,
        /** With --jsonl: one CSV table. */
        CSV
    }

    @Option(names = "--weights", paramLabel = "FILE",
            description = "Signal weights, a JSON or YAML document such as {\"goals\": 0.3, \"challenges\": 0.45, "
                    + "\"context\": 0.15, \"similarity\": 0.1} (each key optional; those are the defaults).")
    private @Nullable Path weights;

    @Option(names = "--explain", paramLabel = "N",
            description = "Also explain practice N: its rank and score for this situation and every reason, "
                    + "even when it is not in the top K. Not with --jsonl.")
    private @Nullable Integer explain;

    @Mixin
    private CatalogOption catalogOption = new CatalogOption();

    @Mixin
    private LangOption langOption = new LangOption();

    @Mixin
    private ProgressOption progressOption = new ProgressOption();

    @Spec
    private CommandSpec spec = CommandSpec.create();

    /** Creates the command; picocli calls this. */
    public RecommendCommand() {}

    /**
     * Prints the recommendations.
     *
     * @return 0
     * @throws BadInputException if an option is out of range or a file cannot be read
     * @throws SecunityException if the situation or weights document is invalid
     */
    @Override
    public Integer call() throws IOException {
        if (top < 1 || top > 1000) {
            throw new BadInputException("--top must be from 1 to 1000, but was " + top);
        }
        Catalog catalog = catalogOption.catalog();
        PracticeMatcher matcher = PracticeMatcher.of(catalog);
        Path weightsFile = weights;
        if (weightsFile != null) {
            MatchWeights read = Situations.readWeights(Inputs.readable(weightsFile));
            matcher = matcher.withWeights(read);
        }
        String jsonl = source.jsonl;
        if (jsonl != null) {
            if (explain != null) {
                throw new BadInputException("--explain works with --situation, not with --jsonl");
            }
            if (format == RecommendFormat.TEXT) {
                // issue 10: a format that --jsonl cannot write is refused, never ignored
                throw new BadInputException("--format text works with --situation; --jsonl writes JSON lines "
                        + "(--format json, the default) or --format csv");
            }
            if (layout != null && format != RecommendFormat.CSV) {
                throw new BadInputException("--layout applies only to --jsonl --format csv");
            }
            return format == RecommendFormat.CSV ? batchCsv(matcher, catalog, jsonl) : batch(matcher, catalog, jsonl);
        }
        if (format == RecommendFormat.CSV || layout != null) {
            throw new BadInputException("--format csv and --layout work with --jsonl");
        }
        if (progressOption.given()) {
            throw new BadInputException("--progress and --no-progress work with --jsonl, not with --situation");
        }
        Path file = java.util.Objects.requireNonNull(source.situation, "situation");
        Situation situation = Situations.read(Inputs.readable(file), catalog);
        Ranking ranking = matcher.recommend(situation, top);
        @Nullable Recommendation explained = null;
        Integer number = explain;
        if (number != null) {
            if (catalog.practice(number).isEmpty()) {
                throw new BadInputException("--explain: unknown practice " + number + "; the catalog has 1.."
                        + catalog.practices().size());
            }
            if (situation.adoptedPractices().contains(number)) {
                throw new BadInputException("--explain: practice " + number
                        + " is in the situation's adoptedPractices, so it is never recommended");
            }
            explained = matcher.explain(situation, number);
        }
        Lang lang = langOption.lang();
        PrintWriter out = spec.commandLine().getOut();
        if (format == RecommendFormat.JSON) {
            RankingWriter writer = RankingWriter.create().withLanguage(lang.locale());
            out.print(explained == null ? writer.write(ranking) : writer.write(ranking, explained));
        } else {
            printText(out, file, ranking, explained, weightsFile != null, lang);
        }
        out.flush();
        return 0;
    }

    private int batch(PracticeMatcher matcher, Catalog catalog, String input) throws IOException {
        RankingWriter writer = RankingWriter.create().withLanguage(langOption.lang().locale());
        JsonLines.answerEach(spec, input, progressOption, "recommend", (line, number) -> {
            if (line.isBlank()) {
                return JsonLines.error(number, "empty line; expected a situation JSON object");
            }
            try {
                Situation situation = Situations.read(line, Format.JSON, catalog);
                return writer.writeLine(matcher.recommend(situation, top));
            } catch (SecunityException e) {
                return JsonLines.error(number, String.valueOf(e.getMessage()));
            }
        });
        return 0;
    }

    /** {@code --jsonl --format csv}: a header row, then each line's ranking rows (or one error row), in order. */
    private int batchCsv(PracticeMatcher matcher, Catalog catalog, String input) throws IOException {
        org.secunity.core.TableLayout shape = layout == null ? org.secunity.core.TableLayout.LONG : layout;
        org.secunity.serialization.CsvExport csv = org.secunity.serialization.CsvExport.create();
        List<String> columns = withError(RankingTables.ranking("", emptyRanking(matcher), shape).columns(), "error");
        PrintWriter out = spec.commandLine().getOut();
        out.print(csv.write(org.secunity.core.DataTable.of("rankings", columns, List.of())));
        out.flush();
        JsonLines.answerEach(spec, input, progressOption, "recommend", (line, number) -> {
            List<List<String>> rows = new java.util.ArrayList<>();
            try {
                if (line.isBlank()) {
                    throw new BadInputException("empty line; expected a situation JSON object");
                }
                Situation situation = Situations.read(line, Format.JSON, catalog);
                for (List<String> row : RankingTables.ranking(String.valueOf(number), matcher.recommend(situation, top),
                        shape).rows()) {
                    rows.add(withError(row, ""));
                }
            } catch (SecunityException | BadInputException e) {
                List<String> row = new java.util.ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
                row.set(0, String.valueOf(number));
                row.set(columns.size() - 1, "line " + number + ": " + Errors.oneLine(String.valueOf(e.getMessage())));
                rows.add(row);
            }
            java.io.StringWriter text = new java.io.StringWriter();
            csv.writeRows(org.secunity.core.DataTable.of("rankings", columns, rows), text);
            String rowsText = text.toString();
            return rowsText.endsWith("\n") ? rowsText.substring(0, rowsText.length() - 1) : rowsText;
        });
        return 0;
    }

    private static List<String> withError(List<String> row, String error) {
        List<String> out = new java.util.ArrayList<>(row);
        out.add(error);
        return out;
    }

    private static Ranking emptyRanking(PracticeMatcher matcher) {
        return Ranking.builder().situation(Situation.builder().build()).weights(matcher.weights()).candidates(0)
                .build();
    }

    private static void printText(PrintWriter out, Path file, Ranking ranking, @Nullable Recommendation explained,
            boolean customWeights, Lang lang) {
        out.println(lang.pick("状況（" + file + "）: ", "Situation (" + file + "): ")
                + RankingPrinter.describe(ranking.situation(), lang));
        if (customWeights) {
            MatchWeights w = ranking.weights();
            out.println(lang.pick("重み: ", "Weights: ") + String.format(Locale.ROOT,
                    "goals %.2f, challenges %.2f, context %.2f, similarity %.2f",
                    w.goals(), w.challenges(), w.context(), w.similarity()));
        }
        out.println(lang.pick(
                "候補" + ranking.candidates() + "件のうち上位" + ranking.recommendations().size() + "件:",
                "Top " + ranking.recommendations().size() + " of "
                        + Text.count(ranking.candidates(), "candidate", "candidates") + ":"));
        out.println();
        RankingPrinter.print(out, ranking, lang, Integer.MAX_VALUE, "");
        if (explained != null) {
            out.println();
            out.println(lang.pick(
                    "プラクティス" + explained.practiceNumber() + "の順位と理由:",
                    "Why practice " + explained.practiceNumber() + " ranks where it does:"));
            Ranking one = Ranking.builder().from(ranking).recommendations(List.of(explained)).build();
            RankingPrinter.print(out, one, lang, Integer.MAX_VALUE, "");
        }
    }
}
