package org.rapport.contacts.internal.duplicates;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.contacts.duplicates.MergeSummary;
import org.rapport.persistence.access.Audited;

/**
 * A merge of two people as it happened: both people exactly as they were before (snapshots, see
 * {@link PersonSnapshots}), which timeline events moved from the merged person to the survivor, the survivor's version
 * right after the merge (an unmerge refuses when it moved on), and when the merge was undone.
 */
@Entity
@Table(name = "CONTACT_MERGE", indexes = { @Index(name = "IX_MERGE_SURVIVOR", columnList = "SURVIVOR_ID"),
        @Index(name = "IX_MERGE_MERGED", columnList = "MERGED_ID") })
@SequenceGenerator(name = "contact_merge_ids", sequenceName = "CONTACT_MERGE_SEQ", allocationSize = 50)
public class MergeRecord extends Audited {

    private static final long serialVersionUID = 1L;

    /** Snapshots up to 16 MB (a person with very long notes). */
    private static final int SNAPSHOT_BYTES = 16 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_merge_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "SURVIVOR_ID", nullable = false)
    private long survivorId;
    @Column(name = "SURVIVOR_NAME", length = 201)
    private String survivorName;
    @Column(name = "MERGED_ID", nullable = false)
    private long mergedId;
    @Column(name = "MERGED_NAME", length = 201)
    private String mergedName;
    @Column(name = "SURVIVOR_VERSION_AFTER")
    private int survivorVersionAfter;
    @Column(name = "CHOICES", length = 1000)
    private String choices;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "SURVIVOR_SNAPSHOT", length = SNAPSHOT_BYTES)
    private byte[] survivorSnapshot;
    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "MERGED_SNAPSHOT", length = SNAPSHOT_BYTES)
    private byte[] mergedSnapshot;
    /** The ids of the events moved to the survivor, comma-separated. */
    @Lob
    @Column(name = "MOVED_EVENTS")
    private String movedEvents = "";
    @Column(name = "UNDONE_AT")
    private Instant undoneAt;
    @Column(name = "UNDONE_BY", length = 64)
    private String undoneBy;

    protected MergeRecord() {
    }

    public MergeRecord(long survivorId, String survivorName, long mergedId, String mergedName, String choices,
            byte[] survivorSnapshot, byte[] mergedSnapshot, List<Long> movedEvents) {
        this.survivorId = survivorId;
        this.survivorName = survivorName;
        this.mergedId = mergedId;
        this.mergedName = mergedName;
        this.choices = choices.length() > 1000 ? choices.substring(0, 1000) : choices;
        this.survivorSnapshot = survivorSnapshot;
        this.mergedSnapshot = mergedSnapshot;
        this.movedEvents = movedEvents.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public long getId() {
        return id;
    }

    public long getSurvivorId() {
        return survivorId;
    }

    public long getMergedId() {
        return mergedId;
    }

    public String getSurvivorName() {
        return survivorName;
    }

    public String getMergedName() {
        return mergedName;
    }

    public String getChoices() {
        return choices;
    }

    public int getSurvivorVersionAfter() {
        return survivorVersionAfter;
    }

    public void setSurvivorVersionAfter(int version) {
        this.survivorVersionAfter = version;
    }

    public byte[] getSurvivorSnapshot() {
        return survivorSnapshot;
    }

    public byte[] getMergedSnapshot() {
        return mergedSnapshot;
    }

    public List<Long> getMovedEvents() {
        return movedEvents == null || movedEvents.isEmpty() ? List.of()
                : Arrays.stream(movedEvents.split(",")).map(Long::valueOf).toList();
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    /** Records that the merge was undone, now. */
    public void undone(String user) {
        this.undoneAt = Instant.now();
        this.undoneBy = user == null ? "" : user.length() > 64 ? user.substring(0, 64) : user;
    }

    /** The merge for lists. */
    public MergeSummary summary() {
        return new MergeSummary(id, survivorId, survivorName, mergedId, mergedName, getCreatedAt(), getCreatedBy(), undoneAt);
    }
}
