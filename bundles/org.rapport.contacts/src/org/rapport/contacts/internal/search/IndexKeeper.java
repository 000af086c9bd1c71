package org.rapport.contacts.internal.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.Query;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.rapport.contacts.PersonRow;
import org.rapport.persistence.access.UnitAccess;
import org.rapport.contacts.search.SearchIndexStatus;
import org.rapport.contacts.search.SearchIndexStatus.State;
import org.rapport.contacts.search.SearchResult;

/**
 * Keeps the search index in line with the database and answers searches from it. Two jobs write the index, never at
 * the same time (one scheduling rule): a quiet one applying the people named by change notifications, and a visible
 * one (in the Progress view) checking, catching up or rebuilding. Searches never wait for either.
 */
public final class IndexKeeper {

    private static final String BUNDLE = "org.rapport.contacts";
    /** Changes of more people than this at once are handled like a bulk change. */
    static final int BULK = 20_000;

    private final ContactIndex index;
    private final PersonSource source;
    private final SearchQueries queries;
    private final IndexReconciler reconciler;
    private final ISchedulingRule serial = new SerialRule();
    private final Job updates = new KeeperJob("Updating the contacts search index", true, this::applyChanges);
    private final Job maintenance = new KeeperJob("Checking the contacts search index", false, this::maintain);

    private final Set<Long> pendingIds = new LinkedHashSet<>();
    private boolean reconcileWanted = true;
    private boolean rebuildWanted;
    private volatile SearchIndexStatus status = new SearchIndexStatus(State.CHECKING, 0, 0, 0,
            "Comparing the search index with the database");

    private IndexKeeper(ContactIndex index, UnitAccess db) {
        ContactAnalyzer analyzer = new ContactAnalyzer();
        this.index = index;
        this.source = new PersonSource(db);
        this.queries = new SearchQueries(analyzer);
        this.reconciler = new IndexReconciler(index, source, this::progress);
    }

    /**
     * Opens the index in {@code folder} (in memory when {@code null}) and starts comparing it with the database in
     * the background.
     *
     * @throws IOException when the folder cannot be written or is locked by another process
     */
    public static IndexKeeper start(Path folder, UnitAccess db) throws IOException {
        ContactAnalyzer analyzer = new ContactAnalyzer();
        IndexKeeper keeper = new IndexKeeper(folder == null ? ContactIndex.inMemory(analyzer)
                : ContactIndex.open(folder, analyzer), db);
        keeper.rebuildWanted = keeper.index.fresh();
        keeper.maintenance.schedule();
        return keeper;
    }

    /**
     * People changed: re-read and re-index them. No ids means a bulk change of unknown people, and more than
     * {@link #BULK} ids are cheaper to find by comparing versions than by reading each: both compare everything.
     */
    public void changed(List<Long> ids) {
        boolean bulk = ids.isEmpty() || ids.size() > BULK;
        synchronized (this) {
            if (bulk) {
                reconcileWanted = true;
            } else {
                pendingIds.addAll(ids);
            }
        }
        (bulk ? maintenance : updates).schedule();
    }

    /** Throws the index away and builds it again, in the background. */
    public void rebuild() {
        synchronized (this) {
            rebuildWanted = true;
        }
        maintenance.schedule();
    }

    public SearchIndexStatus status() {
        return status;
    }

    /** The best matches from the index, or {@code null} when the index cannot answer yet (or any more). */
    public SearchResult search(String text, int limit) {
        Query query = queries.query(text);
        if (query == null) {
            return SearchResult.empty(text);
        }
        if (!answers()) {
            return null;
        }
        try {
            int[] total = new int[1];
            List<PersonRow> rows = index.rows(query, limit, total);
            return new SearchResult(text, rows, total[0], status.usable());
        } catch (IOException | RuntimeException e) {
            failed("Searching the contacts index failed", e);
            return null;
        }
    }

