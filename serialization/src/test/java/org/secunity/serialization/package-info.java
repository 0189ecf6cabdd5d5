/**
 * Tests of the serialization module: round-trips, conformance cases, limits, fuzzing, schema, CSV,
 * and the seed catalog's grounding in the source text.
 */
@NullMarked
package org.secunity.serialization;

import org.jspecify.annotations.NullMarked;
