package org.rapport.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Start-up milestones for the start-up benchmark: with {@code -Drapport.startup.trace=FILE}, each milestone appends a
 * line {@code <name> <milliseconds since the process started>} to FILE. Without the property it does nothing.
 */
final class StartupTrace {

    static final String PROPERTY = "rapport.startup.trace";

    private StartupTrace() {
    }

    static void mark(String milestone) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        long millis = System.currentTimeMillis() - started.toEpochMilli();
        try {
            Files.writeString(Path.of(file), milestone + " " + millis + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a benchmark aid only: never disturb the start
        }
    }
}
