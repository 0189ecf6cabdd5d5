package org.secunity.serialization.internal;

import java.util.List;
import org.secunity.SecunityDataException.Violation;
import org.secunity.serialization.ReadOptions;

/**
 * The state of decoding one document: the options and every violation found so far.
 *
 * <p>Codecs report into it and go on, so that a document's violations are all found in one pass.
 */
public final class DecodeContext {

    private final ReadOptions options;
    private final List<Violation> violations;

    /**
     * Creates a context.
     *
     * @param options the options
     * @param violations the list to report into (the tree reader's duplicate keys may already be there)
     */
    public DecodeContext(ReadOptions options, List<Violation> violations) {
        this.options = options;
        this.violations = violations;
    }

    /**
     * Creates a context with an empty list of violations, which keeps the first
     * {@value org.secunity.SecunityDataException#MAX_VIOLATIONS} and counts the rest.
     *
     * @param options the options
     */
    public DecodeContext(ReadOptions options) {
        this(options, new ViolationList());
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * Reports a violation at a node.
     *
     * @param path the JSON path
     * @param at the offending node
     * @param message the problem
     */
    public void fail(String path, Node at, String message) {
        violations.add(TreeReader.located(path, message, at.location()));
    }

    /**
     * Reports a violation at a location.
     *
     * @param path the JSON path
     * @param at where in the text
     * @param message the problem
     */
    public void fail(String path, Node.Location at, String message) {
        violations.add(TreeReader.located(path, message, at));
    }

    /**
     * Reports a wrong type.
     *
     * @param path the JSON path
     * @param node the offending node
     * @param expected what was expected, with an article ("a string")
     */
    public void wrongType(String path, Node node, String expected) {
        fail(path, node, "expected " + expected + " but found " + node.kind());
    }

    /**
     * Returns the violations found so far.
     *
     * @return the live list
     */
    public List<Violation> violations() {
        return violations;
    }
}
