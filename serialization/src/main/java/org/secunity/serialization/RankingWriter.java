package org.secunity.serialization;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityIOException;
import org.secunity.matching.Ranking;
import org.secunity.matching.Recommendation;
import org.secunity.serialization.internal.Codec;
import org.secunity.serialization.internal.Documents;
import org.secunity.serialization.internal.MatchingCodecs.TextForm;
import org.secunity.serialization.internal.MatchingCodecs;
import org.secunity.serialization.internal.ObjectCodec;
import org.secunity.serialization.internal.TextOutput;

/**
 * Writes a {@link Ranking} as a recommendation document, with each reason's text in one language
 * or in both.
 *
 * <p>The document extends docs/design.md's {@code recommend --format json} contract
 * ({@code practice}, {@code score}, {@code reasons[].kind} and {@code reasons[].text} keep their
 * names and meaning):
 *
 * <pre>{@code
 * {"recommendations": [
 *    {"practice": 15, "rank": 1, "score": 0.91,
 *     "matches": {"GOALS": 1.0, "CHALLENGES": 1.0, "CONTEXT": 0.5, "SIMILARITY": 0.3},
 *     "contributions": {"GOALS": 0.3, "CHALLENGES": 0.45, "CONTEXT": 0.075, "SIMILARITY": 0.03},
 *     "reasons": [{"kind": "CHALLENGE", "direction": "FOR",
 *                  "value": {"type": "Challenge", "id": "LACK_OF_EXPERTISE"},
 *                  "text": "Addresses your challenge: …", "quote": "…"}]}],
 *  "candidates": 21,
 *  "situation": {…},
 *  "weights": {"goals": 0.3, "challenges": 0.45, "context": 0.15, "similarity": 0.1}}
 * }</pre>
 *
 * <p>By default a reason's {@code text} is a string in English, as in the contract;
 * {@link #withLanguage(Locale)} picks Japanese ({@code ja}) or English (any other language), and
 * {@link #withBothLanguages()} writes {@code {"ja": "…", "en": "…"}}, the lossless form that
 * {@link WireType#ranking(org.secunity.core.Catalog)} reads back into an equal ranking.
 * A reason's {@code value} names its vocabulary ({@code "type"}), since IDs repeat across
 * vocabularies ({@code POLICE} is an organizer type and a partner kind). Immutable and safe to share.
 *
 * <pre>{@code
 * String json = RankingWriter.create().write(matcher.recommend(situation, 5));
 * String ja = RankingWriter.create().withLanguage(Locale.JAPANESE).write(ranking);
 * Ranking back = SecunityMapper.json().read(WireType.ranking(catalog), RankingWriter.create().withBothLanguages().write(ranking));
 * }</pre>
 */
public final class RankingWriter {

    private static final RankingWriter DEFAULT = new RankingWriter(Format.JSON, Locale.ENGLISH);

    /**
     * The write codecs, built once per text form: building one costs more than writing a ranking
     * with it (the server writes one per request). Codecs are immutable.
     */
    private static final class Codecs {
        private static final Map<TextForm, ObjectCodec<Ranking>> RANKING = new EnumMap<>(TextForm.class);
        private static final Map<TextForm, Codec<MatchingCodecs.Explained>> EXPLAINED = new EnumMap<>(TextForm.class);

        static {
            for (TextForm form : TextForm.values()) {
                RANKING.put(form, MatchingCodecs.ranking(null, form));
                EXPLAINED.put(form, MatchingCodecs.explainedRanking(form));
            }
        }

        private Codecs() {}
    }

    private final Format format;
    private final @Nullable Locale language;

    private RankingWriter(Format format, @Nullable Locale language) {
        this.format = format;
        this.language = language;
    }

    /**
     * Returns the default writer: JSON, reason texts in English.
     *
     * @return the writer, not null
     */
    public static RankingWriter create() {
        return DEFAULT;
    }

