/**
 * Tests of the holiday calendars: golden tables of Japanese holidays, named regressions and
 * properties.
 */
@NullMarked
package org.secunity.recurrence.holiday;

import org.jspecify.annotations.NullMarked;
