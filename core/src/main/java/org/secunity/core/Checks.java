package org.secunity.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;

/** Shared invariant checks of the model's {@code @Value.Check} methods; package-private. */
final class Checks {

    private Checks() {}

    static void notBlank(String path, String value) {
        if (value.isBlank()) {
            throw new SecunityDataException(path, "must not be blank");
        }
    }

    static void notNegative(String path, int value) {
        if (value < 0) {
            throw new SecunityDataException(path, "must be >= 0, but was " + value);
        }
    }

    /** Throws one exception listing every violation, if there are any. */
    static void report(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new SecunityDataException(null, violations, null);
        }
    }

    /** Throws one exception listing every violation under a scope such as {@code "practice 5"}, if there are any. */
    static void report(String scope, List<Violation> violations) {
        report(violations.stream().map(v -> v.under(scope)).toList());
    }

    /** Adds a violation for every element whose key repeats an earlier one. */
    static <T, K> void unique(
            String path, List<T> items, Function<T, K> key, String what, List<Violation> out) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            K k = key.apply(items.get(i));
            if (!seen.add(k)) {
                out.add(new Violation(path + "[" + i + "]", "duplicate " + what + " " + k));
            }
        }
    }
}
