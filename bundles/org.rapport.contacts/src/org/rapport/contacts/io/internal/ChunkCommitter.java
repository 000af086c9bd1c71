package org.rapport.contacts.io.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.persistence.OptimisticLockException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.rapport.contacts.internal.ContactEvents;
import org.rapport.contacts.io.ImportException;
import org.rapport.contacts.io.ImportException.Reason;
import org.rapport.contacts.io.PlannedContact;

/**
 * Commits (or previews) the chunks of one import in file order on a thread of its own, so that reading, checking and
 * matching the next chunk overlaps the database writing this one. Done one after the other, the import's thread waits
 * for the batches' round trips to the server with its CPU idle, then reads the next chunk with the server idle: on
 * PostgreSQL the import took the sum of both, which made it half as fast as plain JDBC batches.
 * <p>
 * At most one chunk is in flight, so chunks commit in order and a later chunk sees the people an earlier one created.
 * A chunk that meets a lock conflict or a concurrent edit is tried again; one the database refuses is halved until the
 * one row at fault is found and rejected with the database's reason. A failure surfaces at the next hand-over.
 * <p>
 * The counts, the sample and the committed line are written by the committing thread only and read after
 * {@link #await()}, which orders them. The progress monitor hears "Committed up to line N" from the committing thread
 * right after each commit (before the next chunk starts), as a job's monitor may.
 */
final class ChunkCommitter implements AutoCloseable {

    private static final int SAMPLE = ImportRun.SAMPLE;
    private static final int RETRIES = 3;
    /**
     * Deadlock or serialization failure (SQL standard, PostgreSQL), Derby's lock timeouts (40XL1/2; X0X02 when the
     * chunk's LOCK TABLE timed out: Derby names the table and hides the 40XL1 in a non-SQL cause), PostgreSQL's.
     */
    private static final Set<String> LOCK_CONFLICT_STATES = Set.of("40001", "40XL1", "40XL2", "X0X02", "40P01",
            "55P03");

    private final ChunkWriter writer;
    private final ContactEvents events;
    private final ProblemReport report;
    private final boolean dryRun;
    private final IProgressMonitor progress;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "Rapport contacts import: committing chunks");
        t.setDaemon(true);
        return t;
    });
    private final List<PlannedContact> sample = new ArrayList<>();
    private Future<?> pending;
    private int created;
    private int updated;
    private int unchanged;
    private int refused;
    private long lastCommittedLine;

    /**
     * @param committedThrough the line an earlier run of the same file committed (0: none)
     * @param report           where rows the database refuses are reported (shared with the reading thread)
     * @param progress         told what is committed
     */
    ChunkCommitter(ChunkWriter writer, ContactEvents events, ProblemReport report, boolean dryRun, long committedThrough,
            IProgressMonitor progress) {
        this.writer = writer;
        this.progress = progress;
        this.events = events;
        this.report = report;
        this.dryRun = dryRun;
        this.lastCommittedLine = committedThrough;
    }

    /**
     * Hands over a chunk: waits until the one before is committed (rethrowing its failure), then starts this one.
     *
     * @param lastLine      the file's last line the chunk covers (recorded in the journal)
     * @param chunkRejected rows of those lines the checks rejected (counted in the journal)
     */
    void submit(List<ChunkWriter.Item> chunk, long lastLine, int chunkRejected) throws IOException {
        await();
        pending = thread.submit(() -> {
            commit(chunk, lastLine, chunkRejected);
            return null;
        });
    }

    /** Waits for the chunk in flight; rethrows its failure as it was thrown. */
    void await() throws IOException {
        if (pending == null) {
            return;
        }
        Future<?> running = pending;
        pending = null;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    running.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the chunk's transaction must end before the import does
                }
            }
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last line of the file that is committed (after {@link #await()}). */
    long lastCommittedLine() {
        return lastCommittedLine;
    }

    int created() {
        return created;
    }

    int updated() {
        return updated;
    }

    int unchanged() {
        return unchanged;
    }

    /** Rows the database refused (each reported). */
    int refused() {
        return refused;
    }

    /** The first {@link ImportRun#SAMPLE} planned rows. */
    List<PlannedContact> sample() {
        return sample;
    }

    /** Waits for the chunk in flight (its failure is left to whoever awaited it before) and ends the thread. */
    @Override
    public void close() {
        try {
            await();
        } catch (IOException | RuntimeException e) {
            // the import is ending because of an earlier failure, which is the one to report
        } finally {
            thread.shutdown();
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
                refused++;
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
