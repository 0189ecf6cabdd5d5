/**
 * Charts for researchers: {@link org.secunity.charts.Charts} makes the practice × effect-tag heatmap,
 * the tag coverage by community, the event calendar and a ranking's score by signal, each a
 * {@link org.secunity.charts.Chart} that writes SVG or PNG in Japanese or English.
 *
 * <p>Charts are immutable and safe to share; every write draws afresh.
 */
@NullMarked
package org.secunity.charts;

import org.jspecify.annotations.NullMarked;
