package org.secunity.server.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use and kept, so that documents few clients ask for (the catalog in
 * YAML, the OpenAPI document) do not slow the start. Thread-safe; the value may be computed twice
 * by racing threads, which is harmless for these pure values.
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile @Nullable T value;

    Lazy(Supplier<T> compute) {
        this.compute = compute;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            v = compute.get();
            value = v;
        }
        return v;
    }
}
