package org.rapport.contacts.io.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.StandaloneContacts;
import org.rapport.testing.TestDatabases;

/**
 * Child-JVM program for the crash test: imports a file through the product's import code into the database of a
 * workspace, printing the monitor's sub-tasks (one per committed chunk), until it is killed.
 */
public final class CrashImportMain {

    private CrashImportMain() {
    }

    /** Arguments: workspace, file, rows per chunk. */
    public static void main(String[] args) {
        try (StandaloneContacts contacts = StandaloneContacts.on(TestDatabases.openWorkspace(Path.of(args[0])))) {
            System.out.println("STARTED");
            System.out.flush();
            contacts.importer().importFile(Path.of(args[1]),
                    ImportSettings.defaults().withChunkSize(Integer.parseInt(args[2])), new NullProgressMonitor() {
                        @Override
                        public void subTask(String name) {
                            System.out.println("SUBTASK " + name);
                            System.out.flush();
                        }
                    });
            System.out.println("FINISHED");
        }
    }
}
