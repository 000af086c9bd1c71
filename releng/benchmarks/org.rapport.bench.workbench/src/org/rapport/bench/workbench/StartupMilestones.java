package org.rapport.bench.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * With {@code -Drapport.startup.trace=FILE}, appends {@code <milestone> <ms since the process started>} to FILE: the
 * format of Rapport's own start-up trace (org.rapport.ui), which this bundle may not use, since the bare workbench
 * holds no Rapport bundle. Linux only, like the benchmark: the process start from /proc/self/stat against
 * /proc/uptime.
 */
final class StartupMilestones {

    private StartupMilestones() {
    }

    static void mark(String milestone) {
        String file = System.getProperty("rapport.startup.trace");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            long startTicks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            long millis = Math.round(uptime * 1000) - startTicks * 10;
            Files.writeString(Path.of(file), milestone + " " + millis + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // a benchmark aid: no milestone rather than a failed start
        }
    }
}
