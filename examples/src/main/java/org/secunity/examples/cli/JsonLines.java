package org.secunity.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BiFunction;
import org.secunity.serialization.ExpandAnswer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The JSON lines loop of {@code expand --jsonl} and {@code recommend --jsonl}: one output line per
 * input line, in the same order, each written and flushed as soon as it is computed; a bad line is
 * answered in-band with {@code {"error":"line N: …"}} and the run goes on.
 */
final class JsonLines {

    /** The longest line read, in characters; a longer one is answered with an error. */
    static final int MAX_LINE_LENGTH = 100_000;

    private JsonLines() {}

    /**
     * Answers every line of the input; stops early, without an error, when standard output is closed.
     *
     * @param spec the command, for its output, error stream and environment
     * @param input a file, or {@code -} for standard input
     * @param progress whether to report progress on stderr
     * @param name the command's name, for the progress line
     * @param answer answers a line's text, given its 1-based number, with one line of JSON (or, for CSV,
     *     its rows: several lines, or none when empty); never throws for bad input, but answers with
     *     {@link #error}
     * @throws BadInputException if the input cannot be opened
     */
    static void answerEach(CommandSpec spec, String input, ProgressOption progress, String name,
            BiFunction<String, Long, String> answer) throws IOException {
        Environment environment = SecunityApp.environmentOf(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader reader = Inputs.open(input, environment.stdin());
                Progress steps = Progress.start(spec.commandLine().getErr(), progress.enabled(environment), name)) {
            LineReader lines = new LineReader(reader, MAX_LINE_LENGTH);
            long number = 0;
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                number++;
                String json = line.tooLong()
                        ? error(number, "longer than " + MAX_LINE_LENGTH + " characters")
                        : answer.apply(line.text(), number);
                if (!json.isEmpty()) {
                    out.println(json);
                }
                if (out.checkError()) {
                    break;
                }
                steps.step(json.startsWith("{\"error\""));
            }
        }
    }

    /** Returns the answer for a bad line: {@code {"error":"line N: message"}}, on one line. */
    static String error(long lineNumber, String message) {
        return ExpandAnswer.errorLine(lineNumber, message);
    }
}
