package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Benchmark folders: their size, and removing them afterwards. */
final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Deletes a temporary folder, leaving what cannot be deleted to the system's cleaning of temporary files. */
    static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            // a temp folder; the system cleans it eventually
        }
    }

    /** The bytes of the files in a folder and below. */
    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
