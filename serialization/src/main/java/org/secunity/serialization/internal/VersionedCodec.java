package org.secunity.serialization.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a versioned document: migrates an older tree to the current shape, then decodes
 * it with the current codec, which also writes the current {@code schemaVersion}.
 *
 * @param <T> the document's model type
 */
public final class VersionedCodec<T> implements Codec<T> {

    private final SchemaVersions versions;
    private final ObjectCodec<T> current;

    /**
     * Creates the codec.
     *
     * @param versions the versions and migrations
     * @param current the codec of the current version
     */
    public VersionedCodec(SchemaVersions versions, ObjectCodec<T> current) {
        this.versions = versions;
        this.current = current;
    }

    @Override
    public @Nullable T decode(Node node, String path, DecodeContext context) {
        return current.decode(versions.upgrade(node), path, context);
    }

    @Override
    public void encode(T value, JsonGenerator out) throws IOException {
        current.encode(value, out);
    }

    @Override
    public ObjectNode schema(SchemaContext schema) {
        return current.inlineSchema(schema);
    }

    /**
     * Returns the codec of the current version.
     *
     * @return the object codec
     */
    public ObjectCodec<T> current() {
        return current;
    }
}
