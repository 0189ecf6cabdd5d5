package org.secunity.examples.cli;

/**
 * Bad input that the app itself detects (an unknown community ID, a missing file, options that
 * do not go together): exit status 2 with the message on one line of stderr.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and where, one line, not null
     */
    public BadInputException(String message) {
        super(message);
    }
}
