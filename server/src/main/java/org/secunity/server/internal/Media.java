package org.secunity.server.internal;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.secunity.serialization.Format;

/**
 * Content negotiation: which of the media types a route can write the client accepts
 * ({@code Accept}, else 406), and which format a request body is in ({@code Content-Type}, else 415).
 */
final class Media {

    /** JSON. */
    static final String JSON = "application/json";
    /** YAML. */
    static final String YAML = "application/yaml";
    /** JSON lines. */
    static final String JSONL = "application/jsonl";
    /** iCalendar. */
    static final String CALENDAR = "text/calendar";
    /** HTML. */
    static final String HTML = "text/html";

    private static final List<String> YAML_TYPES = List.of(YAML, "application/x-yaml", "text/yaml", "text/x-yaml");
    private static final List<String> JSONL_TYPES = List.of(JSONL, "application/x-ndjson", "application/x-jsonlines");

    private Media() {}

    /** One media range of an {@code Accept} header. */
    private record Range(String type, String subtype, double quality) {

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return ("*".equals(type) || type.equals(t)) && ("*".equals(subtype) || subtype.equals(s));
        }

        int specificity() {
            return ("*".equals(type) ? 0 : 2) + ("*".equals(subtype) ? 0 : 1);
        }
    }

    /**
     * Returns the first of the offered media types that the request's {@code Accept} header
     * allows with the highest quality; any of them when there is no header.
     *
     * @throws Problem 406 when the header allows none of them
     */
    static String negotiate(Context ctx, String... offered) {
        String header = ctx.header("Accept");
        if (header == null || header.isBlank()) {
            return offered[0];
        }
        List<Range> ranges = parse(header);
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            double q = quality(ranges, type);
            if (q > bestQuality) {
                best = type;
                bestQuality = q;
            }
        }
        if (best == null) {
            throw Problem.http(406, "Not Acceptable", "Accept: this resource is available as "
                    + String.join(", ", offered) + ", none of which \"" + abbreviate(header) + "\" accepts");
        }
        return best;
    }

    private static double quality(List<Range> ranges, String type) {
        Range match = null;
        for (Range r : ranges) {
            if (r.matches(type) && (match == null || r.specificity() > match.specificity())) {
                match = r;
            }
        }
        return match == null ? 0 : match.quality();
    }

    private static List<Range> parse(String header) {
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String range = pieces[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                if ("*".equals(range)) {
                    ranges.add(new Range("*", "*", qualityOf(pieces)));
                }
                continue;
            }
            ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), qualityOf(pieces)));
        }
        return ranges;
    }

    private static double qualityOf(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip();
            if (p.startsWith("q=") || p.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The kinds of request body a route reads. */
    enum Body {
        /** One JSON or YAML document. */
        DOCUMENT,
        /** One JSON object, or JSON lines. */
        JSON_OR_LINES
    }

    /** What a request body is: a document in a format, or JSON lines, and its media type. */
    record BodyType(Optional<Format> format, boolean jsonLines, String mediaType) {}

    /**
     * Returns the format of the request body from its {@code Content-Type}.
     *
     * @throws Problem 415 when the type is missing, not one the route reads, or not UTF-8
     */
    static BodyType bodyType(Context ctx, Body accepted) {
        @Nullable String header = ctx.header("Content-Type");
        String accepts = accepted == Body.DOCUMENT
                ? "application/json or application/yaml"
                : "application/json, or application/jsonl (application/x-ndjson) for JSON lines";
        if (header == null || header.isBlank()) {
            throw Problem.http(415, "Unsupported Media Type", "Content-Type: missing; send " + accepts);
        }
        String[] pieces = header.split(";");
        String type = pieces[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                String charset = p.substring("charset=".length()).replace("\"", "");
                if (!"utf-8".equals(charset) && !"utf8".equals(charset)) {
                    throw Problem.http(415, "Unsupported Media Type",
                            "Content-Type: charset " + abbreviate(charset) + " is not supported; send UTF-8");
                }
            }
        }
        if (JSON.equals(type)) {
            return new BodyType(Optional.of(Format.JSON), false, type);
        }
        if (accepted == Body.DOCUMENT && YAML_TYPES.contains(type)) {
            return new BodyType(Optional.of(Format.YAML), false, type);
        }
        if (accepted == Body.JSON_OR_LINES && JSONL_TYPES.contains(type)) {
            return new BodyType(Optional.empty(), true, type);
        }
        throw Problem.http(415, "Unsupported Media Type",
                "Content-Type: \"" + abbreviate(type) + "\" is not supported here; send " + accepts);
    }

    /** Shortens client text quoted in a message. */
    static String abbreviate(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 77) + "...";
    }
}
