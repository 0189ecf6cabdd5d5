package org.secunity.serialization.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/** A JSON Schema being generated: the shared {@code $defs} that codecs register into. */
public final class SchemaContext {

    private final ObjectNode defs = JsonNodeFactory.instance.objectNode();

    /**
     * Returns a new, empty schema object.
     *
     * @return the object
     */
    public ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Returns a reference to a named definition, generating the definition on first use.
     *
     * @param name the definition's name, unique within the schema
     * @param definition generates the definition
     * @return {@code {"$ref": "#/$defs/name"}}
     */
    public ObjectNode ref(String name, Supplier<ObjectNode> definition) {
        if (!defs.has(name)) {
            defs.putObject(name); // placeholder, so that recursive references terminate
            defs.set(name, definition.get());
        }
        return object().put("$ref", "#/$defs/" + name);
    }

    /**
     * Returns the definitions registered so far.
     *
     * @return the live {@code $defs} object
     */
    public ObjectNode definitions() {
        return defs;
    }
}
