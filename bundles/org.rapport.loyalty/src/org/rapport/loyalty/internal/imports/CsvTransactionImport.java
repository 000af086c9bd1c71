package org.rapport.loyalty.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.people.PersonLookup;
import org.rapport.loyalty.ImportReport;
import org.rapport.loyalty.LoyaltyException;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.TransactionImport;
import org.rapport.loyalty.internal.LoyaltyEvents;
import org.rapport.loyalty.internal.LoyaltyUnit;
import org.rapport.loyalty.internal.Programs;

/**
 * The transactions import: reads the file a chunk of rows at a time, checks each chunk against the database
 * ({@link ChunkImport}) and applies its good rows in one transaction; rejected rows go to the report beside the file.
 */
@Component(service = TransactionImport.class)
public class CsvTransactionImport implements TransactionImport {

    /** Rows per transaction. */
    static final int CHUNK = 1000;

    private final LoyaltyUnit unit;
    private final LoyaltyEvents events;
    private final PersonLookup people;

    @Activate
    public CsvTransactionImport(@Reference LoyaltyUnit unit, @Reference LoyaltyEvents events,
            @Reference PersonLookup people) {
        this.unit = unit;
        this.events = events;
        this.people = people;
    }

    @Override
    public ImportReport importFile(long programId, Path file, IProgressMonitor monitor) {
        Program program = unit.read(em -> Programs.load(em, programId));
        if (people == null) {
            throw new LoyaltyException("no contacts to find members by email in");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new LoyaltyException("cannot read " + file + ": " + e.getMessage());
        }
        SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor,
                "Importing transactions from " + file.getFileName(), 1000);
        ChunkImport chunks = new ChunkImport(unit, program, people);
        Path reportFile = RejectedRows.besides(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(true).get().parse(in);
                RejectedRows rejected = RejectedRows.open(reportFile)) {
            Iterator<CSVRecord> records = parser.iterator();
            int categoryColumn = checkHeader(records, file);
            long applied = 0;
            long already = 0;
            long reported = 0;
            int shown = 0;
            List<TransactionRow> chunk = new ArrayList<>(CHUNK);
            while (records.hasNext() && !progress.isCanceled()) {
                CSVRecord record = records.next();
                long line = record.getRecordNumber();
                try {
                    chunk.add(RowReader.read(record, line, categoryColumn));
                } catch (RowReader.BadRow bad) {
                    rejected.add(line, record.size() > 4 ? record.get(4) : "", bad.getMessage());
                }
                if (chunk.size() == CHUNK || !records.hasNext()) {
                    ChunkImport.Outcome outcome = chunks.apply(chunk, rejected);
                    applied += outcome.applied();
                    already += outcome.already();
                    chunk.clear();
                    rejected.endChunk();
                    int reached = (int) Math.min(1000, record.getCharacterPosition() * 1000 / Math.max(1, size));
                    progress.worked(reached - shown);
                    shown = reached;
                }
            }
            if (!chunk.isEmpty()) {
                ChunkImport.Outcome outcome = chunks.apply(chunk, rejected);
                applied += outcome.applied();
                already += outcome.already();
            }
            rejected.endChunk();
            reported = rejected.count();
            if (applied > 0) {
                events.ledgerChanged(programId, List.of());
            }
            List<ChunkImport.TierChange> upgrades = chunks.upgrades();
            if (upgrades.size() <= LoyaltyEvents.PER_PERSON_LIMIT) {
                upgrades.forEach(u -> events.tierChanged(programId, u.personId(), u.from(), u.to()));
            } else {
                events.membersChanged(programId, List.of());
            }
            return new ImportReport(applied, already, reported, rejected.kept(), reportFile);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LoyaltyException("cannot read " + file + ": " + e.getMessage());
        } finally {
            progress.done();
        }
    }

    /** Checks the fixed columns; returns the index of the optional {@code category} column after them, or -1. */
    private static int checkHeader(Iterator<CSVRecord> records, Path file) {
        if (!records.hasNext()) {
            throw new LoyaltyException(file + " is empty; its first line must be " + HEADER);
        }
        CSVRecord header = records.next();
        List<String> names = new ArrayList<>();
        header.forEach(name -> names.add(name.replace("\uFEFF", "").trim()));
        String start = String.join(",", names.subList(0, Math.min(7, names.size())));
        if (!start.equals(HEADER)) {
            throw new LoyaltyException(file + " does not start with the header " + HEADER + " but with " + start);
        }
        int category = names.indexOf("category");
        return category >= 7 ? category : -1;
    }
}
