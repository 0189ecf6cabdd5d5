package org.secunity.matching;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map from signals to numbers, in the order of {@link Signal}, held as one
 * {@code double} per signal: what {@link Recommendation#matches()} and
 * {@link Recommendation#contributions()} return. Equal to any map with the same entries; its
 * string form is that of an {@code EnumMap}. Made without copying a map or boxing a number
 * (issue 13: a recommendation's two generated {@code EnumMap} copies were much of the cost of an
 * explained top k); a value is boxed only when it is read as a {@code Double}.
 */
final class SignalMap extends AbstractMap<Signal, Double> {

    private static final Signal[] SIGNALS = Signal.values();
    private static final int ALL = (1 << SIGNALS.length) - 1;

    static {
        if (SIGNALS.length > 31) {
            throw new IllegalStateException("more signals than a SignalMap holds");
        }
    }

    private final double[] values;
    /** Bit {@code s.ordinal()} is set when the map has signal {@code s}. */
    private final int present;
    private Set<Map.Entry<Signal, Double>> entries;

    private SignalMap(double[] values, int present) {
        this.values = values;
        this.present = present;
    }

    /** The map of all four signals, from their values in the order of {@link Signal}. */
    static SignalMap of(double goals, double challenges, double context, double similarity) {
        return new SignalMap(new double[] {goals, challenges, context, similarity}, ALL);
    }

    /**
     * An unmodifiable copy of a map, in the order of {@link Signal}.
     *
     * @throws NullPointerException if a key or a value is null
     */
    static Map<Signal, Double> copyOf(Map<Signal, ? extends Double> map) {
        if (map.isEmpty()) {
            return Collections.emptyMap();
        }
        double[] values = new double[SIGNALS.length];
        int present = 0;
        for (Map.Entry<Signal, ? extends Double> e : map.entrySet()) {
            int s = Objects.requireNonNull(e.getKey(), "key").ordinal();
            values[s] = Objects.requireNonNull(e.getValue(), "value");
            present |= 1 << s;
        }
        return new SignalMap(values, present);
    }

    @Override
    public int size() {
        return Integer.bitCount(present);
    }

    @Override
    public boolean isEmpty() {
        return present == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Signal s && (present & (1 << s.ordinal())) != 0;
    }

    @Override
    public Double get(Object key) {
        return containsKey(key) ? values[((Signal) key).ordinal()] : null;
    }

    @Override
    public Set<Map.Entry<Signal, Double>> entrySet() {
        Set<Map.Entry<Signal, Double>> set = entries;
        if (set == null) {
            set = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<Signal, Double>> iterator() {
                    return new Iterator<>() {
                        private int left = present;

                        @Override
                        public boolean hasNext() {
                            return left != 0;
                        }

                        @Override
                        public Map.Entry<Signal, Double> next() {
                            if (left == 0) {
                                throw new NoSuchElementException();
                            }
                            int s = Integer.numberOfTrailingZeros(left);
                            left &= left - 1;
                            return new AbstractMap.SimpleImmutableEntry<>(SIGNALS[s], values[s]);
                        }
                    };
                }

                @Override
                public int size() {
                    return Integer.bitCount(present);
                }
            };
            entries = set;
        }
        return set;
    }
}
