package org.rapport.pipeline.internal.model;

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

import org.rapport.persistence.access.Audited;
import org.rapport.pipeline.StageKind;

/** A stage row of a pipeline. */
@Entity(name = "Stage")
@Table(name = "PL_STAGE", indexes = @Index(name = "IX_STAGE_PIPELINE", columnList = "PIPELINE_ID, POSITION"))
@SequenceGenerator(name = "pl_stage_ids", sequenceName = "PL_STAGE_SEQ", allocationSize = 50)
public class StageEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_stage_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PIPELINE_ID", nullable = false)
    private long pipelineId;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Column(name = "POSITION", nullable = false)
    private int position;
    @Column(name = "PROBABILITY", nullable = false)
    private int probability;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 8, nullable = false)
    private StageKind kind;

    protected StageEntity() {
    }

    public StageEntity(long pipelineId, String name, int position, int probability, StageKind kind) {
        this.pipelineId = pipelineId;
        this.name = name;
        this.position = position;
        this.probability = probability;
        this.kind = kind;
    }

    public long getId() {
        return id;
    }

    public long getPipelineId() {
        return pipelineId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public int getProbability() {
        return probability;
    }

    public void setProbability(int probability) {
        this.probability = probability;
    }

    public StageKind getKind() {
        return kind;
    }

    public void setKind(StageKind kind) {
        this.kind = kind;
    }
}
