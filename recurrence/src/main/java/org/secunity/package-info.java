/**
 * The exception family every Secunity SDK module throws: {@link org.secunity.SecunityException}
 * and its parse and data subclasses.
 */
@NullMarked
package org.secunity;

import org.jspecify.annotations.NullMarked;
