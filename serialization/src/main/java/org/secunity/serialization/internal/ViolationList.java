package org.secunity.serialization.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.secunity.SecunityDataException;
import org.secunity.SecunityDataException.Violation;

/**
 * The violations of one document as they are found: the first
 * {@value SecunityDataException#MAX_VIOLATIONS} are kept and the rest only counted, so that a
 * document with half a million bad entries is read in bounded memory. Not thread-safe.
 */
public final class ViolationList extends AbstractList<Violation> {

    private final List<Violation> kept = new ArrayList<>();
    private long omitted;

    /** Creates an empty list. */
    public ViolationList() {}

    @Override
    public boolean add(Violation violation) {
        if (kept.size() < SecunityDataException.MAX_VIOLATIONS) {
            kept.add(violation);
        } else {
            omitted++;
        }
        return true;
    }

    /**
     * Adds the violations of an exception, and its count of those it left out.
     *
     * @param e the exception
     */
    public void addAll(SecunityDataException e) {
        e.violations().forEach(this::add);
        omitted += e.omittedViolations();
    }

    @Override
    public Violation get(int index) {
        return kept.get(index);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /**
     * Returns the exception for these violations.
     *
     * @param source the file or resource name, or null
     * @param cause the underlying exception, or null
     * @return the exception, not null
     */
    public SecunityDataException toException(@Nullable String source, @Nullable Throwable cause) {
        return new SecunityDataException(source, kept, omitted, cause);
    }
}
