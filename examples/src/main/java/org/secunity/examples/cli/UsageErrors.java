package org.secunity.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors in the user's words, for every command of the app, present and future: an unknown subcommand or
 * option names the nearest ones ("did you mean"), and the other parse errors keep picocli's message.
 *
 * <p>Suggestions are the candidates at the smallest edit distance (insertions, deletions, substitutions and
 * swaps of two neighbouring characters, case ignored), when that distance is at most a third of the typed word
 * (and at least 1, at most 3): {@code practises → practices}, {@code --tpo → --top}, {@code comunities →
 * communities}. Words longer than {@value #MAX_TYPED} characters get none, so the work per error is at most
 * 64 × the longest name per candidate.
 */
final class UsageErrors {

    /** The longest word that gets suggestions; the distance table of a longer one is not worth its memory. */
    static final int MAX_TYPED = 64;

    private UsageErrors() {}

    /**
     * Describes a parse error of the command line in one sentence, with suggestions for a typo.
     *
     * @param e the parse error
     * @return the message, without the command's name
     */
    static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(e.getCommandLine(), unmatched.getUnmatched());
        }
        // picocli reports a missing required option before an unknown one; the typo is the news:
        // `schedule --comunity x` is "unknown option '--comunity'; did you mean '--community'?"
        @org.jspecify.annotations.Nullable ParseResult parsed = e.getCommandLine().getParseResult();
        if (parsed != null && !parsed.unmatched().isEmpty()) {
            return unmatched(e.getCommandLine(), parsed.unmatched());
        }
        return String.valueOf(e.getMessage());
    }

    private static String unmatched(CommandLine command, List<String> arguments) {
        CommandSpec spec = command.getCommandSpec();
        String first = arguments.get(0);
        if (first.startsWith("-") && first.length() > 1) {
            String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return "unknown option '" + name + "'" + didYouMean(name, optionNames(spec));
        }
        if (!command.getSubcommands().isEmpty()) {
            return unknownCommand(command, first, false);
        }
        return "unexpected argument '" + first + "': this command takes "
                + (spec.positionalParameters().isEmpty() ? "no arguments" : "fewer arguments");
    }

    /**
     * Describes a subcommand name that a command does not have.
     *
     * @param command the command that was given the name
     * @param name the name given
     * @param sayWhere whether to name the command, when the message does not start with it
     * @return the message, with the nearest subcommand names
     */
    static String unknownCommand(CommandLine command, String name, boolean sayWhere) {
        Set<String> names = new TreeSet<>(command.getSubcommands().keySet());
        String where = sayWhere ? " of '" + command.getCommandSpec().qualifiedName() + "'" : "";
        String suggestion = didYouMean(name, names);
        return "unknown command '" + name + "'" + where
                + (suggestion.isEmpty() ? "; the commands are: " + String.join(", ", names) : suggestion);
    }

    private static Set<String> optionNames(CommandSpec spec) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                if (name.startsWith("--")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * Returns {@code "; did you mean 'x'?"} for the nearest candidates, or an empty string when none is near.
     *
     * @param typed what the user typed
     * @param candidates the valid words
     * @return the suggestion clause, or empty
     */
    static String didYouMean(String typed, Collection<String> candidates) {
        List<String> nearest = nearest(typed, candidates);
        if (nearest.isEmpty()) {
            return "";
        }
        List<String> quoted = new ArrayList<>();
        nearest.forEach(n -> quoted.add("'" + n + "'"));
        return "; did you mean " + String.join(" or ", quoted) + "?";
    }

    /**
     * Returns the candidates nearest to a typed word, in their order, or none when none is near enough.
     *
     * @param typed what the user typed
     * @param candidates the valid words
     * @return the nearest candidates, at most three
     */
    static List<String> nearest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPED) {
            return List.of();
        }
        String word = typed.toLowerCase(Locale.ROOT);
        int core = word.replaceFirst("^-+", "").length();
        int limit = Math.min(3, Math.max(1, core / 3));
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = distance(word, candidate.toLowerCase(Locale.ROOT));
            if (distance > limit || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            nearest.add(candidate);
        }
        return nearest.size() > 3 ? nearest.subList(0, 3) : nearest;
    }

    /** The optimal string alignment distance: edits and swaps of neighbours, each costing one. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
