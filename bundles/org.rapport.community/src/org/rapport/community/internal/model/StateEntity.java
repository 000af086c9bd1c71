package org.rapport.community.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** A named value the domain keeps between runs (the last feed post handled, ...). */
@Entity(name = "CommunityState")
@Table(name = "CM_STATE")
public class StateEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "NAME", length = 64)
    private String name;
    @Column(name = "VALUE_TEXT", length = 1000)
    private String value;

    public StateEntity() {
    }

    /** A new state value. */
    public StateEntity(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
