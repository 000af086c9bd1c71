package org.rapport.pipeline.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/** A pipeline row; its stages refer to it by id. */
@Entity(name = "Pipeline")
@Table(name = "PL_PIPELINE")
@SequenceGenerator(name = "pl_pipeline_ids", sequenceName = "PL_PIPELINE_SEQ", allocationSize = 20)
public class PipelineEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_pipeline_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Column(name = "POSITION", nullable = false)
    private int position;

    protected PipelineEntity() {
    }

    public PipelineEntity(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public long getId() {
        return id;
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
}
