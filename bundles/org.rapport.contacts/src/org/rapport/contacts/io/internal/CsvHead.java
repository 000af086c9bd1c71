package org.rapport.contacts.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.MappingPreset;

/**
 * The start of a CSV file: delimiter, whether the first row is a header, the column names, the mapping to use, and
 * the rows read ahead to decide (which the reader then imports).
 *
 * @param delimiter the delimiter
 * @param header    whether the first row is a header
 * @param columns   the column names
 * @param preset    the preset the mapping comes from ({@code null} for a guessed or given mapping)
 * @param mapping   the mapping
 * @param ahead     the data rows read ahead, in order (refused ones included)
 */
record CsvHead(char delimiter, boolean header, List<String> columns, MappingPreset preset, ColumnMapping mapping,
        List<CsvRecords.Row> ahead) {

    static final int SAMPLE_ROWS = 20;

    /** Reads the header (or guesses without one) from the first records. */
    static CsvHead read(CsvRecords records, ImportSettings settings) {
        List<CsvRecords.Row> ahead = new ArrayList<>();
        CsvRecords.Row first = null;
        for (CsvRecords.Row row = records.next(); row != null; row = records.next()) {
            if (row.values() != null) {
                first = row;
                break;
            }
            ahead.add(row);
        }
        if (first == null) {
            return new CsvHead(records.delimiter(), false, List.of(), settings.preset(),
                    settings.mapping() == null ? new ColumnMapping(List.of()) : settings.mapping(), ahead);
        }
        boolean header = settings.header() != null ? settings.header() : CsvPresets.looksLikeHeader(first.values());
        if (!header) {
            ahead.add(first);
        }
        List<List<String>> sample = new ArrayList<>();
        if (!header && first.values() != null) {
            sample.add(first.values());
        }
        while (sample.size() < SAMPLE_ROWS) {
            CsvRecords.Row row = records.next();
            if (row == null) {
                break;
            }
            ahead.add(row);
            if (row.values() != null) {
                sample.add(row.values());
            }
        }
        List<String> columns = header ? first.values().stream().map(String::trim).toList()
                : CsvPresets.numberedColumns(first.values().size());
        MappingPreset preset = settings.preset() != null ? settings.preset()
                : header ? CsvPresets.detect(columns) : null;
        ColumnMapping mapping = settings.mapping() != null ? settings.mapping()
                : preset != null ? CsvPresets.mapping(preset, columns) : CsvPresets.guess(sample, columns.size());
        return new CsvHead(records.delimiter(), header, columns, settings.mapping() != null ? null : preset, mapping,
                ahead);
    }

    /** The sample data rows, as text. */
    List<List<String>> sampleRows() {
        return ahead.stream().filter(r -> r.values() != null).limit(SAMPLE_ROWS).map(CsvRecords.Row::values).toList();
    }
}
