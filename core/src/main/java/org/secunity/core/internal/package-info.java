/** Internal support for the core module; not exported. */
@NullMarked
package org.secunity.core.internal;

import org.jspecify.annotations.NullMarked;
