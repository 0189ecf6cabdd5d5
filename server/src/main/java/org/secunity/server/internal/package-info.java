/**
 * The server's handlers behind {@link org.secunity.server.SecunityServer}, not exported: routes,
 * problem details, request bodies under limits, content negotiation, the calendar feed, the OpenAPI
 * document and the organizers' page. Each handler parses its input, calls the library and writes
 * the library's wire forms.
 */
@NullMarked
package org.secunity.server.internal;

import org.jspecify.annotations.NullMarked;
