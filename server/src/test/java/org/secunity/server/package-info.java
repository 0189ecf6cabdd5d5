/** Tests of the server: endpoints, problems, limits, the OpenAPI document, the page in a browser, a soak. */
@NullMarked
package org.secunity.server;

import org.jspecify.annotations.NullMarked;
