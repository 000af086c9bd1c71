package org.rapport.contacts.internal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.Bits;
import org.rapport.contacts.PersonRow;
import org.rapport.contacts.internal.util.LongPairs;

/**
 * The Lucene index of people: one writer, near-real-time searchers that never wait for it, commits that carry the
 * index's format so a newer layout rebuilds instead of misreading. Writes come from one thread at a time (the
 * indexing job); searches from any thread.
 */
final class ContactIndex implements Closeable {

    /** The layout version of the documents ({@link PersonDocuments}); a different one in a workspace is rebuilt. */
    static final String FORMAT = "2";
    private static final String FORMAT_KEY = "rapport.contacts.index.format";

    private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(PersonDocuments.SORT,
            SortField.Type.STRING), new SortField(PersonDocuments.ID, SortField.Type.LONG));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final PersonDocuments documents;
    private final boolean fresh;

    /** What a search of the index found: the hits' ids, best first, and how many match in all. */
    record Hits(long[] ids, int total) {
    }

    private ContactIndex(Directory directory, boolean fresh, ContactAnalyzer analyzer) throws IOException {
        this.directory = directory;
        this.fresh = fresh;
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(fresh ? OpenMode.CREATE : OpenMode.APPEND);
        config.setRAMBufferSizeMB(48);
        config.setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        this.documents = new PersonDocuments(analyzer);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in a folder, creating it there when it is missing, unreadable (a crash while the folder was
     * copied, a disk error) or of another format; {@link #fresh()} then says it starts empty.
     */
    static ContactIndex open(Path folder, ContactAnalyzer analyzer) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            boolean fresh = !usable(directory);
            if (fresh) {
                wipe(directory);
            }
            return new ContactIndex(directory, fresh, analyzer);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** An index in memory, rebuilt on every start: for a workspace-less run ({@code -data @none}). */
    static ContactIndex inMemory(ContactAnalyzer analyzer) throws IOException {
        return new ContactIndex(new ByteBuffersDirectory(), true, analyzer);
    }

    private static boolean usable(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return FORMAT.equals(reader.getIndexCommit().getUserData().get(FORMAT_KEY));
            }
        } catch (IOException | RuntimeException e) {
            return false; // corrupt or from another Lucene: start over, the database has everything
        }
    }

    /**
     * Deletes whatever is in the folder, holding the write lock (so never under another writer): Lucene cannot
     * create an index over damaged files, it tries to read them first.
     */
    private static void wipe(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    /** Whether the index was created empty on opening (and must be built from the database). */
    boolean fresh() {
        return fresh;
    }

    /** Adds or replaces people's documents (visible to searches after {@link #refresh()}). */
    void put(Collection<IndexedPerson> people) throws IOException {
        for (IndexedPerson person : people) {
            writer.updateDocument(PersonDocuments.key(person.id()), documents.document(person));
        }
    }

    /** Removes people's documents. */
    void remove(Collection<Long> ids) throws IOException {
        for (long id : ids) {
            writer.deleteDocuments(PersonDocuments.key(id));
        }
    }

    /** Removes every document. */
    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the writes so far visible to searches. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes the writes so far durable (they survive a crash). */
    void commit() throws IOException {
        writer.commit();
    }

    /** How many people searches see now. */
    int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The best {@code limit} hits of a query, with the total count. */
    Hits search(Query query, int limit) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(RANKING, wanted, null, Integer.MAX_VALUE));
            int n = Math.min(limit, top.scoreDocs.length);
            long[] ids = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = (Long) ((FieldDoc) top.scoreDocs[i]).fields[2];
            }
            return new Hits(ids, (int) top.totalHits.value());
        } finally {
            searchers.release(searcher);
        }
    }

    /** The best {@code limit} hits with their list rows, read from the stored fields. */
    List<PersonRow> rows(Query query, int limit, int[] total) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
            TopFieldDocs top = searcher.search(query, new TopFieldCollectorManager(RANKING, wanted, null, Integer.MAX_VALUE));
            total[0] = (int) top.totalHits.value();
            List<PersonRow> rows = new ArrayList<>(top.scoreDocs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                if (rows.size() == limit) {
                    break;
                }
                rows.add(PersonDocuments.row((Long) ((FieldDoc) hit).fields[2], stored.document(hit.doc)));
            }
            return rows;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The index's fingerprint, of what searches see now. */
    IndexFingerprint fingerprint() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            long count = 0;
            long maxId = 0;
            long maxUpdated = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                NumericDocValues ids = reader.getNumericDocValues(PersonDocuments.ID);
                NumericDocValues updated = reader.getNumericDocValues(PersonDocuments.UPDATED);
                for (int doc = 0; ids != null && doc < reader.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                        count++;
                        maxId = Math.max(maxId, ids.longValue());
                        if (updated.advanceExact(doc)) {
                            maxUpdated = Math.max(maxUpdated, updated.longValue());
                        }
                    }
                }
            }
            return new IndexFingerprint(count, maxId, maxUpdated);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Every (id, version) pair searches see now, sorted by id. */
    LongPairs versions() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            LongPairs pairs = new LongPairs(searcher.getIndexReader().numDocs());
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                Bits live = reader.getLiveDocs();
                NumericDocValues ids = reader.getNumericDocValues(PersonDocuments.ID);
                NumericDocValues versions = reader.getNumericDocValues(PersonDocuments.VERSION);
                for (int doc = 0; ids != null && doc < reader.maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && versions.advanceExact(doc)) {
                        pairs.add(ids.longValue(), versions.longValue());
                    }
                }
            }
            pairs.sortByKey();
            return pairs;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
