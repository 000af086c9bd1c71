package org.rapport.feed.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.rapport.persistence.access.Audited;

/** A configured feed source and its polling state. */
@Entity(name = "FeedSourceRow")
@Table(name = "FEED_SOURCE", uniqueConstraints = @UniqueConstraint(name = "UX_FEED_SOURCE_LOCATION",
        columnNames = { "TYPE_ID", "LOCATION" }), indexes = @Index(name = "IX_FEED_SOURCE_NEXT", columnList = "PAUSED, NEXT_POLL"))
@SequenceGenerator(name = "feed_source_ids", sequenceName = "FEED_SOURCE_SEQ", allocationSize = 20)
public class SourceEntity extends Audited {

    private static final long serialVersionUID = 1L;

    /** The longest location, validator, cursor or error message kept. */
    public static final int TEXT_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_source_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "TYPE_ID", length = 200, nullable = false)
    private String typeId;
    @Column(name = "LOCATION", length = TEXT_LENGTH, nullable = false)
    private String location;
    @Column(name = "NETWORK", length = 64, nullable = false)
    private String network;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Column(name = "INTERVAL_MINUTES", nullable = false)
    private int intervalMinutes;
    @Column(name = "PAUSED", nullable = false)
    private boolean paused;
    @Column(name = "ETAG", length = TEXT_LENGTH)
    private String etag;
    @Column(name = "LAST_MODIFIED", length = 100)
    private String lastModified;
    @Column(name = "CURSOR_VALUE", length = TEXT_LENGTH)
    private String cursor;
    @Column(name = "LAST_POLL")
    private Instant lastPoll;
    @Column(name = "LAST_SUCCESS")
    private Instant lastSuccess;
    @Column(name = "LAST_ERROR", length = TEXT_LENGTH)
    private String lastError;
    @Column(name = "FAILURES", nullable = false)
    private int failures;
    @Column(name = "NEXT_POLL")
    private Instant nextPoll;
    /** The process polling it now, while its claim's lease runs ({@code NEXT_POLL}); {@code null} between polls. */
    @Column(name = "CLAIMED_BY", length = 200)
    private String claimedBy;

    public SourceEntity() {
    }

    public long getId() {
        return id;
    }

    public String getTypeId() {
        return typeId;
    }

    public void setTypeId(String typeId) {
        this.typeId = typeId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getIntervalMinutes() {
        return intervalMinutes;
    }

    public void setIntervalMinutes(int intervalMinutes) {
        this.intervalMinutes = intervalMinutes;
    }

    public boolean isPaused() {
        return paused;
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public String getEtag() {
        return etag;
    }

    public void setEtag(String etag) {
        this.etag = clip(etag);
    }

    public String getLastModified() {
        return lastModified;
    }

    public void setLastModified(String lastModified) {
        this.lastModified = lastModified == null || lastModified.length() > 100 ? null : lastModified;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        // a cursor cut short would send the type somewhere else next time: drop it rather than keep half of it
        this.cursor = cursor == null || cursor.length() > TEXT_LENGTH ? null : cursor;
    }

    public Instant getLastPoll() {
        return lastPoll;
    }

    public void setLastPoll(Instant lastPoll) {
        this.lastPoll = lastPoll;
    }

    public Instant getLastSuccess() {
        return lastSuccess;
    }

    public void setLastSuccess(Instant lastSuccess) {
        this.lastSuccess = lastSuccess;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = clip(lastError);
    }

    public int getFailures() {
        return failures;
    }

    public void setFailures(int failures) {
        this.failures = failures;
    }

    public Instant getNextPoll() {
        return nextPoll;
    }

    public void setNextPoll(Instant nextPoll) {
        this.nextPoll = nextPoll;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public void setClaimedBy(String claimedBy) {
        this.claimedBy = claimedBy;
    }

    private static String clip(String text) {
        return text == null || text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH - 1) + "…";
    }
}
