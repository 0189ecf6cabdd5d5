/**
 * JMH benchmarks: the recurrence engine measured side by side with lib-recur and ical4j, and the
 * practice matcher over synthetic catalogs of up to 100,000 practices.
 */
@NullMarked
package org.secunity.benchmarks;

import org.jspecify.annotations.NullMarked;
