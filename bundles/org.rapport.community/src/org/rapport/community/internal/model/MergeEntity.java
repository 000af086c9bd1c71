package org.rapport.community.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.community.MemberMerge;
import org.rapport.persistence.access.Audited;

/** A recorded member merge, with what undoing it needs that the rows do not say (the merged member's link). */
@Entity(name = "CommunityMerge")
@Table(name = "CM_MERGE", indexes = {
        @Index(name = "IX_COMM_MERGE_SURVIVOR", columnList = "SURVIVOR_ID"),
        @Index(name = "IX_COMM_MERGE_MERGED", columnList = "MERGED_ID") })
@SequenceGenerator(name = "cm_merge_ids", sequenceName = "CM_MERGE_SEQ", allocationSize = 20)
public class MergeEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_merge_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "SURVIVOR_ID", nullable = false)
    private long survivorId;
    @Column(name = "MERGED_ID", nullable = false)
    private long mergedId;
    @Column(name = "MERGED_NAME", length = 200, nullable = false)
    private String mergedName;
    /** Whether the survivor took the merged member's contact link (undone with the merge). */
    @Column(name = "LINK_TAKEN", nullable = false)
    private boolean linkTaken;
    @Column(name = "MERGED_AT", nullable = false)
    private Instant mergedAt;
    @Column(name = "UNDONE_AT")
    private Instant undoneAt;

    public MergeEntity() {
    }

    /** A merge happening now. */
    public MergeEntity(long survivorId, long mergedId, String mergedName, boolean linkTaken, Instant at) {
        this.survivorId = survivorId;
        this.mergedId = mergedId;
        this.mergedName = mergedName;
        this.linkTaken = linkTaken;
        this.mergedAt = at;
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

    public boolean isLinkTaken() {
        return linkTaken;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public void setUndoneAt(Instant undoneAt) {
        this.undoneAt = undoneAt;
    }

    /** The merge as the API carries it. */
    public MemberMerge toMerge() {
        return new MemberMerge(id, survivorId, mergedId, mergedName, mergedAt, undoneAt);
    }
}
