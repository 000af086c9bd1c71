package org.rapport.loyalty.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rapport.persistence.access.Audited;

/**
 * The last business day the workbench's daily loyalty run finished, one row per job name. Kept in the database, not
 * the workspace, so two workbenches on a team database do not both give birthday bonuses (they would be refused as
 * already awarded, but would still be recomputed).
 */
@Entity(name = "LoyaltyDailyRun")
@Table(name = "LOY_DAILY_RUN")
public class DailyRunEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "JOB", length = 40)
    private String job;
    @Column(name = "LAST_DAY", nullable = false)
    private LocalDate lastDay;

    protected DailyRunEntity() {
    }

    public DailyRunEntity(String job, LocalDate lastDay) {
        this.job = job;
        this.lastDay = lastDay;
    }

    public String getJob() {
        return job;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
