package org.secunity.recurrence;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One occurrence with where it came from: the time it happens, the time the recurrence first
 * gave when a decorator moved it (a holiday policy moving a meetup to the next business day), and
 * a note saying why.
 *
 * <p>Immutable and safe to share; compare with {@code equals}. Ordered by {@link #time()}.
 *
 * <pre>{@code
 * Occurrence<LocalDate> o = Occurrence.moved(
 *         LocalDate.parse("2021-05-03"), LocalDate.parse("2021-05-06"), "Constitution Memorial Day");
 * o.time();       // 2021-05-06
 * o.original();   // Optional[2021-05-03]
 * o.isMoved();    // true
 * Occurrence.of(LocalDate.parse("2021-05-10")).note();   // Optional.empty
 * }</pre>
 *
 * @param <T> the occurrence type
 */
public final class Occurrence<T extends Comparable<? super T>> implements Comparable<Occurrence<T>> {

    private final T time;
    private final @Nullable T original;
    private final @Nullable String note;

    private Occurrence(T time, @Nullable T original, @Nullable String note) {
        this.time = time;
        this.original = original;
        this.note = note;
    }

    /**
     * Returns a plain occurrence, neither moved nor annotated.
     *
     * @param <T> the occurrence type
     * @param time the time, not null
     * @return the occurrence, not null
     */
    public static <T extends Comparable<? super T>> Occurrence<T> of(T time) {
        return new Occurrence<>(requireNonNull(time, "time"), null, null);
    }

    /**
     * Returns an occurrence moved from the time the recurrence gave.
     *
     * @param <T> the occurrence type
     * @param original the time the recurrence gave, not null
     * @param time the time it happens instead, not null
     * @param note why it was moved, not null
     * @return the occurrence, not null
     */
    public static <T extends Comparable<? super T>> Occurrence<T> moved(T original, T time, String note) {
        return new Occurrence<>(requireNonNull(time, "time"), requireNonNull(original, "original"),
                requireNonNull(note, "note"));
    }

    /**
     * Returns a copy with a note, keeping the time and any original.
     *
     * @param note the note, not null
     * @return the occurrence, not null
     */
    public Occurrence<T> withNote(String note) {
        return new Occurrence<>(time, original, requireNonNull(note, "note"));
    }

    /**
     * Returns the time the occurrence happens.
     *
     * @return the time, not null
     */
    public T time() {
        return time;
    }

    /**
     * Returns the time the recurrence first gave, when the occurrence was moved.
     *
     * @return the original time, or empty when not moved
     */
    public Optional<T> original() {
        return Optional.ofNullable(original);
    }

    /**
     * Returns whether the occurrence was moved from the time the recurrence gave.
     *
     * @return true when {@link #original()} is present
     */
    public boolean isMoved() {
        return original != null;
    }

    /**
     * Returns the note, such as why the occurrence was moved.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * Orders by time, then unmoved before moved.
     *
     * @param other the occurrence to compare with, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Occurrence<T> other) {
        int c = time.compareTo(other.time);
        if (c != 0) {
            return c;
        }
        return Boolean.compare(original != null, other.original != null);
    }

    /**
     * Returns whether another object is an occurrence with the same time, original and note.
     *
     * @param obj the object to compare with, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (!(obj instanceof Occurrence)) {
            return false;
        }
        Occurrence<?> o = (Occurrence<?>) obj;
        return time.equals(o.time) && Objects.equals(original, o.original) && Objects.equals(note, o.note);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(time, original, note);
    }

    /**
     * Returns the time, followed by the original and the note when present.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String text = time.toString();
        if (original != null) {
            text += " (moved from " + original + ")";
        }
        return note == null ? text : text + " [" + note + "]";
    }
}
