package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;

/**
 * The versions of a document format and the migrations between them.
 *
 * <p>A document names its version in {@code schemaVersion}. Readers accept the current version and
 * every earlier one: before decoding, the tree of an older document is migrated step by step
 * (version 1 to 2, 2 to 3, …) to the current shape, keeping each value's original line and
 * column. A document of a newer version than this library knows is rejected at once, with a
 * message naming both versions. Only version 1 of the catalog exists so far, so its list of
 * migrations is empty; the next format change adds one step here and bumps {@code current}.
 */
public final class SchemaVersions {

    /** The property that holds the version. */
    public static final String PROPERTY = "schemaVersion";

    /** The catalog document: version 1, no migrations. */
    public static final SchemaVersions CATALOG = new SchemaVersions("catalog", 1, List.of());

    private final String document;
    private final int current;
    private final List<UnaryOperator<Node.Obj>> migrations;

    /**
     * Creates the versions of a document format.
     *
     * @param document the document's name, for messages
     * @param current the current version, at least 1
     * @param migrations the migration from version {@code i + 1} to {@code i + 2} at index {@code i};
     *     exactly {@code current - 1} of them
     */
    public SchemaVersions(String document, int current, List<UnaryOperator<Node.Obj>> migrations) {
        if (current < 1 || migrations.size() != current - 1) {
            throw new IllegalStateException("version " + current + " needs " + (current - 1) + " migrations");
        }
        this.document = document;
        this.current = current;
        this.migrations = List.copyOf(migrations);
    }

    /**
     * Returns the current version, which writers write.
     *
     * @return the version, at least 1
     */
    public int current() {
        return current;
    }

    /**
     * Returns the codec of the {@code schemaVersion} value: an integer in 1..current.
     *
     * @return the codec
     */
    public Codec<Integer> codec() {
        return new Codec<>() {
            @Override
            public @Nullable Integer decode(Node node, String path, DecodeContext context) {
                if (!(node instanceof Node.Num n) || !n.integral()) {
                    context.wrongType(path, node, "an integer");
                    return null;
                }
                int version = version(n);
                if (version < 1 || version > current) {
                    context.fail(path, node, "unsupported " + document + " schemaVersion " + n.text()
                            + "; this library reads versions 1 to " + current);
                    return null;
                }
                return version;
            }

            @Override
            public void encode(Integer value, JsonGenerator out) throws IOException {
                out.writeNumber(value);
            }

            @Override
            public ObjectNode schema(SchemaContext schema) {
                return schema.object().put("type", "integer").put("minimum", 1).put("maximum", current);
            }
        };
    }

    private static int version(Node.Num n) {
        try {
            return Integer.parseInt(n.text());
        } catch (NumberFormatException e) {
            return n.text().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    /**
     * Brings a document's tree to the current version.
     *
     * <p>A missing or malformed version is left for the version codec to report; the tree is then
     * read as the current version, so that its other violations are reported too.
     *
     * @param root the document's root
     * @return the tree in the current shape
     * @throws SecunityDataException if the document is of a newer version than {@link #current()}
     */
    public Node upgrade(Node root) {
        if (!(root instanceof Node.Obj object)) {
            return root;
        }
        Node.Member member = object.members().get(PROPERTY);
        if (member == null || !(member.value() instanceof Node.Num n) || !n.integral()) {
            return root;
        }
        int version = version(n);
        if (version > current) {
            throw new SecunityDataException(null, List.of(TreeReader.located(Paths.member(Paths.ROOT, PROPERTY),
                    document + " schemaVersion " + n.text() + " is newer than this library supports (" + current
                            + "); upgrade the Secunity SDK or write the document as version " + current,
                    n.location())), null);
        }
        Node.Obj tree = object;
        for (int v = Math.max(version, 1); v < current; v++) {
            tree = withVersion(migrations.get(v - 1).apply(tree), v + 1, n.location());
        }
        return tree;
    }

    private static Node.Obj withVersion(Node.Obj tree, int version, Node.Location at) {
        Map<String, Node.Member> members = new LinkedHashMap<>(tree.members());
        members.put(PROPERTY, new Node.Member(PROPERTY, at, new Node.Num(String.valueOf(version), true, at)));
        return new Node.Obj(java.util.Collections.unmodifiableMap(members), tree.location());
    }
}
