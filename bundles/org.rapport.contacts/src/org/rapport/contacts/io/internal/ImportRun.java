package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.io.ContactFormat;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportException.Reason;
import org.rapport.contacts.io.ImportProblem;
import org.rapport.contacts.io.ImportResult;
import org.rapport.contacts.io.ImportSettings;
import org.rapport.contacts.io.PlannedContact;
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.persistence.access.UnitAccess;

/**
 * One preview or import of one file: reads rows, checks them, matches them, and hands chunks to the
 * {@link ChunkWriter}; reports every problem; follows and updates the journal; reports progress and stops when
 * cancelled. A chunk the database refuses is split until the one row at fault is found and rejected.
 */
final class ImportRun {

    static final int SAMPLE = 1_000;
    private static final int PROGRESS_TICKS = 1_000;
    private static final int RETRIES = 3;
    /**
     * Deadlock or serialization failure (SQL standard, PostgreSQL), Derby's lock timeouts (40XL1/2; X0X02 when the
     * chunk's LOCK TABLE timed out: Derby names the table and hides the 40XL1 in a non-SQL cause), PostgreSQL's.
     */
    private static final Set<String> LOCK_CONFLICT_STATES = Set.of("40001", "40XL1", "40XL2", "X0X02", "40P01",
            "55P03");

    private final UnitAccess access;
    private final ContactEvents events;
    private final ContactService contacts;
    private final InputFile file;
    private final ImportSettings settings;
    private final boolean dryRun;

    private final List<PlannedContact> sample = new ArrayList<>();
    private ProblemReport report;
    private ChunkWriter writer;
    private long rows;
    private int created;
    private int updated;
    private int unchanged;
    private int rejected;
    private int alreadyImported;
    private int valuesSkipped;
    private long lastCommittedLine;
    private SubMonitor progress;

    ImportRun(UnitAccess access, ContactEvents events, ContactService contacts, InputFile file, ImportSettings settings,
            boolean dryRun) {
        this.access = access;
        this.events = events;
        this.contacts = contacts;
        this.file = file;
        this.settings = settings;
        this.dryRun = dryRun;
    }

