package org.secunity.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One exception root (issue 13): bad input reaching a public method of a library module throws a
 * {@code SecunityException}, never an {@link IllegalArgumentException}, {@link UncheckedIOException}
 * or {@link DateTimeException}. What the bytecode shows of that rule is checked here; the fuzz
 * properties check it at run time.
 *
 * <ul>
 *   <li>no library class creates one of those exceptions, except the few documented preconditions
 *       on values the library computes itself, listed below with why;
 *   <li>every call from library code to a JDK method that throws one of them on bad text (number,
 *       date, time, zone, URI and enum parsers) sits inside a {@code try} that catches it, so that
 *       it becomes a {@code SecunityException} with the location of the text.
 * </ul>
 *
 * <p>A {@code null} argument is a programming error and throws {@link NullPointerException}
 * ({@code Objects.requireNonNull(arg, "arg")}); that is allowed.
 */
class ExceptionRootTest {

    /** The packages of the library modules (recurrence, core, matching, serialization, charts). */
    private static final String[] LIBRARY = {"org.secunity", "org.secunity.recurrence..", "org.secunity.core..",
            "org.secunity.matching..", "org.secunity.serialization..", "org.secunity.charts.."};

    /** The JDK exceptions that must not reach a caller for bad input. */
    private static final List<Class<? extends RuntimeException>> FOREIGN =
            List.of(IllegalArgumentException.class, UncheckedIOException.class, DateTimeException.class);

    /**
     * Classes allowed to create a foreign exception, and why.
     */
    private static final Set<String> MAY_CREATE = Set.of(
            // a precondition on the exception's own constructor (an exception without violations is a
            // programming error in the library, never bad input)
            "org.secunity.SecunityDataException");

    /**
     * Methods that may call a JDK text parser outside a {@code try}, and why: each parses text it has
     * already matched against a pattern of a few digits, or runs inside a caller's {@code try}.
     */
    private static final Set<String> PARSES_CHECKED_TEXT = Set.of(
            // a constant zone ID
            "org.secunity.core.Schedule.<clinit>",
            // 4, 2 and 2 digits matched by ISO and JAPANESE patterns first; the range is checked after
            "org.secunity.core.PartialDate.parse", "org.secunity.core.PartialDate.parseJapanese",
            "org.secunity.core.PartialDate.build",
            // at most 10 digits after digits() checked them; the int range is checked after
            "org.secunity.recurrence.RuleParser.number",
            // fixed-width digit runs of a DATE or DATE-TIME value that its pattern matched
            "org.secunity.recurrence.RuleParser.num",
            // hour, minute, second matched by RULE_TIME; the range is checked after
            "org.secunity.recurrence.cadence.Cadence.parseRule",
            // digit tokens of the lexer, saturated above 18 digits
            "org.secunity.recurrence.cadence.EnglishParser.digits",
            "org.secunity.recurrence.cadence.EnglishParser.time",
            // a number the DECIMAL pattern matched
            "org.secunity.serialization.internal.Codecs$8.decode",
            // lambdas handed to Codecs.text, which catches every RuntimeException and reports it at the JSON path
            "org.secunity.serialization.internal.ModelCodecs.<clinit>",
            // a dtstart the codec matched against its date or date-time pattern, inside expand()'s try that
            // catches DateTimeException
            "org.secunity.serialization.ExpandRequest.expandFromStart");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = MainClasses.get();
    }

    @Test
    void library_classes_do_not_create_illegal_argument_unchecked_io_or_date_time_exceptions() {
        ArchRule rule = classes().that().resideInAnyPackage(LIBRARY)
                .and(DescribedPredicate.describe("are not exempt", (JavaClass c) -> !MAY_CREATE.contains(
                        c.getName().replaceAll("\\$.*", ""))))
                .should(notCreateAForeignException())
                .because("bad input throws a SecunityException subclass (SecunityDataException, "
                        + "SecunityParseException, SecunityIOException)");
        rule.check(classes);
    }

    @Test
    void library_calls_to_jdk_text_parsers_are_inside_a_try_that_catches_their_exception() {
        ArchRule rule = classes().that().resideInAnyPackage(LIBRARY)
                .should(callTextParsersOnlyInsideATry())
                .because("a JDK parser's IllegalArgumentException or DateTimeException must become a "
                        + "SecunityException that names the bad text");
        rule.check(classes);
    }

    private static ArchCondition<JavaClass> notCreateAForeignException() {
        return new ArchCondition<>("not create an IllegalArgumentException, UncheckedIOException or DateTimeException") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaConstructorCall call : item.getConstructorCallsFromSelf()) {
                    JavaClass created = call.getTargetOwner();
                    if (FOREIGN.stream().anyMatch(created::isAssignableTo)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** JDK methods that throw IllegalArgumentException (or NumberFormatException) or DateTimeException on bad text. */
    private static boolean isTextParser(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        boolean hasStringParameter = call.getTarget().getRawParameterTypes().stream()
                .anyMatch(t -> t.isAssignableTo(CharSequence.class));
        if (!hasStringParameter) {
            return false;
        }
        return switch (owner) {
            case "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double",
                    "java.lang.Float" -> name.startsWith("parse") || name.equals("valueOf");
            case "java.math.BigInteger", "java.math.BigDecimal" -> name.equals("<init>");
            case "java.lang.Enum" -> name.equals("valueOf");
            case "java.net.URI" -> name.equals("create");
            case "java.util.UUID" -> name.equals("fromString");
            case "java.time.ZoneId", "java.time.ZoneOffset" -> name.equals("of");
            default -> owner.startsWith("java.time.") && name.equals("parse");
        };
    }

    private static boolean caughtAround(JavaAccess<?> access) {
        for (TryCatchBlock block : access.getContainingTryBlocks()) {
            for (JavaClass caught : block.getCaughtThrowables()) {
                if (caught.isEquivalentTo(Throwable.class) || caught.isEquivalentTo(Exception.class)
                        || caught.isEquivalentTo(RuntimeException.class)
                        || caught.isEquivalentTo(IllegalArgumentException.class)
                        || caught.isEquivalentTo(NumberFormatException.class)
                        || caught.isEquivalentTo(DateTimeException.class)
                        || caught.isEquivalentTo(java.time.format.DateTimeParseException.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ArchCondition<JavaClass> callTextParsersOnlyInsideATry() {
        return new ArchCondition<>("call JDK text parsers only inside a try that catches their exception "
                + "(compiler-made enum valueOf and the checked texts listed excepted)") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCall<?> call : item.getCodeUnitCallsFromSelf()) {
                    String origin = call.getOrigin().getOwner().getName() + "." + call.getOrigin().getName();
                    boolean enumValueOf = call.getOrigin().getOwner().isEnum() && call.getOrigin().getName().equals("valueOf");
                    if (isTextParser(call) && !caughtAround(call) && !enumValueOf && !PARSES_CHECKED_TEXT.contains(origin)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
