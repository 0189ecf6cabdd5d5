/** Tests of the serialization module's internals: the Jackson version check. */
@NullMarked
package org.secunity.serialization.internal;

import org.jspecify.annotations.NullMarked;
