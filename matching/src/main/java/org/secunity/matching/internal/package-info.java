/** Internal support for the matching module (its Immutables style); not exported. */
@NullMarked
package org.secunity.matching.internal;

import org.jspecify.annotations.NullMarked;
