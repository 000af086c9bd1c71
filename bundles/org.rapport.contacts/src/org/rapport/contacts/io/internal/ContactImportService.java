package org.rapport.contacts.io.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.internal.ContactsUnit;
import org.rapport.contacts.io.ColumnMapping;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ContactImporter;
import org.rapport.contacts.io.FileLayout;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportException.Reason;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.MappingPreset;
import org.rapport.persistence.access.UnitAccess;

/** The contact importer on the contacts unit. */
@Component(service = ContactImporter.class)
public class ContactImportService implements ContactImporter {

    private final UnitAccess unit;
    private final ContactEvents events;
    private final ContactService contacts;

    @Activate
    public ContactImportService(@Reference ContactsUnit unit, @Reference ContactEvents events,
            @Reference ContactService contacts) {
        this.unit = unit;
        this.events = events;
        this.contacts = contacts;
    }

    @Override
    public FileLayout inspect(Path file, ImportSettings settings) {
        InputFile input = InputFileScanner.scan(file, settings.format(), settings.encoding());
        try (TextInput text = new TextInput(input, CodingErrorAction.REPLACE)) {
            if (input.format() == ContactFormat.VCARD) {
                return new FileLayout(input.format(), input.charset(), input.bomLength() > 0, input.encodingProblem(),
                        input.suggestedCharset(), ',', false, List.of(), List.of(), null, null, countCards(text),
                        input.encodingNote());
            }
            CsvRecords records = new CsvRecords(text.reader(), settings.delimiter());
            CsvHead head = CsvHead.read(records, settings);
            return new FileLayout(input.format(), input.charset(), input.bomLength() > 0, input.encodingProblem(),
                    input.suggestedCharset(), head.delimiter(), head.header(), head.columns(), head.sampleRows(),
                    head.preset(), head.mapping(), 0, input.encodingNote());
        } catch (IOException e) {
            throw new ImportException(Reason.UNREADABLE, file + " could not be read: " + e.getMessage(), e);
        }
    }

    private static int countCards(TextInput text) throws IOException {
        BufferedReader lines = new BufferedReader(text.reader());
        int cards = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.trim().equalsIgnoreCase("BEGIN:VCARD")) {
                cards++;
            }
        }
        return cards;
    }

    @Override
    public ColumnMapping mappingFor(MappingPreset preset, List<String> columns) {
        return CsvPresets.mapping(preset, columns);
    }

    @Override
    public ImportResult preview(Path file, ImportSettings settings, IProgressMonitor monitor) {
        InputFile input = InputFileScanner.scan(file, settings.format(), settings.encoding());
        return new ImportRun(unit, events, contacts, input, settings, true).run(monitor);
    }

    @Override
    public ImportResult importFile(Path file, ImportSettings settings, IProgressMonitor monitor) {
        InputFile input = InputFileScanner.scan(file, settings.format(), settings.encoding());
        return new ImportRun(unit, events, contacts, input, settings, false).run(monitor);
    }
}
