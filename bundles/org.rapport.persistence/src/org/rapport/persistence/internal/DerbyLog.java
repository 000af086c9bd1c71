package org.rapport.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Derby writes {@code derby.log} into the process's working directory unless told otherwise. We keep it beside the
 * database, in the workspace's {@code .metadata}, where a support person looks for logs. An explicit
 * {@code -Dderby.stream.error.file} wins.
 */
final class DerbyLog {

    static final String PROPERTY = "derby.stream.error.file";

    private DerbyLog() {
    }

    static void keepOutOfWorkingDirectory(DatabaseSettings settings) {
        Path db = settings.embeddedDirectory();
        if (db == null || System.getProperty(PROPERTY) != null) {
            return;
        }
        Path metadata = db.toAbsolutePath().getParent().resolve(".metadata");
        try {
            Files.createDirectories(metadata);
            System.setProperty(PROPERTY, metadata.resolve("derby.log").toString());
        } catch (IOException e) {
            // Derby then writes to the working directory: untidy, not harmful.
        }
    }
}
