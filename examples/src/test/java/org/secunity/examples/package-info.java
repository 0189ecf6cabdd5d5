/** Tests of the examples, the command-line app, and the layering of all modules. */
@NullMarked
package org.secunity.examples;

import org.jspecify.annotations.NullMarked;
