package org.rapport.feed.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/**
 * A negative-buzz alert and the posts that caused it. The watch's term or person and label are copied, so the alert
 * reads the same after the watch is removed.
 */
@Entity(name = "FeedAlert")
@Table(name = "FEED_ALERT", indexes = @Index(name = "IX_FEED_ALERT_WATCH", columnList = "WATCH_ID, TO_TIME"))
@SequenceGenerator(name = "feed_alert_ids", sequenceName = "FEED_ALERT_SEQ", allocationSize = 20)
public class AlertEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_alert_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "WATCH_ID", nullable = false)
    private long watchId;
    @Column(name = "TERM", length = 200)
    private String term;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "LABEL", length = 200, nullable = false)
    private String label;
    @Column(name = "FROM_TIME", nullable = false)
    private Instant from;
    @Column(name = "TO_TIME", nullable = false)
    private Instant to;
    @Column(name = "NEGATIVE", nullable = false)
    private int negative;
    @Column(name = "BASELINE", nullable = false)
    private double baseline;
    @Column(name = "SEEN", nullable = false)
    private boolean seen;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "FEED_ALERT_POST", joinColumns = @JoinColumn(name = "ALERT_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "POST_ID", nullable = false)
    private List<Long> postIds = new ArrayList<>();

    public AlertEntity() {
    }

    public long getId() {
        return id;
    }

    public long getWatchId() {
        return watchId;
    }

    public String getTerm() {
        return term;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getLabel() {
        return label;
    }

    /** Copies what the alert is about from the watch. */
    public void setWatch(WatchEntity watch) {
        this.watchId = watch.getId();
        this.term = watch.getTerm();
        this.personId = watch.getPersonId();
        this.label = watch.getLabel();
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    public void setWindow(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    public int getNegative() {
        return negative;
    }

    public void setNegative(int negative) {
        this.negative = negative;
    }

    public double getBaseline() {
        return baseline;
    }

    public void setBaseline(double baseline) {
        this.baseline = baseline;
    }

    public boolean isSeen() {
        return seen;
    }

    public void setSeen(boolean seen) {
        this.seen = seen;
    }

    public List<Long> getPostIds() {
        return postIds;
    }
}
