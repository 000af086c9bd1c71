package org.rapport.contacts.internal.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.rapport.contacts.io.StandaloneContacts;
import org.rapport.core.cli.CliContext;
import org.rapport.core.cli.UsageException;
import org.rapport.testing.TestDatabases;

/**
 * Child-JVM program for the noise test: {@code rapport-cli import} as the product runs it on the first use of a
 * workspace (the database is created by this very command), printing to the process's own standard output and
 * error, so that anything else that writes there (EclipseLink's log) shows up too; then "EXIT" and the exit code.
 */
public final class CliImportMain {

    private CliImportMain() {
    }

    /** Arguments: workspace, then the import command's arguments. */
    public static void main(String[] args) throws UsageException {
        int code;
        try (StandaloneContacts contacts = StandaloneContacts.on(TestDatabases.openWorkspace(Path.of(args[0])))) {
            List<String> importArgs = Arrays.asList(args).subList(1, args.length);
            code = new ImportCommand(contacts.importer()).run(importArgs, CliContext.of(System.out, System.err)).code();
        }
        System.err.flush();
        System.out.println("EXIT " + code);
        System.out.flush();
    }
}
