package org.rapport.core.cli;

/**
 * The exit codes of {@code rapport-cli}, a contract with users' scripts (documented in the README and printed by
 * {@code rapport-cli help}): a code's number and meaning never change.
 */
public enum ExitCode {
    /** 0: the command did what it was asked. */
    OK(0, "success"),
    /** 1: the command failed; its message on standard error says why. */
    FAILED(1, "the command failed (the message says why)"),
    /** 2: an unknown command, or wrong arguments (see {@link UsageException}). */
    USAGE(2, "wrong command or arguments"),
    /** 3: the embedded database is open in another Rapport process. */
    DATABASE_IN_USE(3, "the database is open in another Rapport process; close it and retry"),
    /** 4: the database was written by a newer Rapport, whose schema this one does not know. */
    DATABASE_TOO_NEW(4, "the database was written by a newer Rapport"),
    /** 5: the configured database server, or its JDBC driver, is not available. */
    DATABASE_UNREACHABLE(5, "the configured database server or its driver is not available"),
    /** 6: a file to read cannot be read (missing, not the expected kind of file, or in another encoding). */
    INPUT_UNREADABLE(6, "the file to import cannot be read (missing, not a contacts file, or in another encoding)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The process's exit status. */
    public int code() {
        return code;
    }

    /** What it means, as {@code rapport-cli help} prints it. */
    public String meaning() {
        return meaning;
    }
}
