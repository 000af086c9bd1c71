package org.rapport.cli.internal;

import org.rapport.persistence.DatabaseException;

/** Exit codes of rapport-cli, stable for scripts (documented in the README and by {@code rapport-cli help}). */
enum ExitCode {
    OK(0, "success"),
    FAILED(1, "the command failed (the message says why)"),
    USAGE(2, "wrong command or arguments"),
    DATABASE_IN_USE(3, "the database is open in another Rapport process; close it and retry"),
    DATABASE_TOO_NEW(4, "the database was written by a newer Rapport"),
    DATABASE_UNREACHABLE(5, "the configured database server or its driver is not available"),
    INPUT_UNREADABLE(6, "the file to import cannot be read (missing, not a contacts file, or in another encoding)");

    final int code;
    final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    static ExitCode of(DatabaseException e) {
        return switch (e.reason()) {
            case IN_USE -> DATABASE_IN_USE;
            case NEWER_SCHEMA -> DATABASE_TOO_NEW;
            case UNREACHABLE -> DATABASE_UNREACHABLE;
            default -> FAILED;
        };
    }
}