    /**
     * Returns a writer that writes reason texts as strings in a locale's language: Japanese for
     * {@code ja}, English for any other.
     *
     * @param language the locale, not null
     * @return the writer, not null
     */
    public RankingWriter withLanguage(Locale language) {
        Objects.requireNonNull(language, "language");
        return new RankingWriter(format, "ja".equals(language.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH);
    }

    /**
     * Returns a writer that writes reason texts as {@code {"ja": "…", "en": "…"}} objects.
     *
     * @return the writer, not null
     */
    public RankingWriter withBothLanguages() {
        return new RankingWriter(format, null);
    }

    /**
     * Returns a writer of another format.
     *
     * @param format the format, not null
     * @return the writer, not null
     */
    public RankingWriter withFormat(Format format) {
        return new RankingWriter(Objects.requireNonNull(format, "format"), language);
    }

    /**
     * Returns the language of reason texts.
     *
     * @return {@link Locale#JAPANESE} or {@link Locale#ENGLISH}, or empty when both are written
     */
    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    /**
     * Returns the format.
     *
     * @return the format, not null
     */
    public Format format() {
        return format;
    }

    /**
     * Writes a ranking as a document.
     *
     * @param ranking the ranking, not null
     * @return the document, ending with a line break for JSON, not null
     */
    public String write(Ranking ranking) {
        return TextOutput.toText(out -> write(ranking, out));
    }

    /**
     * Writes a ranking as a document with one recommendation explained in full, under
     * {@code "explained"} after the ranking's members, as {@code recommendations} would hold it
     * (the {@code recommend --explain N} output and the server's {@code explain} parameter).
     *
     * <pre>{@code
     * String json = RankingWriter.create().write(matcher.recommend(situation, 5), matcher.explain(situation, 13));
     * }</pre>
     *
     * @param ranking the ranking, not null
     * @param explained the recommendation to explain, not null; need not be among the ranking's
     * @return the document, ending with a line break for JSON, not null
     */
    public String write(Ranking ranking, Recommendation explained) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(explained, "explained");
        return TextOutput.toText(out -> {
            try {
                Documents.write(Codecs.EXPLAINED.get(textForm()), new MatchingCodecs.Explained(ranking, explained), out,
                        format);
            } catch (IOException e) {
                throw new SecunityIOException("cannot write the ranking", e);
            }
        });
    }

    /**
     * Writes a ranking document, with one recommendation explained in full as in
     * {@link #write(Ranking, Recommendation)}, in UTF-8 to a byte stream, which is flushed but not closed.
     *
     * @param ranking the ranking, not null
     * @param explained the recommendation to explain, not null
     * @param out the stream, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(Ranking ranking, Recommendation explained, OutputStream out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(explained, "explained");
        Objects.requireNonNull(out, "out");
        try {
            Documents.write(Codecs.EXPLAINED.get(textForm()), new MatchingCodecs.Explained(ranking, explained), out,
                    format);
        } catch (IOException e) {
            throw new SecunityIOException("cannot write the ranking", e);
        }
    }

    /**
     * Writes a ranking as compact JSON on one line, without a line break: a line of
     * {@code recommend --jsonl}. Always JSON, whatever {@link #format()}.
     *
     * @param ranking the ranking, not null
     * @return the JSON text, not null
     */
    public String writeLine(Ranking ranking) {
        Objects.requireNonNull(ranking, "ranking");
        return Documents.compactJson(Codecs.RANKING.get(textForm()), ranking);
    }

    /**
     * Writes a ranking to a writer, which is flushed but not closed.
     *
     * @param ranking the ranking, not null
     * @param out the writer, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(Ranking ranking, Writer out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(out, "out");
        try {
            Documents.write(Codecs.RANKING.get(textForm()), ranking, out, format);
        } catch (IOException e) {
            throw new SecunityIOException("cannot write the ranking", e);
        }
    }

    /**
     * Writes a ranking in UTF-8 to a byte stream, which is flushed but not closed: the same
     * document as {@link #write(Ranking)}, without a detour through a string (the server writes
     * its answers this way).
     *
     * <pre>{@code
     * ByteArrayOutputStream bytes = new ByteArrayOutputStream();
     * RankingWriter.create().write(matcher.recommend(situation, 5), bytes);
     * }</pre>
     *
     * @param ranking the ranking, not null
     * @param out the stream, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(Ranking ranking, OutputStream out) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(out, "out");
        try {
            Documents.write(Codecs.RANKING.get(textForm()), ranking, out, format);
        } catch (IOException e) {
            throw new SecunityIOException("cannot write the ranking", e);
        }
    }

    /**
     * Writes a ranking to a UTF-8 file, replacing it.
     *
     * @param ranking the ranking, not null
     * @param file the file, not null
     * @throws SecunityIOException if writing fails
     */
    public void write(Ranking ranking, Path file) {
        TextOutput.toFile(file, out -> write(ranking, out));
    }

    private TextForm textForm() {
        if (language == null) {
            return TextForm.BILINGUAL;
        }
        return language.equals(Locale.JAPANESE) ? TextForm.JAPANESE : TextForm.ENGLISH;
    }

    /**
     * Returns the format and language.
     *
     * @return a readable form, not null
     */
    @Override
    public String toString() {
        return "RankingWriter[" + format + ", " + (language == null ? "ja+en" : language.getLanguage()) + "]";
    }
}
