/**
 * Reading and writing the Secunity model: JSON and YAML documents with strict, path-named
 * errors ({@link org.secunity.serialization.SecunityJson}, {@link org.secunity.serialization.SecunityYaml},
 * {@link org.secunity.serialization.SecunityMapper}), catalog documents and the bundled seed
 * catalog ({@link org.secunity.serialization.Catalogs}, {@link org.secunity.serialization.SeedCatalog}),
 * the catalog's JSON Schema, and CSV tables for analysis ({@link org.secunity.serialization.CsvExport});
 * the matcher's situation and weight documents and their JSON Schema
 * ({@link org.secunity.serialization.Situations}), ranking documents
 * ({@link org.secunity.serialization.RankingWriter}), and iCalendar export of a community's events
 * ({@link org.secunity.serialization.ICalendarExport}).
 *
 * <p>Documents are read by hand-written codecs, never by reflection: no type named in a document
 * is ever instantiated. Every reader enforces {@link org.secunity.serialization.ReadOptions limits}
 * on untrusted input and reports every violation of a document in one
 * {@link org.secunity.SecunityDataException}.
 */
@NullMarked
package org.secunity.serialization;

import org.jspecify.annotations.NullMarked;
