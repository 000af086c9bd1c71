package org.rapport.community.internal.model;

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

import org.rapport.community.ActivityType;
import org.rapport.community.Pillar;
import org.rapport.persistence.access.Audited;

/** An activity type row; unique by key. */
@Entity(name = "CommunityActivityType")
@Table(name = "CM_ACTIVITY_TYPE", indexes = {
        @Index(name = "IX_COMM_TYPE_KEY", columnList = "TYPE_KEY", unique = true) })
@SequenceGenerator(name = "cm_type_ids", sequenceName = "CM_ACTIVITY_TYPE_SEQ", allocationSize = 20)
public class ActivityTypeEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_type_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "TYPE_KEY", length = 40, nullable = false)
    private String key;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "PILLAR", length = 16, nullable = false)
    private Pillar pillar;
    @Column(name = "WEIGHT", nullable = false)
    private double weight;

    public ActivityTypeEntity() {
    }

    /** A row for a type. */
    public ActivityTypeEntity(ActivityType type) {
        this.key = type.key();
        set(type);
    }

    public long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    /** Takes the name, pillar and weight of {@code type}. */
    public void set(ActivityType type) {
        this.name = type.name().length() > 100 ? type.name().substring(0, 100) : type.name();
        this.pillar = type.pillar();
        this.weight = type.weight();
    }

    /** The type as the API carries it. */
    public ActivityType toType() {
        return new ActivityType(key, name, pillar, weight);
    }
}
