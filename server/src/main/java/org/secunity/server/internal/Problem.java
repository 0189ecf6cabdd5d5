package org.secunity.server.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Consumer;
import org.secunity.SecunityDataException;
import org.secunity.SecunityException;
import org.secunity.SecunityParseException;

/**
 * An RFC 9457 problem: what every error of the server answers with, as
 * {@code application/problem+json}, thrown by handlers and written by {@link Routes}.
 *
 * <p>{@code detail} is the one line the command-line app prints for the same input; a library
 * exception also gives its parts: a data exception's {@code violations} (JSON path and message,
 * with line and column), a parse exception's {@code input}, {@code index} and {@code part}.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The media type of a problem document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String TYPE_PREFIX = "urn:secunity:problem:";

    /** The HTTP status. */
    private final int status;
    /** The problem type URI. */
    private final String type;
    /** The short, fixed summary of the type. */
    private final String title;
    /** The extension members, in order; written after the standard ones. */
    private final transient ObjectNode extensions;

    private Problem(int status, String type, String title, String detail, ObjectNode extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = extensions;
    }

    /**
     * Returns a problem of a generic HTTP status ({@code type} is {@code about:blank}, the title
     * the status's phrase).
     *
     * @param status the HTTP status
     * @param title the status's reason phrase
     * @param detail what was wrong with this request, one line
     * @return the problem
     */
    public static Problem http(int status, String title, String detail) {
        return new Problem(status, "about:blank", title, oneLine(detail), Json.MAPPER.createObjectNode());
    }

    /**
     * Returns a problem of a Secunity problem type ({@code urn:secunity:problem:<slug>}).
     *
     * @param status the HTTP status
     * @param slug the type's name, such as {@code invalid-parameter}
     * @param title the type's summary
     * @param detail what was wrong with this request, one line
     * @return the problem
     */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, TYPE_PREFIX + slug, title, oneLine(detail), Json.MAPPER.createObjectNode());
    }

    /**
     * Returns a 400 for a bad query or path parameter.
     *
     * @param parameter the parameter's name
     * @param message what was wrong, naming the value and the allowed ones
     * @return the problem
     */
    public static Problem badParameter(String parameter, String message) {
        return of(400, "invalid-parameter", "Invalid parameter", parameter + ": " + message)
                .with(o -> o.put("parameter", parameter));
    }

    /**
     * Returns the problem of a library exception: a document the JSON or YAML parser itself
     * rejects (its syntax, or one of the parser's limits) is 400; any other problem of a document
     * (a wrong type, an unknown ID, a broken rule of the model, a nesting or size limit of the
     * reader) is 422; a text that does not parse (a rule) is 400, and anything else of the library 400.
     *
     * @param e the exception
     * @return the problem, whose detail is the exception's message on one line
     */
    public static Problem of(SecunityException e) {
        String detail = String.valueOf(e.getMessage());
        if (e instanceof SecunityDataException data) {
            boolean malformed = data.getCause() instanceof JacksonException;
            Problem problem = malformed
                    ? of(400, "malformed-document", "Malformed document", detail)
                    : of(422, "invalid-document", "Invalid document", detail);
            return problem.with(o -> {
                ArrayNode violations = o.putArray("violations");
                for (SecunityDataException.Violation v : data.violations()) {
                    violations.addObject().put("path", v.path()).put("message", v.message());
                }
                if (data.omittedViolations() > 0) {
                    o.put("omittedViolations", data.omittedViolations());
                }
            });
        }
        if (e instanceof SecunityParseException parse) {
            return of(400, "invalid-text", "Text that does not parse", detail).with(o -> {
                o.put("input", parse.input());
                o.put("index", parse.index());
                parse.part().ifPresent(part -> o.put("part", part));
            });
        }
        return of(400, "invalid-request", "Invalid request", detail);
    }

    /**
     * Returns this problem with extension members added.
     *
     * @param members adds members to the extension object
     * @return this problem
     */
    public Problem with(Consumer<ObjectNode> members) {
        members.accept(extensions);
        return this;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the problem document.
     *
     * @param instance the request's path, for {@code instance}
     * @return the document
     */
    public ObjectNode document(String instance) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("type", type);
        o.put("title", title);
        o.put("status", status);
        o.put("detail", Objects.requireNonNullElse(getMessage(), title));
        o.put("instance", instance);
        o.setAll(extensions);
        return o;
    }

    /** Folds a message onto one line, as the command-line app prints it. */
    static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
