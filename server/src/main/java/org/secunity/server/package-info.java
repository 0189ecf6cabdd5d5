/**
 * Secunity as a service: {@link org.secunity.server.SecunityServer}, an HTTP API over the library
 * (the same wire forms as the files), subscribable calendar feeds and a page for organizers,
 * configured by an immutable {@link org.secunity.server.ServerConfig}.
 *
 * <p>The server holds no state between requests: run as many instances behind a load balancer as
 * you like. Nothing here accepts or returns null.
 */
@NullMarked
package org.secunity.server;

import org.jspecify.annotations.NullMarked;
