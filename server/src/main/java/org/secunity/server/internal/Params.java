package org.secunity.server.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.secunity.core.Labelled;

/**
 * Query and path parameters: unknown names refused, repeated or comma-separated lists, integers
 * and dates in range. Every failure is a 400 problem naming the parameter, the value and what is
 * allowed.
 */
final class Params {

    private Params() {}

    /** Refuses any query parameter not in the list. */
    static void allowOnly(Context ctx, String... names) {
        List<String> allowed = Arrays.asList(names);
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw Problem.badParameter(Media.abbreviate(name), "unknown parameter; "
                        + (allowed.isEmpty() ? "this resource takes none" : "allowed: " + String.join(", ", allowed)));
            }
        }
    }

    /** Returns the one value of a parameter, if given; refuses repeats and empty values. */
    static Optional<String> single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw Problem.badParameter(name, "given " + values.size() + " times; give it once");
        }
        String value = values.get(0);
        if (value.isBlank()) {
            throw Problem.badParameter(name, "empty; give a value or leave the parameter out");
        }
        return Optional.of(value);
    }

    /** Returns the values of a repeatable parameter, each possibly comma-separated. */
    static List<String> list(Context ctx, String name) {
        List<String> values = new ArrayList<>();
        for (String value : ctx.queryParams(name)) {
            for (String part : value.split(",", -1)) {
                String v = part.strip();
                if (v.isEmpty()) {
                    throw Problem.badParameter(name, "empty value in \"" + Media.abbreviate(value) + "\"");
                }
                values.add(v);
            }
        }
        return values;
    }

    /** Returns the vocabulary values of a repeatable parameter, by ID. */
    static <E extends Enum<E> & Labelled> List<E> ids(Context ctx, String name, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String id : list(ctx, name)) {
            values.add(id(name, id, type));
        }
        return values;
    }

    /** Returns the vocabulary value of an ID. */
    static <E extends Enum<E> & Labelled> E id(String name, String id, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw Problem.badParameter(name, "\"" + Media.abbreviate(id) + "\" is not a valid " + type.getSimpleName()
                + "; allowed values: " + Arrays.stream(type.getEnumConstants()).map(Labelled::id)
                        .collect(Collectors.joining(", ")));
    }

    /** Returns an integer parameter in a range, or a default. */
    static int integer(Context ctx, String name, int min, int max, int defaultValue) {
        return single(ctx, name).map(text -> integer(name, text, min, max)).orElse(defaultValue);
    }

    /** Returns an integer in a range. */
    static int integer(String name, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Problem.badParameter(name, "\"" + Media.abbreviate(text) + "\" is not an integer from " + min
                    + " to " + max);
        }
        if (value < min || value > max) {
            throw Problem.badParameter(name, "must be from " + min + " to " + max + ", but was " + value);
        }
        return value;
    }

    /** Returns a date parameter, if given. */
    static Optional<LocalDate> date(Context ctx, String name) {
        return single(ctx, name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw Problem.badParameter(name, "\"" + Media.abbreviate(text) + "\" is not a date such as 2026-01-31");
            }
        });
    }

    /** Returns the language of {@code lang}: Japanese for {@code ja}, English for {@code en}, else a default. */
    static Locale lang(Context ctx, Locale defaultLanguage) {
        @Nullable String lang = single(ctx, "lang").orElse(null);
        if (lang == null) {
            return defaultLanguage;
        }
        switch (lang) {
            case "ja":
                return Locale.JAPANESE;
            case "en":
                return Locale.ENGLISH;
            default:
                throw Problem.badParameter("lang", "\"" + Media.abbreviate(lang) + "\" is not a language here; "
                        + "allowed values: ja, en");
        }
    }
}
