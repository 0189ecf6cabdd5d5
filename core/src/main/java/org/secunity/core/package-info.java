/**
 * The Secunity domain model: vocabulary enums with Japanese and English labels, communities,
 * organizations, events, practices with grounded curation, and the queryable
 * {@link org.secunity.core.Catalog}.
 *
 * <p>Every value is immutable, safe to share between threads, and compared with {@code equals}.
 * Nothing here accepts or returns null: absent values are {@link java.util.Optional} or empty
 * collections.
 */
@NullMarked
package org.secunity.core;

import org.jspecify.annotations.NullMarked;
