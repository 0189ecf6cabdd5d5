package org.secunity;

import java.io.IOException;
import java.util.Objects;

/**
 * A file, stream or resource that could not be read or written.
 *
 * <p>Thrown where the SDK itself reads or writes (a catalog file, a CSV table, a ranking written
 * to a {@link java.io.Writer}, a bundled resource) instead of {@link java.io.UncheckedIOException},
 * so that callers catch one root, {@link SecunityException}, for everything that comes from
 * outside the program. The message names the file or what was being written and the reason; the
 * cause is always the {@link IOException} that the JDK reported.
 *
 * <pre>{@code
 * try {
 *     SecunityMapper.json().write(catalog, Path.of("/read-only/catalog.json"));
 * } catch (SecunityIOException e) {
 *     System.err.println(e.getMessage()); // "/read-only/catalog.json: cannot write: ..."
 *     IOException io = e.getCause();
 * }
 * }</pre>
 */
public class SecunityIOException extends SecunityException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for an I/O failure.
     *
     * @param message what was being read or written and where, not null (the cause's message is
     *     appended)
     * @param cause the failure the JDK reported, not null
     */
    public SecunityIOException(String message, IOException cause) {
        super(Objects.requireNonNull(message, "message") + ": " + describe(Objects.requireNonNull(cause, "cause")),
                cause);
    }

    private static String describe(IOException e) {
        String reason = e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }

    /**
     * Returns the failure the JDK reported.
     *
     * @return the cause, not null
     */
    @Override
    public synchronized IOException getCause() {
        return (IOException) super.getCause();
    }
}
