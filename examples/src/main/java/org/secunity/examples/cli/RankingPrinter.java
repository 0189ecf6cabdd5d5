package org.secunity.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.secunity.matching.Ranking;
import org.secunity.matching.Reason;
import org.secunity.matching.Recommendation;
import org.secunity.matching.Situation;

/** Prints rankings and situations for people: rank, score, title, and each reason with its quote. */
final class RankingPrinter {

    private RankingPrinter() {}

    /**
     * Prints a ranking; {@code explain} caps the reasons shown per practice (0: none). A practice that
     * shares its rank with another says so after its score: "(equal rank)".
     */
    static void print(PrintWriter out, Ranking ranking, Lang lang, int explain, String indent) {
        if (ranking.recommendations().isEmpty()) {
            out.println(indent + lang.pick("推薦できるプラクティスはありません。", "No practice to recommend."));
            return;
        }
        for (Recommendation r : ranking.recommendations()) {
            out.println(indent + Text.padLeft(r.rank() + ".", 3) + " " + lang.pick("プラクティス", "Practice") + " "
                    + r.practiceNumber() + "  " + lang.pick("スコア", "score") + " "
                    + String.format(Locale.ROOT, "%.2f", r.score())
                    + (r.equalRank() ? lang.pick("  (同順位)", "  (equal rank)") : "")
                    + r.practice().community().map(c -> "  [" + c + "]").orElse(""));
            out.println(indent + "    " + lang.of(r.practice().title()));
            int shown = 0;
            for (Reason reason : r.reasons()) {
                if (shown++ >= explain) {
                    int rest = r.reasons().size() - explain;
                    out.println(indent + "      " + lang.pick("…ほか" + rest + "件の理由", "… and " + rest + " more reasons"));
                    break;
                }
                String sign = reason.direction() == Reason.Direction.AGAINST ? "-" : "+";
                out.println(indent + "    " + sign + " " + lang.label(reason.kind()) + ": " + lang.of(reason.text()));
                reason.quote().ifPresent(q -> out.println(indent + "        「" + q + "」"));
            }
        }
    }

    /** Describes a situation in one line. */
    static String describe(Situation s, Lang lang) {
        StringBuilder text = new StringBuilder();
        String sep = lang.pick("、", "; ");
        String items = lang.pick("・", ", ");
        s.stage().ifPresent(v -> append(text, sep, lang.pick("段階: ", "stage: ") + lang.label(v)));
        s.organizerType().ifPresent(v -> append(text, sep, lang.pick("事務局: ", "organizer: ") + lang.label(v)));
        s.region().ifPresent(v -> append(text, sep, lang.pick("地域: ", "region: ") + lang.label(v)));
        s.prefecture().ifPresent(v -> append(text, sep, lang.pick("都道府県: ", "prefecture: ") + lang.label(v)));
        if (!s.goals().isEmpty()) {
            append(text, sep, lang.pick("目標: ", "goals: ") + s.goals().entrySet().stream()
                    .map((Map.Entry<org.secunity.core.EffectTag, Double> g) -> lang.label(g.getKey()) + " ("
                            + g.getValue() + ")")
                    .collect(Collectors.joining(items)));
        }
        if (!s.challenges().isEmpty()) {
            append(text, sep, lang.pick("課題: ", "challenges: ")
                    + s.challenges().stream().map(lang::label).collect(Collectors.joining(items)));
        }
        if (!s.partners().isEmpty()) {
            append(text, sep, lang.pick("連携先: ", "partners: ")
                    + s.partners().stream().map(lang::label).collect(Collectors.joining(items)));
        }
        if (!s.adoptedPractices().isEmpty()) {
            append(text, sep, lang.pick("実施済み: ", "already adopted: ") + s.adoptedPractices().stream()
                    .map(String::valueOf).collect(Collectors.joining(items)));
        }
        return text.length() == 0 ? lang.pick("（指定なし）", "(nothing stated)") : text.toString();
    }

    private static void append(StringBuilder text, String separator, String part) {
        if (text.length() > 0) {
            text.append(separator);
        }
        text.append(part);
    }
}
