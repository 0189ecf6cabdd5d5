package org.secunity.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.secunity.SecunityException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into exit codes and one line on stderr.
 *
 * <ul>
 *   <li>bad arguments (picocli's {@link ParameterException}), bad input data (any
 *       {@link SecunityException}: parse errors with the rule part and index, data errors with the
 *       file and JSON path, line and column), the app's own {@link BadInputException}s and I/O
 *       errors on the files named: exit {@value #BAD_INPUT}, one line, no stack trace;
 *   <li>anything else is a defect of the app: exit {@value #INTERNAL_ERROR} with the stack trace.
 * </ul>
 */
final class Errors implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** The exit status for bad input. */
    static final int BAD_INPUT = 2;

    /** The exit status for a defect of the app. */
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + oneLine(UsageErrors.describe(e))
                + " (see '" + name + " --help')");
        command.getErr().flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        String message = badInputMessage(e);
        if (message != null) {
            err.println(name + ": " + oneLine(message));
            err.flush();
            return BAD_INPUT;
        }
        err.println(name + ": internal error, please report it: " + e);
        e.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    /** Returns the message of an exception that means bad input, or null for a defect. */
    static @org.jspecify.annotations.Nullable String badInputMessage(Throwable e) {
        if (e instanceof SecunityException || e instanceof BadInputException) {
            return String.valueOf(e.getMessage());
        }
        if (e instanceof UncheckedIOException io) {
            return io.getCause() == null ? String.valueOf(io.getMessage()) : Inputs.describe(io.getCause());
        }
        if (e instanceof IOException io) {
            return Inputs.describe(io);
        }
        return null;
    }

    /**
     * Renders a message as the one line the app writes on stderr: line breaks folded into spaces, then
     * every other control character (Unicode Cc: ESC, BEL, DEL, C1 …), format character (Cf: bidi
     * overrides, zero-width joiners …), line or paragraph separator and lone surrogate escaped as a
     * backslash, {@code u} and four hex digits (ESC becomes backslash-u001B; beyond the BMP the hex digits
     * are in braces; a tab becomes backslash-t), so that text from a document can neither
     * drive the terminal nor hide or reorder what is shown. Every stderr message of the app goes
     * through here.
     */
    static String oneLine(String message) {
        String folded = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isUnsafe(cp)) {
                if (out == null) {
                    out = new StringBuilder(folded.length() + 16).append(folded, 0, i);
                }
                out.append(cp == '\t' ? "\\t" : cp <= 0xFFFF ? String.format("\\u%04X", cp)
                        : String.format("\\u{%X}", cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? folded : out.toString();
    }

    private static boolean isUnsafe(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
