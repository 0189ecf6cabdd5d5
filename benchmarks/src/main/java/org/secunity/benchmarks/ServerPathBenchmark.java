package org.secunity.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.secunity.core.Catalog;
import org.secunity.matching.PracticeMatcher;
import org.secunity.matching.Ranking;
import org.secunity.matching.Situation;
import org.secunity.serialization.RankingWriter;
import org.secunity.serialization.SecunityMapper;
import org.secunity.serialization.SeedCatalog;
import org.secunity.serialization.WireType;

/**
 * The library's share of one {@code POST /v1/recommendations} of the load script
 * ({@code server/load/recommendations.lua}), in process and in one thread, with the calls the
 * server's handler makes: reading the situation body from its bytes, ranking the top 5 over the
 * seed catalog, and writing the ranking document (reason texts in English) as UTF-8 bytes — each
 * alone and all three together.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ServerPathBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ServerPathBenchmark {

    /** The body that {@code server/load/recommendations.lua} posts. */
    static final String BODY = "{\"stage\":\"FORMING\",\"organizerType\":\"VOLUNTEER_GROUP\",\"region\":\"KYUSHU\","
            + "\"goals\":{\"ENABLE_CONTINUOUS_ACTIVITY\":1.0,\"REDUCE_OPERATING_BURDEN\":0.5},"
            + "\"challenges\":[\"SCHEDULING_CONFLICTS\",\"SALES_PITCH_CONCERN\"],\"adoptedPractices\":[13]}";

    /** How many practices the server ranks by default ({@code top}). */
    static final int TOP = 5;

    private byte[] body;
    private WireType<Situation> situationType;
    private PracticeMatcher matcher;
    private RankingWriter writer;
    private Situation situation;
    private Ranking ranking;

    /** Loads the seed catalog, builds the matcher, and reads and ranks the body once for the parts measured alone. */
    @Setup
    public void setUp() {
        Catalog catalog = SeedCatalog.load();
        body = BODY.getBytes(StandardCharsets.UTF_8);
        situationType = WireType.situation(catalog);
        matcher = PracticeMatcher.of(catalog);
        writer = RankingWriter.create().withLanguage(Locale.ENGLISH);
        situation = read();
        ranking = matcher.recommend(situation, TOP);
    }

    /** Reads the situation from the body's bytes. */
    @Benchmark
    public Situation read() {
        return SecunityMapper.json().read(situationType, new ByteArrayInputStream(body), "body");
    }

    /** Ranks the top 5 for the situation. */
    @Benchmark
    public Ranking rank() {
        return matcher.recommend(situation, TOP);
    }

    /** Writes the ranking document as UTF-8 bytes. */
    @Benchmark
    public byte[] write() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writer.write(ranking, out);
        return out.toByteArray();
    }

    /** Reads, ranks and writes: the whole of the library's work for one request. */
    @Benchmark
    public byte[] all() {
        Ranking r = matcher.recommend(read(), TOP);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writer.write(r, out);
        return out.toByteArray();
    }
}
