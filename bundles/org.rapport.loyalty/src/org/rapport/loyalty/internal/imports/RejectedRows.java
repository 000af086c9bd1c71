package org.rapport.loyalty.internal.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.core.SpreadsheetCells;
import org.rapport.loyalty.ImportProblem;

/**
 * The report of an import's rejected rows (line, reference, reason), written as the import goes like the contacts
 * import's {@code *.import-report.csv}; the first ones are also kept for the caller.
 */
final class RejectedRows implements AutoCloseable {

    /** Problems kept in memory. */
    static final int KEPT = 1000;

    private final CSVPrinter printer;
    private final List<ImportProblem> kept = new ArrayList<>();
    private final List<ImportProblem> chunk = new ArrayList<>();
    private long count;

    private RejectedRows(CSVPrinter printer) {
        this.printer = printer;
    }

    static RejectedRows open(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so that Excel reads the UTF-8 report as UTF-8
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord("Line", "Reference", "Problem");
        return new RejectedRows(printer);
    }

    /** Where the report of {@code source} goes: beside it, else (read-only folder) in the temp folder. */
    static Path besides(Path source) {
        Path name = source.getFileName();
        String reportName = (name == null ? "transactions" : name.toString()) + ".import-report.csv";
        Path folder = source.toAbsolutePath().getParent();
        if (folder != null && Files.isWritable(folder)) {
            return folder.resolve(reportName);
        }
        return Path.of(System.getProperty("java.io.tmpdir")).resolve(reportName);
    }

    /** A rejected row; written with the rest of its chunk by {@link #endChunk()}, in line order. */
    void add(long line, String reference, String reason) {
        chunk.add(new ImportProblem(line, reference, reason));
    }

    /** Writes the chunk's rejected rows by line. */
    void endChunk() {
        chunk.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        for (ImportProblem problem : chunk) {
            count++;
            if (kept.size() < KEPT) {
                kept.add(problem);
            }
            try {
                printer.printRecord(problem.line(), SpreadsheetCells.safe(problem.reference()),
                        SpreadsheetCells.safe(problem.reason()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        chunk.clear();
    }

    long count() {
        return count;
    }

    List<ImportProblem> kept() {
        return kept;
    }

    @Override
    public void close() throws IOException {
        endChunk();
        printer.close();
    }
}
