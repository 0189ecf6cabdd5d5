/**
 * The exception family every Secunity SDK module throws: {@link org.secunity.SecunityException}
 * and its parse, data and I/O subclasses.
 */
@NullMarked
package org.secunity;

import org.jspecify.annotations.NullMarked;
