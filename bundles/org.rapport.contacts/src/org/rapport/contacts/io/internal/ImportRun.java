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
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;

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
import org.rapport.contacts.model.CustomFieldDefinition;
import org.rapport.persistence.access.UnitAccess;

/**
 * One preview or import of one file: reads rows, checks them, matches them, and hands chunks to the
 * {@link ChunkCommitter}, which writes each while the next is read; reports every problem; follows and updates the
 * journal; reports progress and stops when cancelled.
 */
final class ImportRun {

    static final int SAMPLE = 1_000;
    private static final int PROGRESS_TICKS = 1_000;

    private final UnitAccess access;
    private final ContactEvents events;
    private final ContactService contacts;
    private final InputFile file;
    private final ImportSettings settings;
    private final boolean dryRun;

    private ProblemReport report;
    private ChunkCommitter commits;
    private long rows;
    private int rejected;
    private int alreadyImported;
    private int valuesSkipped;
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
            ChunkWriter writer;
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
            try (ProblemReport problems = ProblemReport.open(reportFile());
                    ContactReader reader = open(parsers, customFields);
                    ChunkCommitter committer = new ChunkCommitter(writer, events, problems, dryRun, skipThrough,
                            progress)) {
                report = problems;
                commits = committer;
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
        return new ImportResult(file.path(), file.format(), dryRun, rows, commits.created(), commits.updated(),
                commits.unchanged(), rejected + commits.refused(), alreadyImported, valuesSkipped, commits.sample(),
                report.kept(), report.count(), report.file(), cancelled, dryRun ? 0 : commits.lastCommittedLine(),
                Duration.ofNanos(System.nanoTime() - started), file.charset(), file.encodingNote());
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
                    commits.await();
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
                commits.await();
                if (progress.isCanceled()) { // while the chunk before was committed: this one is not written
                    return true;
                }
                commits.submit(chunk, lastLine, chunkRejected);
                chunk = new ArrayList<>();
                chunkRejected = 0;
            }
        }
        commits.await();
        if (progress.isCanceled()) {
            return true;
        }
        if (!chunk.isEmpty() || chunkRejected > 0 || lastLine > commits.lastCommittedLine()) {
            commits.submit(chunk, lastLine, chunkRejected);
            commits.await();
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

    private void finishJournal() {
        EntityManager em = access.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            ImportJournalEntry entry = em.find(ImportJournalEntry.class, file.sha256());
            if (entry != null) {
                entry.committed(commits.lastCommittedLine(), 0, 0, 0);
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
}
