package org.secunity.matching.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Challenge;
import org.secunity.core.CommunityStage;
import org.secunity.core.EffectTag;
import org.secunity.core.OrganizerType;
import org.secunity.core.PartnerKind;
import org.secunity.core.Prefecture;
import org.secunity.core.Region;
import org.secunity.matching.Situation;

/**
 * Reads the evaluation situations fixture: a tab-separated file with a header line, comment lines
 * starting with {@code #}, and one case per line in the columns {@code id, stage, organizerType,
 * region, prefecture, goals, challenges, partners, adopted, relevant, why}. An empty cell is "not
 * stated"; goals are {@code TAG=weight|TAG=weight}, lists are {@code A|B}. Every problem of a line
 * is reported, each with the line and column.
 */
final class EvaluationSituations {

    static final String RESOURCE = "/org/secunity/matching/evaluation-situations.tsv";

    static final List<String> COLUMNS = List.of("id", "stage", "organizerType", "region", "prefecture", "goals",
            "challenges", "partners", "adopted", "relevant", "why");

    private EvaluationSituations() {}

    /** Loads the fixture set from the test resources. */
    static List<EvaluationCase> load() {
        return parse(RESOURCE, read(RESOURCE));
    }

    static String read(String resource) {
        try (InputStream in = EvaluationSituations.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a whole file; throws one exception with every violation of every line. */
    static List<EvaluationCase> parse(String source, String text) {
        List<EvaluationCase> cases = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!Arrays.asList(line.split("\t", -1)).equals(COLUMNS)) {
                    violations.add(new Violation("line " + (i + 1), "header must be " + String.join(",", COLUMNS)));
                }
                continue;
            }
            try {
                cases.add(parseLine(line, i + 1));
            } catch (SecunityDataException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(source, violations, null);
        }
        return cases;
    }

    /** Parses one case line; {@code lineNumber} is 1-based and only used in messages. */
    static EvaluationCase parseLine(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        String where = "line " + lineNumber;
        if (cells.length != COLUMNS.size()) {
            throw new SecunityDataException(where, "expected " + COLUMNS.size() + " tab-separated columns, but found "
                    + cells.length);
        }
        List<Violation> violations = new ArrayList<>();
        Cells c = new Cells(cells, where, violations);
        Situation.Builder s = Situation.builder();
        c.each("stage", v -> c.value("stage", v, CommunityStage.class).ifPresent(s::stage));
        c.each("organizerType", v -> c.value("organizerType", v, OrganizerType.class).ifPresent(s::organizerType));
        c.each("region", v -> c.value("region", v, Region.class).ifPresent(s::region));
        c.each("prefecture", v -> c.value("prefecture", v, Prefecture.class).ifPresent(s::prefecture));
        c.each("goals", v -> {
            int eq = v.indexOf('=');
            if (eq < 0) {
                c.fail("goals", "expected TAG=weight, but was \"" + v + "\"");
                return;
            }
            Optional<EffectTag> tag = c.value("goals", v.substring(0, eq), EffectTag.class);
            Optional<Double> weight = c.number("goals", v.substring(eq + 1));
            if (tag.isPresent() && weight.isPresent()) {
                s.putGoal(tag.get(), weight.get());
            }
        });
        c.each("challenges", v -> c.value("challenges", v, Challenge.class).ifPresent(s::addChallenge));
        c.each("partners", v -> c.value("partners", v, PartnerKind.class).ifPresent(s::addPartner));
        c.each("adopted", v -> c.integer("adopted", v).ifPresent(s::addAdoptedPractice));
        EvaluationCase.Builder b = EvaluationCase.builder().id(cells[0]);
        c.each("relevant", v -> c.integer("relevant", v).ifPresent(b::addRelevant));
        if (!cells[10].isBlank()) {
            b.why(cells[10]);
        }
        if (cells[0].isBlank()) {
            violations.add(new Violation(where + " column id", "must not be blank"));
        }
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
        try {
            return b.situation(s.build()).build();
        } catch (SecunityDataException e) {
            throw new SecunityDataException(null, e.violations().stream().map(v -> v.under(where)).toList(), null);
        }
    }

    /** One line's cells, collecting violations instead of stopping at the first. */
    private static final class Cells {
        private final String[] cells;
        private final String where;
        private final List<Violation> violations;

        Cells(String[] cells, String where, List<Violation> violations) {
            this.cells = cells;
            this.where = where;
            this.violations = violations;
        }

        /** Calls {@code action} for each {@code |}-separated item of a column; nothing for an empty cell. */
        void each(String column, Consumer<String> action) {
            String cell = cells[COLUMNS.indexOf(column)].strip();
            if (cell.isEmpty()) {
                return;
            }
            for (String item : cell.split("\\|", -1)) {
                String v = item.strip();
                if (v.isEmpty()) {
                    fail(column, "empty item in \"" + cell + "\"");
                } else {
                    action.accept(v);
                }
            }
        }

        <E extends Enum<E>> Optional<E> value(String column, String text, Class<E> type) {
            try {
                return Optional.of(Enum.valueOf(type, text));
            } catch (IllegalArgumentException e) {
                fail(column, "unknown value \"" + text + "\"; allowed: "
                        + Arrays.toString(type.getEnumConstants()));
                return Optional.empty();
            }
        }

        Optional<Double> number(String column, String text) {
            try {
                return Optional.of(Double.valueOf(text));
            } catch (NumberFormatException e) {
                fail(column, "not a number: \"" + text + "\"");
                return Optional.empty();
            }
        }

        Optional<Integer> integer(String column, String text) {
            try {
                return Optional.of(Integer.valueOf(text));
            } catch (NumberFormatException e) {
                fail(column, "not a practice number: \"" + text + "\"");
                return Optional.empty();
            }
        }

        void fail(String column, String message) {
            violations.add(new Violation(where + " column " + column, message));
        }
    }
}