    /** The ids of all matches, best first, up to {@code max}; {@code null} when the index cannot answer. */
    public long[] ids(String text, int max) {
        Query query = queries.query(text);
        if (query == null) {
            return new long[0];
        }
        if (!answers()) {
            return null;
        }
        try {
            return index.search(query, max).ids();
        } catch (IOException | RuntimeException e) {
            failed("Searching the contacts index failed", e);
            return null;
        }
    }

    /** Whether searches go to the index: it is usable, or being rebuilt but still holding the previous contents. */
    private boolean answers() {
        SearchIndexStatus now = status;
        if (now.usable()) {
            return true;
        }
        try {
            return now.state() != State.FAILED && index.size() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits until both jobs are done, for tests and tools; {@code false} on timeout. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long start = System.currentTimeMillis();
        while (System.currentTimeMillis() - start < timeoutMillis) {
            if (maintenance.getState() == Job.NONE && updates.getState() == Job.NONE) {
                synchronized (this) {
                    if (pendingIds.isEmpty() && !reconcileWanted && !rebuildWanted) {
                        return true;
                    }
                }
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Stops the jobs and closes the index; what was indexed is committed. */
    public void stop() {
        maintenance.cancel();
        updates.cancel();
        try {
            maintenance.join();
            updates.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
        } catch (IOException e) {
            ILog.of(IndexKeeper.class).warn("Closing the contacts search index failed; it is checked on the next start", e);
        }
    }

    private void applyChanges(IProgressMonitor monitor) throws IOException {
        List<Long> ids;
        synchronized (this) {
            ids = new ArrayList<>(pendingIds);
            pendingIds.clear();
        }
        if (ids.isEmpty()) {
            return;
        }
        List<IndexedPerson> found = source.byIds(ids);
        Set<Long> missing = new LinkedHashSet<>(ids);
        found.forEach(person -> missing.remove(person.id()));
        index.put(found);
        index.remove(missing);
        index.refresh();
        index.commit();
        if (status.usable()) {
            progress(new SearchIndexStatus(State.READY, 0, 0, 0, ""));
        }
    }

    private void maintain(IProgressMonitor monitor) throws IOException {
        while (true) {
            boolean rebuild;
            synchronized (this) {
                if (!reconcileWanted && !rebuildWanted) {
                    break;
                }
                rebuild = rebuildWanted;
                reconcileWanted = false;
                rebuildWanted = false;
            }
            if (!rebuild) {
                progress(new SearchIndexStatus(State.CHECKING, 0, 0, 0, "Comparing the search index with the database"));
            }
            try {
                reconciler.reconcile(rebuild, monitor);
            } catch (OperationCanceledException e) {
                index.commit(); // keep what was done; the next start compares again
                throw e;
            }
        }
        progress(new SearchIndexStatus(State.READY, 0, 0, 0, ""));
    }

    private void progress(SearchIndexStatus next) {
        int people;
        try {
            people = index.size();
        } catch (IOException e) {
            people = status.people();
        }
        String message = next.message().isEmpty() ? String.format("Search index ready: %,d people", people) : next.message();
        status = new SearchIndexStatus(next.state(), people, next.done(), next.total(), message);
    }

    private void failed(String what, Throwable e) {
        status = new SearchIndexStatus(State.FAILED, status.people(), 0, 0, what + ": " + e.getMessage()
                + ". Searches use the database meanwhile; the index is checked again on the next start.");
        ILog.of(IndexKeeper.class).error(what, e);
    }

    private interface Work {
        void run(IProgressMonitor monitor) throws IOException;
    }

    /** One of the two index jobs; both run under the same rule, so one at a time. */
    private final class KeeperJob extends Job {
        private final Work work;

        KeeperJob(String name, boolean quiet, Work work) {
            super(name);
            this.work = work;
            setSystem(quiet);
            setPriority(quiet ? SHORT : LONG);
            setRule(serial);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                work.run(monitor);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                failed(getName() + " failed", e);
                return new Status(IStatus.WARNING, BUNDLE, getName() + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == IndexKeeper.this;
        }
    }

    /** Lets only one index job run at a time. */
    private static final class SerialRule implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    }
}
