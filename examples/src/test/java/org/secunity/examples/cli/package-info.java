/** Tests of the {@code secunity} command-line app, run in-process with captured output. */
@NullMarked
package org.secunity.examples.cli;

import org.jspecify.annotations.NullMarked;
