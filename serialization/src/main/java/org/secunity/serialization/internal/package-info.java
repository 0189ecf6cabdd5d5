/**
 * The wire machinery behind the public facades, not exported: a located document tree read
 * from Jackson's streaming parsers under limits, one codec per model type, the catalog's schema
 * versions and migrations, and the JSON Schema generator.
 */
@NullMarked
package org.secunity.serialization.internal;

import org.jspecify.annotations.NullMarked;
