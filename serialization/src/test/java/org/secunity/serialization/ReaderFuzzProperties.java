package org.secunity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import org.secunity.SecunityException;
import org.secunity.core.Catalog;
import org.secunity.core.Challenge;
import org.secunity.core.Community;
import org.secunity.core.Grounded;
import org.secunity.core.Practice;

/**
 * Fuzzing the readers: whatever the input, only a {@link SecunityException} escapes, and every read
 * ends within a few seconds. Short runs by default; the {@code fuzz} tag runs long ones under
 * {@code mvn -Pfuzz}.
 */
class ReaderFuzzProperties {

    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-reader");
        t.setDaemon(true);
        return t;
    });

    private static final String VALID_JSON = resource("catalog-cases/positive/small-catalog.json");
    private static final String VALID_YAML = resource("catalog-cases/positive/small-catalog.yaml");

    private static String resource(String name) {
        try (InputStream in = ReaderFuzzProperties.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static final Catalog SEED = SeedCatalog.load();

    /** Every wire type a document can be read as, including those that resolve against a catalog. */
    private static final List<WireType<?>> EVERY_WIRE_TYPE = List.of(WireType.CATALOG, WireType.CATALOG_SOURCE,
            WireType.COMMUNITY, WireType.PRACTICE, WireType.EVENT, WireType.EVENT_CADENCE, WireType.ORGANIZATION,
            WireType.MEMBERSHIP, WireType.MEMBER_COUNT, WireType.ACTOR, WireType.ATTENDANCE, WireType.FIGURE,
            WireType.SOURCE_DATE, WireType.BILINGUAL_TEXT, WireType.PARTIAL_DATE, WireType.COMMUNITY_ID,
            WireType.SITUATION, WireType.MATCH_WEIGHTS, WireType.situation(SEED), WireType.ranking(SEED),
            WireType.grounded(Challenge.class), WireType.listOf(WireType.PRACTICE));

    /** Reads the text as a catalog in both formats; fails on any other throwable or on a read that takes too long. */
    private static void onlySecunityExceptions(String text) {
        onlySecunityExceptions(WireType.CATALOG, text);
    }

    /** Reads the text as the wire type in both formats; fails on any other throwable or a read that takes too long. */
    private static void onlySecunityExceptions(WireType<?> type, String text) {
        for (Format format : Format.values()) {
            Future<?> read = POOL.submit(() -> {
                try {
                    Object value = SecunityMapper.of(format).read(type, text);
                    assertThat(value).isNotNull();
                } catch (SecunityException expected) {
                    assertThat(expected.getMessage()).isNotBlank();
                }
            });
            try {
                read.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                read.cancel(true);
                fail("reading " + type + " as " + format + " did not end within 10 s: " + excerpt(text));
            } catch (ExecutionException e) {
                throw new AssertionError(type + " " + format + " reader let " + e.getCause() + " escape for " + excerpt(text),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    // ---- generators

    @Provide
    Arbitrary<String> arbitraryText() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> jsonish = Arbitraries.strings().withChars("{}[]:,\"\\ \n\t-0123456789.eEtrufalsn#&*!|>'?%@`")
                .ofMaxLength(200);
        return Arbitraries.oneOf(any, jsonish);
    }

    @Provide
    Arbitrary<String> mutatedDocuments() {
        Arbitrary<String> base = Arbitraries.of(VALID_JSON, VALID_YAML);
        Arbitrary<String> truncated = base.flatMap(d -> Arbitraries.integers().between(0, d.length())
                .map(n -> d.substring(0, n)));
        Arbitrary<String> flipped = base.flatMap(d -> Combinators.combine(
                        Arbitraries.integers().between(0, d.length() - 1).list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.chars().all().list().ofSize(8))
                .as((positions, chars) -> {
                    char[] text = d.toCharArray();
                    for (int i = 0; i < positions.size(); i++) {
                        text[positions.get(i)] = chars.get(i);
                    }
                    return new String(text);
                }));
        Arbitrary<String> byteFlipped = base.flatMap(d -> Combinators.combine(
                        Arbitraries.integers().between(0, d.getBytes(StandardCharsets.UTF_8).length - 1).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.bytes().list().ofSize(4))
                .as((positions, bytes) -> {
                    byte[] raw = d.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < positions.size(); i++) {
                        raw[positions.get(i)] = bytes.get(i);
                    }
                    return new String(raw, StandardCharsets.UTF_8);
                }));
        Arbitrary<String> spliced = base.flatMap(d -> Combinators.combine(
                        Arbitraries.integers().between(0, d.length()),
                        Arbitraries.of("[".repeat(5000), "{\"a\":".repeat(5000), "- ".repeat(3000), "x".repeat(200_000),
                                "\"" + "y".repeat(150_000) + "\"", "&a [1]\n", "*a", "null", "\u0000", "\uFEFF",
                                "\ud800", "---\n", "!!binary AAAA", "1e999999", "-" + "9".repeat(5000),
                                "{\"schemaVersion\": 99}", ": : :", "\t\t", "? complex\n: key\n"))
                .as((at, piece) -> d.substring(0, at) + piece + d.substring(at)));
        Arbitrary<String> aliasBombs = Arbitraries.integers().between(1, 12).map(ReaderFuzzProperties::aliasBomb);
        Arbitrary<String> deep = Arbitraries.integers().between(1, 200_000).map(n ->
                n % 2 == 0 ? "[".repeat(n) + "]".repeat(n) : "a:\n" + "  - ".repeat(Math.min(n, 2000)) + "x");
        return Arbitraries.oneOf(truncated, flipped, byteFlipped, spliced, aliasBombs, deep);
    }

    static String aliasBomb(int levels) {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= levels; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                bomb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            bomb.append("]\n");
        }
        return bomb.toString();
    }

    // ---- short runs, every build

    @Property(tries = 300)
    void arbitrary_text_raises_only_secunity_exceptions(@ForAll("arbitraryText") String text) {
        onlySecunityExceptions(text);
    }

    @Property(tries = 200)
    void mutated_documents_raise_only_secunity_exceptions(@ForAll("mutatedDocuments") String text) {
        onlySecunityExceptions(text);
    }

    @Provide
    Arbitrary<WireType<?>> wireTypes() {
        return Arbitraries.of(EVERY_WIRE_TYPE);
    }

    /** Documents of every wire type, written from the seed catalog, then truncated or with characters changed. */
    @Provide
    Arbitrary<String> mutatedValues() {
        Practice practice = SEED.practices().get(0);
        Community community = SEED.communities().get(0);
        List<String> bases = new java.util.ArrayList<>();
        for (Format format : Format.values()) {
            SecunityMapper mapper = SecunityMapper.of(format);
            bases.add(mapper.write(practice));
            bases.add(mapper.write(community));
            bases.add(mapper.write(WireType.listOf(WireType.PRACTICE), SEED.practices().subList(0, 3)));
        }
        Arbitrary<String> base = Arbitraries.of(bases);
        Arbitrary<String> truncated = base.flatMap(d -> Arbitraries.integers().between(0, d.length())
                .map(n -> d.substring(0, n)));
        Arbitrary<String> flipped = base.flatMap(d -> Combinators.combine(
                        Arbitraries.integers().between(0, d.length() - 1).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.of('0', '9', '-', ':', '"', 'T', 'Z', ' ', '{', '[', 'x', '\u3000', '\u0000')
                                .list().ofSize(6))
                .as((positions, chars) -> {
                    char[] text = d.toCharArray();
                    for (int i = 0; i < positions.size(); i++) {
                        text[positions.get(i)] = chars.get(i);
                    }
                    return new String(text);
                }));
        return Arbitraries.oneOf(truncated, flipped, arbitraryText());
    }

    @Property(tries = 300)
    void every_wire_type_raises_only_secunity_exceptions(@ForAll("wireTypes") WireType<?> type,
            @ForAll("mutatedValues") String text) {
        onlySecunityExceptions(type, text);
    }

    @Property(tries = 100)
    void read_options_refuse_bad_limits_with_a_secunity_exception(@ForAll int limit) {
        ReadOptions o = ReadOptions.defaults();
        List<java.util.function.IntFunction<ReadOptions>> setters = List.of(o::withMaxDocumentChars,
                o::withMaxNestingDepth, o::withMaxStringLength, o::withMaxNumberLength, o::withMaxNameLength,
                o::withMaxCollectionSize, o::withMaxValues);
        for (java.util.function.IntFunction<ReadOptions> setter : setters) {
            try {
                assertThat(setter.apply(limit)).isNotNull();
                assertThat(limit).isPositive();
            } catch (SecunityException e) {
                assertThat(limit).isLessThan(1);
                assertThat(e.getMessage()).contains("must be >= 1, but was " + limit);
            }
        }
    }

    @Property(tries = 50)
    void classes_without_a_wire_form_raise_a_secunity_exception(
            @ForAll("classes") Class<?> type) {
        try {
            assertThat(WireType.of(type).name()).isNotBlank();
        } catch (SecunityException e) {
            assertThat(e.getMessage()).contains(type.getSimpleName());
        }
    }

    @Provide
    Arbitrary<Class<?>> classes() {
        return Arbitraries.of(String.class, Object.class, Integer.class, List.class, Grounded.class, Catalog.class,
                Practice.class, org.secunity.matching.Ranking.class, java.time.LocalDate.class, ReadOptions.class);
    }

    // ---- long runs: mvn -B -pl serialization -am verify -Pfuzz

    @Property(tries = 200_000)
    @Tag("fuzz")
    void long_fuzz_of_arbitrary_text(@ForAll("arbitraryText") String text) {
        onlySecunityExceptions(text);
    }

    @Property(tries = 100_000)
    @Tag("fuzz")
    void long_fuzz_of_mutated_documents(@ForAll("mutatedDocuments") String text) {
        onlySecunityExceptions(text);
    }

}
