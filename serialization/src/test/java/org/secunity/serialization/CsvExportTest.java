package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.EffectTag;
import org.secunity.core.Event;
import org.secunity.core.Practice;

/** The analysis tables, read back with Jackson CSV and checked against the seed catalog. */
class CsvExportTest {

    private static final Catalog SEED = SeedCatalog.load();

    private static List<Map<String, String>> readBack(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .readValues(csv)) {
            return rows.readAll();
        }
    }

    private static List<String> header(String csv) {
        return List.of(csv.substring(0, csv.indexOf('\n')).split(","));
    }

    @ParameterizedTest
    @EnumSource(CsvTable.class)
    void every_table_has_its_header_and_one_row_per_entry(CsvTable table) throws IOException {
        String csv = CsvExport.create().write(table, SEED);
        assertThat(header(csv)).containsExactlyElementsOf(table.columns());
        int expected = switch (table) {
            case PRACTICES, EFFECT_TAG_MATRIX -> SEED.practices().size();
            case COMMUNITIES -> SEED.communities().size();
            case EVENTS -> SEED.communities().stream().mapToInt(c -> c.events().size()).sum();
        };
        assertThat(readBack(csv)).hasSize(expected);
    }

    @Test
    void practices_table_flags_effect_tags_and_challenges() throws IOException {
        List<Map<String, String>> rows = readBack(CsvExport.create().write(CsvTable.PRACTICES, SEED));
        for (int i = 0; i < rows.size(); i++) {
            Practice p = SEED.practices().get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("number")).isEqualTo(String.valueOf(p.number()));
            assertThat(row.get("community")).isEqualTo(p.community().map(Object::toString).orElse(""));
            assertThat(row.get("titleJa")).isEqualTo(p.title().ja());
            assertThat(row.get("titleEn")).isEqualTo(p.title().en());
            for (EffectTag tag : EffectTag.values()) {
                assertThat(row.get(tag.id())).isEqualTo(p.hasEffectTag(tag) ? "1" : "0");
            }
            for (Challenge c : Challenge.values()) {
                assertThat(row.get(c.id())).isEqualTo(p.addresses(c) ? "1" : "0");
            }
        }
        assertThat(rows.get(20).get("community")).isEmpty();
    }

    @Test
    void matrix_column_totals_match_the_catalog_counts() throws IOException {
        List<Map<String, String>> rows = readBack(CsvExport.create().write(CsvTable.EFFECT_TAG_MATRIX, SEED));
        for (EffectTag tag : EffectTag.values()) {
            long total = rows.stream().filter(r -> "1".equals(r.get(tag.id()))).count();
            assertThat(total).as(tag.id()).isEqualTo(SEED.effectTagCounts().get(tag).longValue());
        }
        assertThat(rows.get(2)).containsEntry("practice", "3").containsEntry("ENABLE_CONTINUOUS_ACTIVITY", "1")
                .containsEntry("REDUCE_OPERATING_BURDEN", "1").containsEntry("PROMOTE_COMPANY_PARTICIPATION", "0");
    }

    @Test
    void communities_table_counts_members_and_practices() throws IOException {
        List<Map<String, String>> rows = readBack(CsvExport.create().write(CsvTable.COMMUNITIES, SEED));
        for (int i = 0; i < rows.size(); i++) {
            Community c = SEED.communities().get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("id")).isEqualTo(c.id().value());
            assertThat(row.get("nameJa")).isEqualTo(c.name().ja());
            assertThat(row.get("region")).isEqualTo(c.region().id());
            assertThat(row.get("prefecture")).isEqualTo(c.prefecture().map(Enum::name).orElse(""));
            assertThat(row.get("founded")).isEqualTo(c.founded().map(d -> d.date().toString()).orElse(""));
            assertThat(row.get("countedMembers")).isEqualTo(String.valueOf(c.countedMembers()));
            assertThat(row.get("practices")).isEqualTo(String.valueOf(SEED.practicesOf(c.id()).size()));
        }
        assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.get("practices"))).sum()).isEqualTo(20);
    }

    @Test
    void events_table_carries_dates_cadences_and_rules() throws IOException {
        List<Map<String, String>> rows = readBack(CsvExport.create().write(CsvTable.EVENTS, SEED));
        List<Event> events = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (Community c : SEED.communities()) {
            events.addAll(c.events());
            owners.addAll(Collections.nCopies(c.events().size(), c.id().value()));
        }
        for (int i = 0; i < rows.size(); i++) {
            Event e = events.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("community")).isEqualTo(owners.get(i));
            assertThat(row.get("kind")).isEqualTo(e.kind().id());
            assertThat(row.get("titleEn")).isEqualTo(e.title().en());
            assertThat(row.get("dates").isEmpty() ? List.of() : List.of(row.get("dates").split(";")))
                    .hasSize(e.dates().size());
            assertThat(row.get("rrule")).isEqualTo(e.cadence().flatMap(k -> k.rrule()).orElse(""));
            assertThat(row.get("cadenceJa")).isEqualTo(e.cadence().map(k -> k.text().ja()).orElse(""));
        }
        assertThat(rows).anySatisfy(r -> assertThat(r.get("rrule")).startsWith("FREQ="));
    }

    @Test
    void byte_order_mark_is_written_only_on_request(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path marked = dir.resolve("marked.csv");
        CsvExport.create().write(CsvTable.COMMUNITIES, SEED, plain);
        CsvExport.create().withByteOrderMark(true).write(CsvTable.COMMUNITIES, SEED, marked);
        byte[] a = Files.readAllBytes(plain);
        byte[] b = Files.readAllBytes(marked);
        assertThat(a[0]).isEqualTo((byte) 'i');
        assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(b, StandardCharsets.UTF_8).substring(1)).isEqualTo(new String(a, StandardCharsets.UTF_8));
    }

    @Test
    void vocabulary_columns_do_not_collide() {
        for (CsvTable table : CsvTable.values()) {
            assertThat(new HashSet<>(table.columns())).hasSameSizeAs(table.columns());
        }
    }

    @Test
    void texts_with_commas_quotes_and_line_breaks_survive() throws IOException {
        Catalog tricky = SecunityMapper.json().read(Catalog.class, "{\"schemaVersion\": 1, \"practices\": [{\"number\": 1,"
                + " \"community\": null, \"title\": {\"ja\": \"a,b\\\"c\\nd\", \"en\": \"x, \\\"y\\\"\"},"
                + " \"purpose\": {\"ja\": \"p\", \"en\": \"p\"}}]}");
        Map<String, String> row = readBack(CsvExport.create().write(CsvTable.PRACTICES, tricky)).get(0);
        assertThat(row.get("titleJa")).isEqualTo("a,b\"c\nd");
        assertThat(row.get("titleEn")).isEqualTo("x, \"y\"");
    }
}
