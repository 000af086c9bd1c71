package org.rapport.community.internal.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.community.CommunityEvent;
import org.rapport.persistence.access.Audited;

/** A community event row. */
@Entity(name = "CommunityEventRow")
@Table(name = "CM_EVENT", indexes = { @Index(name = "IX_COMM_EVENT_START", columnList = "STARTS_AT") })
@SequenceGenerator(name = "cm_event_ids", sequenceName = "CM_EVENT_SEQ", allocationSize = 20)
public class EventEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_event_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private CommunityEvent.Kind kind;
    @Column(name = "STARTS_AT", nullable = false)
    private Instant startsAt;
    @Column(name = "LOCATION", length = 300)
    private String location;
    @Column(name = "URL", length = 1000)
    private String url;

    public EventEntity() {
    }

    public long getId() {
        return id;
    }

    /** Takes the editable fields of {@code event}. */
    public void set(CommunityEvent event) {
        String n = event.name().strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("an event needs a name");
        }
        name = n.length() > 200 ? n.substring(0, 200) : n;
        kind = event.kind();
        startsAt = event.startsAt();
        location = event.location().isEmpty() ? null
                : event.location().length() > 300 ? event.location().substring(0, 300) : event.location();
        url = event.url() == null || event.url().length() > 1000 ? null : event.url();
    }

    public String getName() {
        return name;
    }

    public CommunityEvent.Kind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getLocation() {
        return location == null ? "" : location;
    }

    public String getUrl() {
        return url;
    }
}
