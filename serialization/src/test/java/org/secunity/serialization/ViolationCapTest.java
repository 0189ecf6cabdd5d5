package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;
import org.secunity.core.Catalog;

/**
 * Issue 11: a document with hundreds of thousands of bad entries gives an exception with the first
 * {@value SecunityDataException#MAX_VIOLATIONS} violations and a count of the rest, in bounded memory and
 * a message of bounded size (it was one 125 MB line and an OutOfMemoryError at -Xmx512m).
 */
class ViolationCapTest {

    private static final Catalog SEED = SeedCatalog.load();

    /** A situation whose every array holds 100,000 bad items (the most one array may hold). */
    static String hostileSituation() {
        int n = ReadOptions.DEFAULT_MAX_COLLECTION_SIZE;
        StringBuilder json = new StringBuilder("{\"challenges\":[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"X").append(i).append('"');
        }
        json.append("],\"partners\":[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("1");
        }
        json.append("],\"adoptedPractices\":[");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"a\"");
        }
        json.append("],\"goals\":{");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("\"G").append(i).append("\":2");
        }
        return json.append("}}").toString();
    }

    @Test
    void a_situation_with_400000_bad_entries_keeps_the_first_100_and_counts_the_rest() {
        String document = hostileSituation();
        assertThat(document.length()).isGreaterThan(2_000_000);
        assertThatThrownBy(() -> Situations.read(document, Format.JSON, SEED))
                .isInstanceOfSatisfying(SecunityDataException.class, e -> {
                    assertThat(e.violations()).hasSize(SecunityDataException.MAX_VIOLATIONS);
                    assertThat(e.violations().get(0).path()).isEqualTo("$.challenges[0]");
                    assertThat(e.omittedViolations()).isGreaterThanOrEqualTo(400_000 - 100);
                    long total = e.violations().size() + e.omittedViolations();
                    assertThat(e.getMessage())
                            .startsWith(total + " problems: $.challenges[0]: ")
                            .endsWith("; … and " + e.omittedViolations() + " more");
                    assertThat(e.getMessage().length()).isLessThan(100_000);
                });
    }

    @Test
    void the_exception_caps_what_it_is_given_and_keeps_the_count_through_with_source() {
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(new Violation("$.a[" + i + "]", "bad"));
        }
        SecunityDataException e = new SecunityDataException(null, many, 7, null).withSource("f.json");
        assertThat(e.violations()).hasSize(100).last().isEqualTo(new Violation("$.a[99]", "bad"));
        assertThat(e.omittedViolations()).isEqualTo(157);
        assertThat(e.getMessage()).startsWith("f.json: 257 problems: $.a[0]: bad; ").endsWith("$.a[99]: bad; … and 157 more");
        assertThat(new SecunityDataException("$.x", "bad").omittedViolations()).isZero();
        assertThat(new SecunityDataException("$.x", "bad").getMessage()).isEqualTo("$.x: bad");
    }
}
