/** Tests of the serialization module, including the grounding of the bundled seed catalog in its source text. */
@NullMarked
package org.secunity.serialization;

import org.jspecify.annotations.NullMarked;
