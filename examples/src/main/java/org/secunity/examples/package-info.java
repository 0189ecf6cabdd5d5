/**
 * Runnable examples of the Secunity SDK, one small class per use case, each with a {@code main}.
 *
 * <p>Each example is also run by a test, so that it cannot drift from the API.
 */
@NullMarked
package org.secunity.examples;

import org.jspecify.annotations.NullMarked;
