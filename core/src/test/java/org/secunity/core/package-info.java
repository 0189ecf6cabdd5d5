/** Tests of the core model: vocabulary, value invariants and catalog queries. */
@NullMarked
package org.secunity.core;

import org.jspecify.annotations.NullMarked;
