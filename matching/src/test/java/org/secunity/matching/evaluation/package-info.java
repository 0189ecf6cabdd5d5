/** Tests of the evaluation harness and metrics, and the fixture set of evaluation situations with its parser. */
@NullMarked
package org.secunity.matching.evaluation;

import org.jspecify.annotations.NullMarked;
