/** Tests of the serialization module: round-trips, conformance cases, limits, fuzzing, schema and CSV. */
@NullMarked
package org.secunity.serialization;

import org.jspecify.annotations.NullMarked;
