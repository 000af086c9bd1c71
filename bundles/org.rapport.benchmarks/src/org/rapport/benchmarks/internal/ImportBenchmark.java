package org.rapport.benchmarks.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.rapport.contacts.ContactQuery;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.StandaloneContacts;

/**
 * The import benchmark: a generated CSV imported through the product's own import path into a fresh database, and
 * the same rows inserted by raw JDBC batches into another fresh database with the same tables, in one run (embedded
 * Derby, or two new databases on one PostgreSQL server). Prints both rates and their ratio, then how fast the
 * Contacts view's list reads over what was imported; asserts nothing.
 */
final class ImportBenchmark {

    /**
     * What one run measured.
     *
     * @param rows          people in the file
     * @param fileBytes     its size
     * @param importNanos   time of the product's import (file scan, parse, check, match, write, commit)
     * @param result        what the import reported
     * @param rawNanos      time of the raw JDBC load (parse and insert)
     * @param rawRows       people the raw load wrote
     */
    record Figures(int rows, long fileBytes, long importNanos, ImportResult result, long rawNanos, int rawRows) {

        double importRate() {
            return result.created() * 1e9 / importNanos;
        }

        double rawRate() {
            return rawRows * 1e9 / rawNanos;
        }

        double ratio() {
            return importRate() / rawRate();
        }
    }

    private ImportBenchmark() {
    }

    /** CPU time of this thread: on a busy machine it tells the work apart from the waiting. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * CPU time of the whole JVM (the import commits on a thread of its own, and the garbage collector and the JIT
     * work for both sides): with the thread's figure it shows what the client side costs, whichever thread does it.
     */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** The machine's load average over the last minute: the benchmark shares the machine with whatever else runs. */
    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** People imported both ways before the measured runs, so that neither pays for the JIT compiling the driver. */
    static final int WARM_UP_ROWS = 5_000;

    /** Generates the file in {@code folder} and measures both ways into new databases of {@code databases}. */
    static Figures run(Path folder, BenchDatabases databases, int rows, PrintStream out) throws IOException, SQLException {
        out.printf("Databases: %s%n", databases.describe());
        long started = System.nanoTime();
        measure(folder.resolve("warm-up"), databases, "warm-up-", WARM_UP_ROWS, new PrintStream(PrintStream.nullOutputStream()));
        out.printf("Warmed up with %,d people each way in %.1f s%n", WARM_UP_ROWS, (System.nanoTime() - started) / 1e9);
        return measure(folder, databases, "", rows, out);
    }

    private static Figures measure(Path folder, BenchDatabases databases, String side, int rows, PrintStream out)
            throws IOException, SQLException {
        Files.createDirectories(folder);
        Path csv = folder.resolve("people.csv");
        long started = System.nanoTime();
        PeopleCsvGenerator.write(csv, rows, 20261123L);
        out.printf("Generated %,d people in %s (%,d MB) in %.1f s%n", rows, csv, Files.size(csv) >> 20,
                (System.nanoTime() - started) / 1e9);

        ImportResult result;
        long importNanos;
        long importJvmCpu;
        try (StandaloneContacts product = StandaloneContacts.on(databases.create(side + "product"))) {
            product.contacts().count(ContactQuery.ALL); // creates the schema before the clock starts
            double loadBefore = load();
            started = System.nanoTime();
            long cpu = cpuNanos();
            long jvmCpu = processCpuNanos();
            result = product.importer().importFile(csv, ImportSettings.defaults(), new NullProgressMonitor());
            importNanos = System.nanoTime() - started;
            cpu = cpuNanos() - cpu;
            importJvmCpu = processCpuNanos() - jvmCpu;
            out.printf("Product import: %s in %.1f s (%.1f s CPU in the importing thread, %.1f s in the JVM;"
                    + " load %.1f -> %.1f)%n", result.summary(), importNanos / 1e9, cpu / 1e9, importJvmCpu / 1e9,
                    loadBefore, load());
            if (side.isEmpty()) {
                ListTimings.print(product.contacts(), out);
            }
        }

        String raw = side + "raw";
        try (StandaloneContacts tables = StandaloneContacts.on(databases.create(raw))) {
            tables.contacts().count(ContactQuery.ALL); // the same tables and indexes, made by the same unit
        }
        double loadBefore = load();
        started = System.nanoTime();
        long cpu = cpuNanos();
        long rawJvmCpu = processCpuNanos();
        int rawRows;
        try (Connection c = databases.connect(raw)) {
            rawRows = new RawJdbcLoader().load(c, csv);
        } finally {
            databases.release(raw);
        }
        long rawNanos = System.nanoTime() - started;
        cpu = cpuNanos() - cpu;
        rawJvmCpu = processCpuNanos() - rawJvmCpu;
        out.printf("Raw JDBC batch insert: %,d people in %.1f s (%.1f s CPU, %.1f s in the JVM; load %.1f -> %.1f)%n",
                rawRows, rawNanos / 1e9, cpu / 1e9, rawJvmCpu / 1e9, loadBefore, load());

        Figures figures = new Figures(rows, Files.size(csv), importNanos, result, rawNanos, rawRows);
        out.printf("Import through the product: %,.0f rows/s%n", figures.importRate());
        out.printf("Raw JDBC batch insert:      %,.0f rows/s%n", figures.rawRate());
        out.printf("Ratio: %.2fx of raw JDBC (goal >= 0.80x)%n", figures.ratio());
        if (importJvmCpu > 0) {
            out.printf("JVM CPU per person: product %.1f us, raw JDBC %.1f us (raw/product %.2f)%n",
                    importJvmCpu / 1e3 / Math.max(1, result.created()), rawJvmCpu / 1e3 / Math.max(1, rawRows),
                    (double) rawJvmCpu / Math.max(1, rawRows) / ((double) importJvmCpu / Math.max(1, result.created())));
        }
        Runtime runtime = Runtime.getRuntime();
        out.printf("Heap: %,d MB used of %,d MB max%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.maxMemory() >> 20);
        return figures;
    }
}
