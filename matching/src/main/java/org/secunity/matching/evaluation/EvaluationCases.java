package org.secunity.matching.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.SecunityException;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.LegalForm;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.Situation;

/**
 * Reads {@link EvaluationCase}s from a tab-separated text, and returns the bundled set written
 * from the source for the seed catalog.
 *
 * <h2>Format</h2>
 *
 * <p>UTF-8 text (a leading byte order mark is ignored), one record per line, lines ending in LF or
 * CRLF. Blank lines and lines whose first character is {@code #} are ignored. The first other line
 * is the header and must list exactly the {@link #COLUMNS}, tab-separated, in this order:
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>#</th><th>column</th><th>cell</th></tr>
 *   <tr><td>1</td><td>{@code id}</td><td>the case's ID: not blank, unique in the file</td></tr>
 *   <tr><td>2</td><td>{@code stage}</td><td>a {@link CommunityStage} ID, such as {@code FORMING}</td></tr>
 *   <tr><td>3</td><td>{@code organizerType}</td><td>an {@link OrganizerType} ID</td></tr>
 *   <tr><td>4</td><td>{@code region}</td><td>a {@link Region} ID</td></tr>
 *   <tr><td>5</td><td>{@code prefecture}</td><td>a {@link Prefecture} ID, in the region when both are given</td></tr>
 *   <tr><td>6</td><td>{@code legalForm}</td><td>a {@link LegalForm} ID</td></tr>
 *   <tr><td>7</td><td>{@code goals}</td><td>{@code TAG=weight} items: an {@link EffectTag} ID and a
 *       decimal weight in [0, 1], such as {@code ENABLE_CONTINUOUS_ACTIVITY=1.0|REDUCE_OPERATING_BURDEN=0.5}</td></tr>
 *   <tr><td>8</td><td>{@code challenges}</td><td>{@link Challenge} IDs</td></tr>
 *   <tr><td>9</td><td>{@code partners}</td><td>{@link PartnerKind} IDs</td></tr>
 *   <tr><td>10</td><td>{@code adopted}</td><td>the numbers of the practices the community already follows</td></tr>
 *   <tr><td>11</td><td>{@code relevant}</td><td>the numbers of the practices a careful reader would
 *       pick: at least one, none of them adopted</td></tr>
 *   <tr><td>12</td><td>{@code why}</td><td>free text: why those practices, citing the source</td></tr>
 * </table>
 *
 * <p>Every other line is one case with exactly twelve tab-separated cells. Items of a list cell are
 * separated by {@code |}; whitespace around a cell or an item is ignored; an item may not be given
 * twice. An empty cell is "not stated" (see {@link Situation}); only {@code id} and
 * {@code relevant} are required. Vocabulary IDs are matched exactly (upper case, as in JSON).
 *
 * <pre>{@code
 * # my cases
 * id	stage	organizerType	region	prefecture	legalForm	goals	challenges	partners	adopted	relevant	why
 * rotation		PUBLIC_AGENCY				ENABLE_CONTINUOUS_ACTIVITY=1.0	STAFF_ROTATION|LACK_OF_EXPERTISE			3|15	「人事異動」
 * }</pre>
 *
 * <h2>Errors</h2>
 *
 * <p>A text that breaks a rule is rejected as a whole with one {@link SecunityDataException} that
 * names the source and lists every problem of every line, each with a path of the form
 * {@code line 4 column 11 (relevant)} (1-based line and column numbers, and the column's name):
 *
 * <pre>{@code
 * my-cases.tsv: 2 problems: line 4 column 2 (stage): unknown value "SOMETIMES"; allowed: [FORMING, …];
 * line 9 column 11 (relevant): not a practice number: "x"
 * }</pre>
 *
 * <h2>The bundled cases</h2>
 *
 * <p>{@link #bundled()} reads the class path resource {@value #BUNDLED_RESOURCE}: situations a
 * community could state, each with the practices of the seed catalog (the 22 practices of
 * 「地域SECUNITY形成のためのプラクティス集」, first edition, 2021) that a careful reader of that text would
 * pick, and a line citing the text. The relevant practices were chosen from the text, never from
 * the matcher's output.
 *
 * <pre>{@code
 * List<EvaluationCase> cases = EvaluationCases.bundled();
 * EvaluationReport report = Evaluation.run(SeedCatalog.load(), cases, MatchWeights.defaults());
 *
 * try (Reader in = Files.newBufferedReader(Path.of("my-cases.tsv"))) {
 *     List<EvaluationCase> mine = EvaluationCases.read(in, "my-cases.tsv");
 * }
 * }</pre>
 */
