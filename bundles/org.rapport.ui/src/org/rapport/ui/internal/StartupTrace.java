package org.rapport.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

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
        long millis = millisSinceProcessStart();
        try {
            Files.writeString(Path.of(file), milestone + " " + millis + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // a benchmark aid only: never disturb the start
        }
    }

    /**
     * On Linux from the kernel's own counters, exact to about 20 ms: the process's start in clock ticks since boot
     * ({@code /proc/self/stat}, field 22, USER_HZ = 100) against the time since boot ({@code /proc/uptime}). The
     * portable {@link ProcessHandle.Info#startInstant()} adds the boot time, which Linux gives in whole seconds, so its
     * figures are off by a constant of up to a second.
     */
    private static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the command name (2nd field) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            List<String> uptime = Files.readAllLines(Path.of("/proc/uptime"));
            double uptimeSeconds = Double.parseDouble(uptime.get(0).split(" ")[0]);
            return Math.round(uptimeSeconds * 1000) - startTicks * 10;
        } catch (IOException | RuntimeException e) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return System.currentTimeMillis() - started.toEpochMilli();
        }
    }
}
