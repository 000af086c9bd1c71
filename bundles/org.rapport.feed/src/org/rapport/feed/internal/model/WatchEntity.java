package org.rapport.feed.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/**
 * A watched term or person, its alert rule, and the last alert raised for it (for the cool-down). Terms are unique by
 * {@code TERM_KEY}, their lower-case form.
 */
@Entity(name = "FeedWatch")
@Table(name = "FEED_WATCH")
@SequenceGenerator(name = "feed_watch_ids", sequenceName = "FEED_WATCH_SEQ", allocationSize = 20)
public class WatchEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_watch_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "TERM", length = 200)
    private String term;
    @Column(name = "TERM_KEY", length = 200)
    private String termKey;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "LABEL", length = 200, nullable = false)
    private String label;
    @Column(name = "MIN_COUNT", nullable = false)
    private int minCount;
    @Column(name = "WINDOW_MINUTES", nullable = false)
    private int windowMinutes;
    @Column(name = "LAST_ALERT_TO")
    private Instant lastAlertTo;
    @Column(name = "LAST_ALERT_COUNT", nullable = false)
    private int lastAlertCount;

    public WatchEntity() {
    }

    public long getId() {
        return id;
    }

    public String getTerm() {
        return term;
    }

    public String getTermKey() {
        return termKey;
    }

    public void setTerm(String term, String termKey) {
        this.term = term;
        this.termKey = termKey;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getMinCount() {
        return minCount;
    }

    public void setMinCount(int minCount) {
        this.minCount = minCount;
    }

    public int getWindowMinutes() {
        return windowMinutes;
    }

    public void setWindowMinutes(int windowMinutes) {
        this.windowMinutes = windowMinutes;
    }

    public Instant getLastAlertTo() {
        return lastAlertTo;
    }

    public int getLastAlertCount() {
        return lastAlertCount;
    }

    public void setLastAlert(Instant to, int count) {
        this.lastAlertTo = to;
        this.lastAlertCount = count;
    }
}
