package org.rapport.cli.internal;

/** Wrong command-line arguments; the message says what is expected. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