    ImportResult run(IProgressMonitor monitor) {
        long started = System.nanoTime();
        if (!file.encodingProblem().isEmpty()) {
            throw new ImportException(Reason.ENCODING, file.fileName() + ": " + file.encodingProblem());
        }
        ValueParsers parsers = parsers();
        Map<String, CustomFieldDefinition> customFields = contacts.customFields().stream()
                .collect(Collectors.toMap(CustomFieldDefinition::getKey, Function.identity()));
        progress = SubMonitor.convert(monitor, (dryRun ? "Checking " : "Importing ") + file.fileName(), PROGRESS_TICKS);
        EntityManager em = access.createEntityManager();
        boolean cancelled;
        try {
            ContactMatcher matcher;
            long skipThrough;
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                matcher = ContactMatcher.load(em.unwrap(Connection.class));
                writer = new ChunkWriter(access, OrganizationDirectory.load(em), file.fileName(), file.sha256());
                skipThrough = journalStart(em);
                tx.commit();
            } catch (SQLException e) {
                throw new ImportException(Reason.UNREADABLE, "The contacts in the database could not be read: "
                        + e.getMessage(), e);
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
            }
            lastCommittedLine = skipThrough;
            try (ProblemReport problems = ProblemReport.open(reportFile());
                    ContactReader reader = open(parsers, customFields)) {
                report = problems;
                cancelled = read(reader, matcher, new IdAllocator(em), skipThrough);
                if (reader instanceof VCardContactReader vcards && rows == 0 && alreadyImported == 0
                        && vcards.strayLines() > 0) {
                    throw new ImportException(Reason.NOT_CONTACTS, file.fileName() + " holds no vCard (no BEGIN:VCARD"
                            + " line). Is it a vCard file? Choose the CSV format if it is a table.");
                }
            }
        } catch (IOException e) {
            throw new ImportException(Reason.UNREADABLE, file.fileName() + " could not be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ImportException(Reason.UNREADABLE, file.fileName() + " could not be read: "
                    + e.getCause().getMessage(), e);
        } finally {
            em.close();
        }
        return new ImportResult(file.path(), file.format(), dryRun, rows, created, updated, unchanged, rejected,
                alreadyImported, valuesSkipped, sample, report.kept(), report.count(), report.file(), cancelled,
                dryRun ? 0 : lastCommittedLine, Duration.ofNanos(System.nanoTime() - started), file.charset(),
                file.encodingNote());
    }

    private ValueParsers parsers() {
        try {
            return new ValueParsers(settings.datePatterns());
        } catch (IllegalArgumentException e) {
            throw new ImportException(Reason.SETTINGS, e.getMessage(), e);
        }
    }

    private Path reportFile() {
        if (settings.reportFile() != null) {
            return settings.reportFile();
        }
        return dryRun ? null : ProblemReport.besides(file.path());
    }

    private ContactReader open(ValueParsers parsers, Map<String, CustomFieldDefinition> customFields) throws IOException {
        if (file.format() == ContactFormat.VCARD) {
            return new VCardContactReader(file, new VCardMapper(parsers, new CustomValues(customFields, parsers)));
        }
        return new CsvContactReader(file, settings, parsers, customFields);
    }

    /** The line up to which an earlier run committed this file (0: none); an import records that it starts. */
    private long journalStart(EntityManager em) {
        ImportJournalEntry entry = em.find(ImportJournalEntry.class, file.sha256());
        if (dryRun) {
            return entry == null || settings.ignoreJournal() ? 0 : entry.lastCommittedLine();
        }
        if (entry == null) {
            em.persist(new ImportJournalEntry(file.sha256(), file.path().toAbsolutePath().toString(), file.size()));
            return 0;
        }
        if (settings.ignoreJournal()) {
            entry.restart();
            return 0;
        }
        return entry.lastCommittedLine();
    }

    /** Reads every row; returns whether the user cancelled. */
    private boolean read(ContactReader reader, ContactMatcher matcher, IdAllocator ids, long skipThrough)
            throws IOException {
        IncomingChecks checks = new IncomingChecks();
        List<ChunkWriter.Item> chunk = new ArrayList<>();
        int chunkRejected = 0;
        long lastLine = skipThrough;
        int ticks = 0;
        long count = 0;
        for (IncomingContact contact = reader.next(); contact != null; contact = reader.next()) {
            if ((++count & 0xFF) == 0) {
                if (progress.isCanceled()) {
                    return true;
                }
                int now = (int) Math.min(PROGRESS_TICKS, reader.bytesRead() * PROGRESS_TICKS / Math.max(1, file.size()));
                progress.worked(now - ticks);
                ticks = now;
            }
            boolean needsMatch = !contact.rejected() && checks.check(contact);
            if (contact.line() <= skipThrough) {
                if (contact.rejected()) {
                    rejected++;
                } else {
                    alreadyImported++;
                }
                report(contact);
                continue;
            }
            rows++;
            lastLine = contact.line();
            ContactMatcher.Match match = contact.rejected() ? null : matcher.find(contact.person());
            if (!contact.rejected() && match == null && needsMatch) {
                contact.reject("", "", "no one in Rapport has this social profile, and the row has no name or email"
                        + " to create a person from");
            }
            report(contact);
            if (contact.rejected()) {
                rejected++;
                chunkRejected++;
                continue;
            }
            if (match == null) {
                long id = dryRun ? -contact.line() : ids.person();
                matcher.register(id, contact.person());
                chunk.add(new ChunkWriter.Item(contact, id, true, ""));
            } else {
                matcher.register(match.id(), contact.person());
                chunk.add(new ChunkWriter.Item(contact, match.id(), false, match.reason()));
            }
            if (chunk.size() >= settings.chunkSize()) {
                commit(chunk, lastLine, chunkRejected);
                chunk = new ArrayList<>();
                chunkRejected = 0;
            }
        }
        if (progress.isCanceled()) {
            return true;
        }
        if (!chunk.isEmpty() || chunkRejected > 0 || lastLine > lastCommittedLine) {
            commit(chunk, lastLine, chunkRejected);
        }
        if (!dryRun) {
            finishJournal();
        }
        return false;
    }

    private void report(IncomingContact contact) throws IOException {
        for (ImportProblem problem : contact.problems()) {
            report.add(problem);
            if (!problem.rejected()) {
                valuesSkipped++;
            }
        }
    }

    /** Commits a chunk (or previews it); a chunk the database refuses is halved until the faulty row is found. */
    private void commit(List<ChunkWriter.Item> chunk, long lastLine, int chunkRejected) throws IOException {
        if (dryRun) {
            if (!chunk.isEmpty()) {
                count(writer.preview(chunk));
            }
            return;
        }
        for (int attempt = 1;; attempt++) {
            try {
                ChunkWriter.Outcome outcome = writer.write(chunk, lastLine, chunkRejected);
                count(outcome);
                lastCommittedLine = Math.max(lastCommittedLine, lastLine);
                if (!outcome.changed().isEmpty()) {
                    events.peopleChanged(outcome.changed());
                }
                progress.subTask(String.format("Committed up to line %d: %,d created, %,d updated", lastCommittedLine,
                        created, updated));
                return;
            } catch (RuntimeException e) {
                boolean transientFailure = isConcurrentEdit(e) || isLockConflict(e);
                if (transientFailure && attempt < RETRIES) {
                    continue;
                }
                if (isLockConflict(e)) {
                    throw new ImportException(Reason.UNREADABLE, "The contacts tables stayed locked by another user of"
                            + " the database (" + rootMessage(e) + "). What was committed up to line "
                            + lastCommittedLine + " stays; run the import again later to import the rest.", e);
                }
                isolate(chunk, lastLine, chunkRejected, e);
                return;
            }
        }
    }

    /** Splits a refused chunk; a single refused row is rejected with the database's reason. */
    private void isolate(List<ChunkWriter.Item> chunk, long lastLine, int chunkRejected, RuntimeException failure)
            throws IOException {
        if (chunk.size() <= 1) {
            if (chunk.size() == 1) {
                IncomingContact contact = chunk.get(0).contact();
                contact.reject("", "", "the database refused the row: " + rootMessage(failure));
                report.add(contact.problems().get(contact.problems().size() - 1));
                rejected++;
            }
            if (chunk.isEmpty() || lastLine > lastCommittedLine) {
                try {
                    writer.write(List.of(), lastLine, chunkRejected + chunk.size());
                    lastCommittedLine = Math.max(lastCommittedLine, lastLine);
                } catch (RuntimeException e) {
                    throw new ImportException(Reason.UNREADABLE, "The database refused to record the import's"
                            + " progress: " + rootMessage(e), e);
                }
            }
            return;
        }
        int half = chunk.size() / 2;
        List<ChunkWriter.Item> left = new ArrayList<>(chunk.subList(0, half));
        List<ChunkWriter.Item> right = new ArrayList<>(chunk.subList(half, chunk.size()));
        commit(left, left.get(left.size() - 1).contact().line(), 0);
        commit(right, lastLine, chunkRejected);
    }

    private void count(ChunkWriter.Outcome outcome) {
        created += outcome.created();
        updated += outcome.updated();
        unchanged += outcome.unchanged();
        for (PlannedContact planned : outcome.planned()) {
            if (sample.size() >= SAMPLE) {
                break;
            }
            sample.add(planned);
        }
    }

    private void finishJournal() {
        EntityManager em = access.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            ImportJournalEntry entry = em.find(ImportJournalEntry.class, file.sha256());
            if (entry != null) {
                entry.committed(lastCommittedLine, 0, 0, 0);
                entry.complete();
            }
            tx.commit();
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static boolean isConcurrentEdit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lock wait timeout or a deadlock: the same chunk may well pass a moment later. Only these states, not the whole
     * class 40: Derby also reports a closed container or an internal transaction error there, which no retry mends.
     */
    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && LOCK_CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 297) + "..." : message;
    }
}
