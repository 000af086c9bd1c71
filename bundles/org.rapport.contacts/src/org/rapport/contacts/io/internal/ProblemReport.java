package org.rapport.contacts.io.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.core.SpreadsheetCells;

/**
 * The report of an import: every problem (line, field, value, reason, outcome) in a CSV file people open in a
 * spreadsheet (the file's values that a spreadsheet would run as formulas written as text), written as the import goes so that a million bad rows need no memory; the first ones are also kept
 * for the wizard.
 */
final class ProblemReport implements AutoCloseable {

    /** Problems kept in memory for the wizard. */
    static final int KEPT = 10_000;

    private final Path file;
    private final CSVPrinter printer;
    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    private ProblemReport(Path file, CSVPrinter printer) {
        this.file = file;
        this.printer = printer;
    }

    /** A report into {@code file}; {@code null}: problems are only kept in memory. */
    static ProblemReport open(Path file) throws IOException {
        if (file == null) {
            return new ProblemReport(null, null);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so that Excel reads the UTF-8 report as UTF-8
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord("Line", "Field", "Value", "Problem", "Outcome");
        return new ProblemReport(file, printer);
    }

    /** Where the default report of {@code source} goes: beside it, else (read-only folder) in the temp folder. */
    static Path besides(Path source) {
        Path name = source.getFileName();
        String reportName = (name == null ? "contacts" : name.toString()) + ".import-report.csv";
        Path folder = source.toAbsolutePath().getParent();
        if (folder != null && Files.isWritable(folder)) {
            return folder.resolve(reportName);
        }
        return Path.of(System.getProperty("java.io.tmpdir")).resolve(reportName);
    }

    /** Adds a problem; the import's reading thread and its committing thread both report (see ChunkCommitter). */
    synchronized void add(ImportProblem problem) throws IOException {
        count++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
        if (printer != null) {
            printer.printRecord(problem.line(), SpreadsheetCells.safe(problem.field()),
                    SpreadsheetCells.safe(problem.value()), SpreadsheetCells.safe(problem.reason()), problem.outcome());
        }
    }

    Path file() {
        return file;
    }

    synchronized List<ImportProblem> kept() {
        return kept;
    }

    synchronized int count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close();
        }
    }
}
