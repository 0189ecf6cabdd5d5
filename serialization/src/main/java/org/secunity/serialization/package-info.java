/**
 * Reading and writing the Secunity model: JSON and YAML documents with strict, path-named errors,
 * catalog and situation documents, the bundled seed catalog, JSON Schemas, CSV tables, ranking
 * documents and iCalendar export.
 *
 * <h2>Where to start</h2>
 *
 * <ul>
 *   <li>{@link org.secunity.serialization.SeedCatalog#load()} — the bundled catalog, read once;
 *   <li>{@link org.secunity.serialization.Catalogs} — a catalog document of your own:
 *       {@code read(Path)} (JSON or YAML by extension), {@code write}, its JSON Schema;
 *   <li>{@link org.secunity.serialization.Situations} — the matcher's situation and weight
 *       documents, checked against a catalog;
 *   <li>{@link org.secunity.serialization.SecunityMapper} — any other model value, or a document
 *       in a string, stream or reader: {@code SecunityMapper.json().read(Practice.class, text)},
 *       {@code SecunityMapper.yaml().withOptions(…)}; {@link org.secunity.serialization.WireType}
 *       names the wire forms (lists, grounded values, rankings bound to a catalog).
 * </ul>
 *
 * <p>Writers for other outputs: {@link org.secunity.serialization.RankingWriter} (ranking
 * documents), {@link org.secunity.serialization.CsvExport} (analysis tables),
 * {@link org.secunity.serialization.ICalendarExport} (a community's events as {@code .ics}).
 * {@code SecunityJson} and {@code SecunityYaml} are deprecated shortcuts of
 * {@code SecunityMapper.json()} and {@code SecunityMapper.yaml()}.
 *
 * <p>Documents are read by hand-written codecs, never by reflection: no type named in a document
 * is ever instantiated. Every reader enforces {@link org.secunity.serialization.ReadOptions limits}
 * on untrusted input and reports every violation of a document in one
 * {@link org.secunity.SecunityDataException}; a file that cannot be read or written is a
 * {@link org.secunity.SecunityIOException}. Both are {@link org.secunity.SecunityException}s, the
 * only exception bad input raises here; a {@code null} argument is a programming error and throws
 * {@link NullPointerException}.
 */
@NullMarked
package org.secunity.serialization;

import org.jspecify.annotations.NullMarked;
