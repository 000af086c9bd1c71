package org.rapport.contacts.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.contacts.internal.util.LongPairs;
import org.rapport.contacts.search.SearchIndexStatus;
import org.rapport.contacts.search.SearchIndexStatus.State;

/**
 * Brings the index in line with the database: after a start, a crash, a restore or a bulk change. First the cheap
 * fingerprints (count, highest id, latest change) are compared; when they agree nothing is done. When they differ,
 * the (id, version) pairs of both are merged side by side and only the people that differ are re-read and re-indexed,
 * or removed. An index that is empty, or holds less than half of the database, is rebuilt from scratch.
 */
final class IndexReconciler {

    /** People read from the database per query while rebuilding. */
    static final int CHUNK = 2_000;
    /** Id/version pairs read per query while comparing. */
    private static final int VERSION_CHUNK = 50_000;
    /** A rebuild commits this often, so a crash or cancel keeps what was done. */
    private static final int COMMIT_EVERY = 100_000;

    private final ContactIndex index;
    private final PersonSource source;
    private final Consumer<SearchIndexStatus> status;

    IndexReconciler(ContactIndex index, PersonSource source, Consumer<SearchIndexStatus> status) {
        this.index = index;
        this.source = source;
        this.status = status;
    }

    /** Compares and repairs; rebuilds when {@code rebuild} is set or the index is too far off to repair. */
    void reconcile(boolean rebuild, IProgressMonitor monitor) throws IOException {
        IndexFingerprint database = source.fingerprint();
        IndexFingerprint indexed = index.fingerprint();
        if (!rebuild && database.equals(indexed)) {
            return;
        }
        if (rebuild || indexed.people() == 0 || indexed.people() < database.people() / 2) {
            rebuild(database.people(), monitor);
        } else {
            catchUp(database.people(), monitor);
        }
    }

    private void rebuild(long people, IProgressMonitor monitor) throws IOException {
        int total = (int) Math.min(Integer.MAX_VALUE, people);
        SubMonitor progress = SubMonitor.convert(monitor, "Building the contacts search index", total);
        report(State.REBUILDING, 0, total);
        index.clear();
        long after = 0;
        int done = 0;
        int sinceCommit = 0;
        for (List<IndexedPerson> chunk = source.after(after, CHUNK); !chunk.isEmpty(); chunk = source.after(after, CHUNK)) {
            index.put(chunk);
            after = chunk.get(chunk.size() - 1).id();
            done += chunk.size();
            sinceCommit += chunk.size();
            progress.split(chunk.size());
            if (sinceCommit >= COMMIT_EVERY) {
                index.commit();
                sinceCommit = 0;
            }
            report(State.REBUILDING, done, total);
        }
        index.refresh();
        index.commit();
    }

    private void catchUp(long people, IProgressMonitor monitor) throws IOException {
        int total = (int) Math.min(Integer.MAX_VALUE, people);
        SubMonitor progress = SubMonitor.convert(monitor, "Updating the contacts search index", total + 1);
        report(State.CATCHING_UP, 0, total);
        LongPairs indexed = index.versions();
        List<Long> stale = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        int next = 0;
        int compared = 0;
        long after = 0;
        for (long[][] chunk = source.versionsAfter(after, VERSION_CHUNK); chunk[0].length > 0;
                chunk = source.versionsAfter(after, VERSION_CHUNK)) {
            long[] ids = chunk[0];
            long[] versions = chunk[1];
            for (int i = 0; i < ids.length; i++) {
                while (next < indexed.size() && indexed.key(next) < ids[i]) {
                    gone.add(indexed.key(next++));
                }
                if (next < indexed.size() && indexed.key(next) == ids[i]) {
                    if (indexed.value(next) != versions[i]) {
                        stale.add(ids[i]);
                    }
                    next++;
                } else {
                    stale.add(ids[i]);
                }
                if (stale.size() >= CHUNK) {
                    index.put(source.byIds(stale));
                    stale.clear();
                }
            }
            after = ids[ids.length - 1];
            compared += ids.length;
            progress.split(ids.length);
            report(State.CATCHING_UP, compared, total);
        }
        while (next < indexed.size()) {
            gone.add(indexed.key(next++));
        }
        index.put(source.byIds(stale));
        index.remove(gone);
        index.refresh();
        index.commit();
        progress.split(1);
    }

    private void report(State state, int done, int total) {
        String message = switch (state) {
            case REBUILDING -> String.format("Building the search index: %,d of %,d people", done, total);
            case CATCHING_UP -> String.format("Updating the search index: %,d of %,d people compared", done, total);
            default -> "";
        };
        status.accept(new SearchIndexStatus(state, 0, done, total, message));
    }
}
