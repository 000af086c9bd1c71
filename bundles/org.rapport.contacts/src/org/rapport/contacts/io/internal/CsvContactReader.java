package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportException.Reason;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.model.CustomFieldDefinition;

/** Reads the people of a CSV file: the head decides columns and mapping, then each row is mapped. */
final class CsvContactReader implements ContactReader {

    private final TextInput input;
    private final CsvRecords records;
    private final CsvHead head;
    private final CsvRowMapper mapper;
    private final Deque<CsvRecords.Row> ahead;

    CsvContactReader(InputFile file, ImportSettings settings, ValueParsers parsers,
            Map<String, CustomFieldDefinition> customFields) throws IOException {
        input = new TextInput(file);
        try {
            records = new CsvRecords(input.reader(), settings.delimiter());
            head = CsvHead.read(records, settings);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
        if (!head.columns().isEmpty() && !head.mapping().importsAnything()) {
            input.close();
            throw new ImportException(Reason.SETTINGS, "No column of " + file.fileName() + " would be imported with this"
                    + " mapping. Its columns are: " + String.join(", ", head.columns()) + ". Map at least a name or"
                    + " email column.");
        }
        mapper = new CsvRowMapper(head.columns(), head.mapping(), parsers, settings.tagSeparator(), customFields);
        ahead = new ArrayDeque<>(head.ahead());
    }

    CsvHead head() {
        return head;
    }

    @Override
    public IncomingContact next() throws IOException {
        while (true) {
            CsvRecords.Row row = ahead.isEmpty() ? records.next() : ahead.removeFirst();
            if (row == null) {
                return null;
            }
            if (row.values() == null) {
                return IncomingContact.unreadable(row.line(), "", "", row.problem());
            }
            IncomingContact contact = mapper.map(row.line(), row.values());
            if (contact != null) {
                return contact;
            }
        }
    }

    @Override
    public long bytesRead() {
        return input.bytesRead();
    }

    @Override
    public void close() throws IOException {
        records.close();
        input.close();
    }
}
