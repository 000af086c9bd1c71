package org.rapport.core.cli;

/**
 * Wrong command-line arguments; the message says what is expected, e.g. {@code needs exactly one file to import}.
 * The command line prints it with the command's usage and exits with {@link ExitCode#USAGE}.
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what is expected, without the command's name (the command line adds it) */
    public UsageException(String message) {
        super(message);
    }
}
