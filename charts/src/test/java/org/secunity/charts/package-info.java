/** Tests of the charts: valid SVG with the expected labels, decoded non-blank PNG, Japanese glyphs drawn. */
@NullMarked
package org.secunity.charts;

import org.jspecify.annotations.NullMarked;
