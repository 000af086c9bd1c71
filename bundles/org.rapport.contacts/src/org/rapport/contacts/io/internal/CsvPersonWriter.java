package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.Writer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapport.contacts.internal.model.PersonEntity;
import org.rapport.core.SpreadsheetCells;

/**
 * Writes people in Rapport's own CSV layout (UTF-8 with byte order mark, so Excel shows accents right). Cells a
 * spreadsheet would run as formulas are written as text ({@link SpreadsheetCells}); the import takes that apostrophe
 * off again.
 */
final class CsvPersonWriter implements PersonWriter {

    private final CSVPrinter printer;
    private final RapportCsvColumns columns;

    CsvPersonWriter(Writer out, RapportCsvColumns columns) throws IOException {
        this.columns = columns;
        out.write('\uFEFF');
        printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(columns.header());
    }

    @Override
    public void write(PersonEntity person) throws IOException {
        printer.printRecord(columns.row(person).stream().map(SpreadsheetCells::safe));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