public final class EvaluationCases {

    /** The class path resource of {@link #bundled()}, in this package. */
    public static final String BUNDLED_RESOURCE = "/org/secunity/matching/evaluation/secunity-2021-situations.tsv";

    /** The header's columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "stage", "organizerType", "region", "prefecture",
            "legalForm", "goals", "challenges", "partners", "adopted", "relevant", "why");

    private static final int ID = 0;
    private static final int WHY = 11;
    private static final Pattern WEIGHT = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,17})?");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private EvaluationCases() {}

    /**
     * Returns the bundled cases, read from {@value #BUNDLED_RESOURCE} on every call.
     *
     * @return the cases, in file order, not empty, unmodifiable
     * @throws SecunityDataException if the bundled file is invalid (a build defect)
     * @throws SecunityException if the resource is missing from the class path
     */
    public static List<EvaluationCase> bundled() {
        try (InputStream in = EvaluationCases.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new SecunityException("the evaluation cases " + BUNDLED_RESOURCE + " are missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new SecunityException("cannot read the evaluation cases " + BUNDLED_RESOURCE + ": " + e, e);
        }
    }

    /**
     * Reads cases in the format above from a reader, to its end; the reader is not closed.
     *
     * @param reader the text, not null
     * @param source the file or resource name for error messages, not null
     * @return the cases, in file order, unmodifiable; empty when the text has a header and no case
     * @throws SecunityDataException if the text breaks a rule of the format, naming the source and
     *     listing every problem with its line and column
     * @throws SecunityException if reading fails
     */
    public static List<EvaluationCase> read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(source, "source");
        List<EvaluationCase> cases = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        boolean header = true;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (!Arrays.asList(line.split("\t", -1)).equals(COLUMNS)) {
                        throw new SecunityDataException(source, List.of(new Violation("line " + lineNumber,
                                "the header must be the tab-separated columns " + String.join(", ", COLUMNS))), null);
                    }
                    continue;
                }
                String id = line.split("\t", 2)[0].strip();
                Integer first = id.isEmpty() ? null : firstLineOfId.putIfAbsent(id, lineNumber);
                if (first != null) {
                    violations.add(new Violation(where(lineNumber, ID), "duplicate id \"" + id
                            + "\", first given on line " + first));
                }
                try {
                    cases.add(parseLine(line, lineNumber));
                } catch (SecunityDataException e) {
                    violations.addAll(e.violations());
                }
            }
        } catch (IOException e) {
            throw new SecunityException("cannot read " + source + ": " + e, e);
        }
        if (header) {
            violations.add(new Violation("line " + (lineNumber + 1),
                    "no header line; expected the tab-separated columns " + String.join(", ", COLUMNS)));
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(source, violations, null);
        }
        return List.copyOf(cases);
    }

    /**
     * Parses one case line.
     *
     * @param line the line, without its line terminator
     * @param lineNumber the 1-based line number, for messages
     * @throws SecunityDataException listing every problem of the line
     */
    static EvaluationCase parseLine(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS.size()) {
            throw new SecunityDataException("line " + lineNumber, "expected " + COLUMNS.size()
                    + " tab-separated columns, but found " + cells.length);
        }
        List<Violation> violations = new ArrayList<>();
        Cells c = new Cells(cells, lineNumber, violations);
        String id = cells[ID].strip();
        if (id.isEmpty()) {
            c.fail(ID, "must not be blank");
        }
        Situation.Builder s = Situation.builder();
        c.single("stage", CommunityStage.class).ifPresent(s::stage);
        c.single("organizerType", OrganizerType.class).ifPresent(s::organizerType);
        c.single("region", Region.class).ifPresent(s::region);
        c.single("prefecture", Prefecture.class).ifPresent(s::prefecture);
        c.single("legalForm", LegalForm.class).ifPresent(s::legalForm);
        c.each("goals", v -> {
            int eq = v.indexOf('=');
            if (eq < 0) {
                c.fail("goals", "expected TAG=weight, but was \"" + v + "\"");
                return;
            }
            Optional<EffectTag> tag = c.value("goals", v.substring(0, eq).strip(), EffectTag.class);
            String weight = v.substring(eq + 1).strip();
            if (!WEIGHT.matcher(weight).matches()) {
                c.fail("goals", "not a decimal weight: \"" + weight + "\"");
            } else if (tag.isPresent()) {
                s.putGoal(tag.get(), Double.parseDouble(weight));
            }
        }, v -> v.contains("=") ? v.substring(0, v.indexOf('=')).strip() : v);
        c.each("challenges", v -> c.value("challenges", v, Challenge.class).ifPresent(s::addChallenge));
        c.each("partners", v -> c.value("partners", v, PartnerKind.class).ifPresent(s::addPartner));
        c.each("adopted", v -> c.number("adopted", v).ifPresent(s::addAdoptedPractice));
        EvaluationCase.Builder b = EvaluationCase.builder().id(id);
        c.each("relevant", v -> c.number("relevant", v).ifPresent(b::addRelevant));
        String why = cells[WHY].strip();
        if (!why.isEmpty()) {
            b.why(why);
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
        try {
            return b.situation(s.build()).build();
        } catch (SecunityDataException e) {
            throw new SecunityDataException(null, e.violations().stream()
                    .map(v -> new Violation(where(lineNumber, columnOf(v.path(), id)), v.message()))
                    .toList(), null);
        }
    }

    /** The column of a violation reported by {@link Situation} or {@link EvaluationCase}, or -1. */
    private static int columnOf(String path, String id) {
        String p = path.startsWith("case " + id + ".") ? path.substring(("case " + id + ".").length()) : path;
        String head = p.split("[.\\[]", 2)[0];
        switch (head) {
            case "adoptedPractices":
                return COLUMNS.indexOf("adopted");
            case "id":
            case "stage":
            case "organizerType":
            case "region":
            case "prefecture":
            case "legalForm":
            case "goals":
            case "challenges":
            case "partners":
            case "relevant":
                return COLUMNS.indexOf(head);
            default:
                return -1;
        }
    }

    /** The path of a cell: {@code line 4 column 11 (relevant)}, or {@code line 4} for column -1. */
    static String where(int lineNumber, int column) {
        return column < 0 ? "line " + lineNumber
                : "line " + lineNumber + " column " + (column + 1) + " (" + COLUMNS.get(column) + ")";
    }

    /** One line's cells, collecting violations instead of stopping at the first. */
    private static final class Cells {
        private final String[] cells;
        private final int lineNumber;
        private final List<Violation> violations;

        Cells(String[] cells, int lineNumber, List<Violation> violations) {
            this.cells = cells;
            this.lineNumber = lineNumber;
            this.violations = violations;
        }

        /** The value of a single-valued column; empty when the cell is empty or invalid. */
        <E extends Enum<E>> Optional<E> single(String column, Class<E> type) {
            String cell = cells[COLUMNS.indexOf(column)].strip();
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            if (cell.contains("|")) {
                fail(column, "takes one value, but was \"" + cell + "\"");
                return Optional.empty();
            }
            return value(column, cell, type);
        }

        void each(String column, Consumer<String> action) {
            each(column, action, v -> v);
        }

        /**
         * Calls {@code action} for each {@code |}-separated item of a column; nothing for an empty
         * cell. Items whose key is given twice are reported and skipped.
         */
        void each(String column, Consumer<String> action, Function<String, String> key) {
            String cell = cells[COLUMNS.indexOf(column)].strip();
            if (cell.isEmpty()) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (String item : cell.split("\\|", -1)) {
                String v = item.strip();
                if (v.isEmpty()) {
                    fail(column, "empty item in \"" + cell + "\"");
                } else if (!seen.add(key.apply(v))) {
                    fail(column, "\"" + key.apply(v) + "\" is given twice");
                } else {
                    action.accept(v);
                }
            }
        }

        <E extends Enum<E>> Optional<E> value(String column, String text, Class<E> type) {
            try {
                return Optional.of(Enum.valueOf(type, text));
            } catch (IllegalArgumentException e) {
                fail(column, "unknown value \"" + text + "\"; allowed: " + Arrays.toString(type.getEnumConstants()));
                return Optional.empty();
            }
        }

        Optional<Integer> number(String column, String text) {
            if (!NUMBER.matcher(text).matches()) {
                fail(column, "not a practice number: \"" + text + "\"");
                return Optional.empty();
            }
            return Optional.of(Integer.valueOf(text));
        }

        void fail(String column, String message) {
            fail(COLUMNS.indexOf(column), message);
        }

        void fail(int column, String message) {
            violations.add(new Violation(where(lineNumber, column), message));
        }
    }
}
