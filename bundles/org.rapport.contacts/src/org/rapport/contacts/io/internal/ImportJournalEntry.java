package org.rapport.contacts.io.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;


/**
 * How far the import of one file got, keyed by the SHA-256 of its content: the last line of the last committed
 * chunk, updated in the same transaction as the chunk. A re-run of the same content continues after it, so an import
 * killed halfway imports only what is missing the next time.
 */
@Entity
@Table(name = "CONTACT_IMPORT_JOURNAL")
public class ImportJournalEntry extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "FILE_SHA256", length = 64)
    private String sha256;
    @Column(name = "FILE_NAME", length = 500)
    private String fileName;
    @Column(name = "FILE_SIZE")
    private long fileSize;
    @Column(name = "LAST_COMMITTED_LINE")
    private long lastCommittedLine;
    @Column(name = "COMPLETED")
    private boolean completed;
    @Column(name = "CREATED_COUNT")
    private int created;
    @Column(name = "UPDATED_COUNT")
    private int updated;
    @Column(name = "REJECTED_COUNT")
    private int rejected;
    @Column(name = "LAST_RUN_AT")
    private Instant lastRunAt;

    protected ImportJournalEntry() {
    }

    ImportJournalEntry(String sha256, String fileName, long fileSize) {
        this.sha256 = sha256;
        this.fileName = fileName.length() > 500 ? fileName.substring(0, 500) : fileName;
        this.fileSize = fileSize;
        this.lastRunAt = Instant.now();
    }

    String sha256() {
        return sha256;
    }

    long lastCommittedLine() {
        return lastCommittedLine;
    }

    boolean completed() {
        return completed;
    }

    Instant lastRunAt() {
        return lastRunAt;
    }

    /** Records a committed chunk. */
    void committed(long line, int createdNow, int updatedNow, int rejectedNow) {
        lastCommittedLine = Math.max(lastCommittedLine, line);
        created += createdNow;
        updated += updatedNow;
        rejected += rejectedNow;
        lastRunAt = Instant.now();
    }

    /** Records that a run read the file to its end. */
    void complete() {
        completed = true;
        lastRunAt = Instant.now();
    }

    /** Starts over (a run told to ignore the journal). */
    void restart() {
        lastCommittedLine = 0;
        completed = false;
        lastRunAt = Instant.now();
    }
}
