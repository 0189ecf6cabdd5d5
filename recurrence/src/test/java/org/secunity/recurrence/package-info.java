/**
 * Tests of the recurrence engine: RFC 5545 vectors, negative cases, properties against a literal
 * reference expander and against lib-recur and ical4j, and fuzz targets.
 */
@NullMarked
package org.secunity.recurrence;

import org.jspecify.annotations.NullMarked;
