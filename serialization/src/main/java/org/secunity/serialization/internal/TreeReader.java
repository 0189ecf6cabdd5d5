package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.serialization.Format;
import org.secunity.serialization.ReadOptions;

/**
 * Reads a whole JSON or YAML document into a located {@link Node} tree, enforcing every limit of
 * {@link ReadOptions}.
 *
 * <p>Duplicate keys are collected as violations (every one, with its path), and reading goes on.
 * Malformed text, a broken limit, a YAML alias or a second document stop reading at once with a
 * {@link SecunityDataException} holding a single violation: path, problem, line and column.
 */
public final class TreeReader {

    private final JsonParser parser;
    private final ReadOptions options;
    private final Format format;
    private final List<Violation> violations;
    private int values;

    private TreeReader(JsonParser parser, Format format, ReadOptions options, List<Violation> violations) {
        this.parser = parser;
        this.format = format;
        this.options = options;
        this.violations = violations;
    }

    /**
     * Reads one document.
     *
     * @param in the text; not closed
     * @param format the format
     * @param options the limits
     * @param violations where duplicate keys are reported
     * @return the root value
     * @throws SecunityDataException if the text is malformed or breaks a limit
     * @throws org.secunity.SecunityException if the Jackson found at run time is not supported
     */
    public static Node read(Reader in, Format format, ReadOptions options, List<Violation> violations) {
        JacksonVersionCheck.require(); // before the catch below, which would call it malformed input
        LimitedReader limited = new LimitedReader(in, options.maxDocumentChars());
        String path = Paths.ROOT;
        TreeReader reader = null;
        try (JsonParser parser = JacksonFactories.readerFactory(format, options).createParser(limited)) {
            reader = new TreeReader(parser, format, options, violations);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw fatal(path, "the document is empty", new Node.Location(1, 1));
            }
            Node root = reader.value(path, 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw fatal(path, format == Format.YAML
                        ? "a file must hold a single YAML document, but another one follows"
                        : "unexpected content after the document's value", location(parser));
            }
            return root;
        } catch (SecunityDataException e) {
            throw e;
        } catch (LimitedReader.LimitExceeded e) {
            throw sizeExceeded(options, reader, e);
        } catch (IOException | RuntimeException e) {
            if (limited.exceeded()) {
                throw sizeExceeded(options, reader, e);
            }
            throw translate(e, reader == null ? path : reader.currentPath, format, options,
                    reader == null ? Node.Location.UNKNOWN : location(reader.parser.currentLocation()));
        }
    }

    private static SecunityDataException sizeExceeded(ReadOptions options, @Nullable TreeReader reader, Exception e) {
        String where = reader == null ? Paths.ROOT : reader.currentPath;
        return new SecunityDataException(null, List.of(new Violation(where,
                "the document is longer than " + options.maxDocumentChars()
                        + " characters (limit ReadOptions.maxDocumentChars)")), e);
    }

    private String currentPath = Paths.ROOT;

    private Node value(String path, int depth) throws IOException {
        currentPath = path;
        Node.Location at = location(parser);
        if (++values > options.maxValues()) {
            throw fatal(path, "the document has more than " + options.maxValues()
                    + " values (limit ReadOptions.maxValues)", at);
        }
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw fatal(path, "YAML aliases are not supported (*" + Paths.excerpt(yaml.getText())
                    + "); write the value out in full", at);
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(path, depth, at);
            case START_ARRAY:
                return array(path, depth, at);
            case VALUE_STRING: {
                int length = parser.getTextLength();
                if (length > options.maxStringLength()) {
                    throw fatal(path, "a string is longer than " + options.maxStringLength()
                            + " characters (limit ReadOptions.maxStringLength)", at);
                }
                return new Node.Str(parser.getText(), at);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String text = parser.getText();
                if (text.length() > options.maxNumberLength()) {
                    throw fatal(path, "a number is longer than " + options.maxNumberLength()
                            + " characters (limit ReadOptions.maxNumberLength)", at);
                }
                return new Node.Num(text, token == JsonToken.VALUE_NUMBER_INT, at);
            }
            case VALUE_TRUE:
                return new Node.Bool(true, at);
            case VALUE_FALSE:
                return new Node.Bool(false, at);
            case VALUE_NULL:
                return new Node.Null(at);
            default:
                throw fatal(path, "unsupported value (" + token + ")", at);
        }
    }

    private Node object(String path, int depth, Node.Location at) throws IOException {
        checkDepth(path, depth, at);
        Map<String, Node.Member> members = new LinkedHashMap<>();
        int count = 0;
        JsonToken token;
        while ((token = nextMember(path)) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Node.Location keyAt = location(parser);
            if (name.length() > options.maxNameLength()) {
                throw fatal(path, "a property name is longer than " + options.maxNameLength()
                        + " characters (limit ReadOptions.maxNameLength)", keyAt);
            }
            if (++count > options.maxCollectionSize()) {
                throw fatal(path, "an object has more than " + options.maxCollectionSize()
                        + " members (limit ReadOptions.maxCollectionSize)", keyAt);
            }
            String childPath = Paths.member(path, name);
            currentPath = childPath;
            parser.nextToken();
            Node child = value(childPath, depth + 1);
            currentPath = path;
            if (members.containsKey(name)) {
                violations.add(located(childPath, "duplicate key \"" + Paths.excerpt(name) + "\" (first at "
                        + members.get(name).keyLocation() + ")", keyAt));
            } else {
                members.put(name, new Node.Member(name, keyAt, child));
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw fatal(path, "malformed object", location(parser));
        }
        return new Node.Obj(Collections.unmodifiableMap(members), at);
    }

    private Node array(String path, int depth, Node.Location at) throws IOException {
        checkDepth(path, depth, at);
        List<Node> items = new ArrayList<>();
        JsonToken token;
        while ((token = nextItem(path, items.size())) != JsonToken.END_ARRAY && token != null) {
            if (items.size() >= options.maxCollectionSize()) {
                throw fatal(path, "an array has more than " + options.maxCollectionSize()
                        + " items (limit ReadOptions.maxCollectionSize)", location(parser));
            }
            currentPath = Paths.item(path, items.size());
            items.add(value(currentPath, depth + 1));
            currentPath = path;
        }
        if (token == null) {
            throw fatal(path, "unexpected end of the document inside an array", location(parser));
        }
        return new Node.Arr(Collections.unmodifiableList(items), at);
    }

    /** Reads the next member's name; Jackson reads a scalar value with its name, so a limit its value breaks is the member's. */
    private JsonToken nextMember(String path) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            String name = parser.currentName();
            if (name != null && parser.getParsingContext().inObject()) {
                currentPath = Paths.member(path, name);
            }
            throw e;
        }
    }

    private JsonToken nextItem(String path, int index) throws IOException {
        currentPath = Paths.item(path, index);
        return parser.nextToken();
    }

    private void checkDepth(String path, int depth, Node.Location at) {
        if (depth > options.maxNestingDepth()) {
            throw fatal(path, "the document is nested deeper than " + options.maxNestingDepth()
                    + " levels (limit ReadOptions.maxNestingDepth)", at);
        }
    }

    private static Node.Location location(JsonParser parser) {
        return location(parser.currentTokenLocation());
    }

    private static Node.Location location(@Nullable JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Node.Location.UNKNOWN;
        }
        return new Node.Location(location.getLineNr(), Math.max(location.getColumnNr(), 1));
    }

    /**
     * Returns a violation whose message ends with the location, as every reader violation does.
     *
     * @param path the path
     * @param message the problem
     * @param at where in the text
     * @return the violation
     */
    public static Violation located(String path, String message, Node.Location at) {
        return new Violation(path, at.line() < 1 ? message : message + " (" + at + ")");
    }

    private static SecunityDataException fatal(String path, String message, Node.Location at) {
        return new SecunityDataException(null, List.of(located(path, message, at)), null);
    }

    private static SecunityDataException translate(Exception e, String path, Format format, ReadOptions options,
            Node.Location current) {
        Node.Location at = e instanceof JsonProcessingException jpe ? location(jpe.getLocation()) : Node.Location.UNKNOWN;
        if (at.line() < 1) {
            at = current;
        }
        String problem;
        if (e instanceof StreamConstraintsException sce && sce.getOriginalMessage().startsWith("Number value length")) {
            // Jackson's own number limit sits above ours (see JacksonFactories): say ours
            problem = "a number is longer than " + options.maxNumberLength()
                    + " characters (limit ReadOptions.maxNumberLength)";
        } else if (e instanceof StreamConstraintsException sce) {
            problem = "a limit was exceeded: " + jacksonLimit(sce.getOriginalMessage());
        } else if (e instanceof CharacterCodingException || e instanceof CharConversionException) {
            problem = "the document is not valid UTF-8";
        } else if (e instanceof JsonProcessingException jpe) {
            problem = "malformed " + format + ": " + firstLine(jpe.getOriginalMessage());
        } else {
            problem = "malformed " + format + ": " + firstLine(String.valueOf(e.getMessage()));
        }
        return new SecunityDataException(null, List.of(located(path, problem, at)), e);
    }

    private static String jacksonLimit(String message) {
        return message
                .replace("from `StreamReadConstraints.getMaxNestingDepth()`", "limit ReadOptions.maxNestingDepth")
                .replace("from `StreamReadConstraints.getMaxStringLength()`", "limit ReadOptions.maxStringLength")
                .replace("from `StreamReadConstraints.getMaxNumberLength()`", "limit ReadOptions.maxNumberLength")
                .replace("from `StreamReadConstraints.getMaxNameLength()`", "limit ReadOptions.maxNameLength")
                .replace("from `StreamReadConstraints.getMaxDocumentLength()`", "limit ReadOptions.maxDocumentChars")
                .replace("from `StreamReadConstraints.getMaxTokenCount()`", "limit ReadOptions.maxValues");
    }

    private static String firstLine(String message) {
        String line = message.strip();
        int newline = line.indexOf('\n');
        line = newline < 0 ? line : line.substring(0, newline).strip();
        return line.length() <= 200 ? line : line.substring(0, 197) + "…";
    }
}
