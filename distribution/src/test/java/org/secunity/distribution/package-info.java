/** Checks of what a release ships: the POM metadata, the BOM, the aggregated Javadoc. */
@NullMarked
package org.secunity.distribution;

import org.jspecify.annotations.NullMarked;
