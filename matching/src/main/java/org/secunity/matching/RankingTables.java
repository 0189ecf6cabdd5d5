package org.secunity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secunity.core.DataTable;
import org.secunity.core.TableLayout;

/**
 * Rankings and leave-one-out folds as analysis tables, long (one row per recommendation and
 * signal) or wide (one row per recommendation, a column per signal's contribution). The columns
 * are listed on each method and in {@code docs/serialization.md}; the serialization module's
 * {@code CsvExport} writes them as CSV.
 *
 * <p>Numbers are printed as Java prints a {@code double} (the shortest text that reads back to the
 * same value), never localized. Signals are every {@link Signal}, in its order.
 *
 * <pre>{@code
 * DataTable t = RankingTables.ranking("kyushu", matcher.recommend(situation, 5), TableLayout.LONG);
 * DataTable loo = RankingTables.leaveOneOut(Analysis.leaveOneOut(matcher), TableLayout.WIDE);
 * }</pre>
 */
public final class RankingTables {

    private RankingTables() {}

    /**
     * Returns a ranking as a table.
     *
     * <ul>
     *   <li>LONG ({@code ranking}): {@code situation, rank, practice, score, signal, weight, match,
     *       contribution} — one row per recommendation and signal; {@code contribution} is
     *       {@code weight × match}, and a recommendation's contributions add up to its {@code score}.
     *   <li>WIDE ({@code ranking-wide}): {@code situation, rank, practice, score}, then one column
     *       per signal ID holding its contribution.
     * </ul>
     *
     * @param situation a name for the ranking's situation, repeated on every row (such as a file
     *     name or a line number), not null
     * @param ranking the ranking, not null
     * @param layout the layout, not null
     * @return the table, recommendations best first, not null
     */
    public static DataTable ranking(String situation, Ranking ranking, TableLayout layout) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(layout, "layout");
        List<List<String>> rows = new ArrayList<>();
        for (Recommendation r : ranking.recommendations()) {
            List<String> key = List.of(situation, String.valueOf(r.rank()), String.valueOf(r.practiceNumber()),
                    String.valueOf(r.score()));
            rows.addAll(signalRows(key, r, ranking.weights(), layout));
        }
        return table(layout, "ranking", List.of("situation", "rank", "practice", "score"), rows);
    }

    /**
     * Returns leave-one-out folds (see {@link Analysis#leaveOneOut}) as a table.
     *
     * <ul>
     *   <li>LONG ({@code leave-one-out}): {@code community, practice, rank, candidates, score,
     *       signal, weight, match, contribution} — one row per fold and signal, {@code practice} the
     *       hidden one and {@code rank} where it ranked among {@code candidates}.
     *   <li>WIDE ({@code leave-one-out-wide}): {@code community, practice, rank, candidates, score},
     *       then one column per signal ID holding its contribution.
     * </ul>
     *
     * @param folds the folds, not null
     * @param weights the weights the folds were ranked with, for the {@code weight} column, not null
     * @param layout the layout, not null
     * @return the table, folds in the given order, not null
     */
    public static DataTable leaveOneOut(List<LeaveOneOut> folds, MatchWeights weights, TableLayout layout) {
        Objects.requireNonNull(folds, "folds");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(layout, "layout");
        List<List<String>> rows = new ArrayList<>();
        for (LeaveOneOut fold : folds) {
            Recommendation r = fold.recommendation();
            List<String> key = List.of(fold.community().value(), String.valueOf(fold.hiddenPractice()),
                    String.valueOf(fold.rank()), String.valueOf(fold.candidates()), String.valueOf(r.score()));
            rows.addAll(signalRows(key, r, weights, layout));
        }
        return table(layout, "leave-one-out", List.of("community", "practice", "rank", "candidates", "score"), rows);
    }

    private static List<List<String>> signalRows(List<String> key, Recommendation r, MatchWeights weights,
            TableLayout layout) {
        List<List<String>> rows = new ArrayList<>();
        if (layout == TableLayout.LONG) {
            for (Signal s : Signal.values()) {
                List<String> row = new ArrayList<>(key);
                row.addAll(List.of(s.id(), String.valueOf(weights.weight(s)), String.valueOf(r.match(s)),
                        String.valueOf(r.contribution(s))));
                rows.add(row);
            }
        } else {
            List<String> row = new ArrayList<>(key);
            for (Signal s : Signal.values()) {
                row.add(String.valueOf(r.contribution(s)));
            }
            rows.add(row);
        }
        return rows;
    }

    private static DataTable table(TableLayout layout, String name, List<String> keys, List<List<String>> rows) {
        List<String> columns = new ArrayList<>(keys);
        if (layout == TableLayout.LONG) {
            columns.addAll(List.of("signal", "weight", "match", "contribution"));
            return DataTable.of(name, columns, rows);
        }
        for (Signal s : Signal.values()) {
            columns.add(s.id());
        }
        return DataTable.of(name + "-wide", columns, rows);
    }
}
