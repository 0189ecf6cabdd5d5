/**
 * The matcher's evaluation over the real seed catalog: the bundled evaluation cases, leave-one-out
 * ranks for every practice of a community, and the motivating example of issue 5. They live here
 * because matching cannot see the seed catalog, which serialization ships.
 */
@NullMarked
package org.secunity.examples.evaluation;

import org.jspecify.annotations.NullMarked;
