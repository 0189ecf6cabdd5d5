/**
 * The {@code secunity} command-line app: {@link org.secunity.examples.cli.SecunityApp} and its
 * subcommands ({@code catalog}, {@code expand}, {@code recommend}, {@code schedule}, {@code tour}).
 *
 * <p>Exit status 0 on success, 2 on bad input with one line on stderr, 1 on an internal error.
 */
@NullMarked
package org.secunity.examples.cli;

import org.jspecify.annotations.NullMarked;
