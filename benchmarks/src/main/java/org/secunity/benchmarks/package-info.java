/**
 * JMH benchmarks of the recurrence engine measured side by side with lib-recur and ical4j.
 */
@NullMarked
package org.secunity.benchmarks;

import org.jspecify.annotations.NullMarked;
