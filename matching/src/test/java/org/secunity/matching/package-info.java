/** Tests of the matcher, its value types and the analysis helpers, over a hand-built mirror of the source's catalog. */
@NullMarked
package org.secunity.matching;

import org.jspecify.annotations.NullMarked;
