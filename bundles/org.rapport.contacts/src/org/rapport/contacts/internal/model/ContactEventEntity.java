package org.rapport.contacts.internal.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Something that happened to a person's record, for the person's timeline: created, edited, imported, merged,
 * unmerged. Written in the same transaction as the change it describes, and never changed afterwards.
 */
@Entity(name = "ContactEvent")
@Table(name = "CONTACT_EVENT", indexes = @Index(name = "IX_EVENT_PERSON", columnList = "PERSON_ID, HAPPENED_AT"))
@SequenceGenerator(name = "contact_event_ids", sequenceName = "CONTACT_EVENT_SEQ", allocationSize = 500)
public class ContactEventEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Kinds of contact events, also the timeline entry kinds. */
    public enum Kind {
        CREATED("created"), EDITED("edited"), IMPORTED("imported"), MERGED("merged"), UNMERGED("unmerged");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_event_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "HAPPENED_AT", nullable = false)
    private Instant happenedAt;
    @Column(name = "KIND", length = 16, nullable = false)
    private String kind;
    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;
    @Column(name = "DETAIL", length = 2000)
    private String detail;
    @Column(name = "BY_USER", length = 64)
    private String byUser;

    protected ContactEventEntity() {
    }

    /** @param byUser who is working ({@code Audited.currentUser(em)}) */
    public ContactEventEntity(long personId, Kind kind, String title, String detail, String byUser) {
        this.personId = personId;
        this.happenedAt = Instant.now();
        this.kind = kind.label();
        this.title = title;
        this.detail = detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        this.byUser = byUser;
    }

    public long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getByUser() {
        return byUser;
    }
}
