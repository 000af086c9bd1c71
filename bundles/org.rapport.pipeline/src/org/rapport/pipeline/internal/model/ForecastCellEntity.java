package org.rapport.pipeline.internal.model;

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

/**
 * The opportunities of one pipeline, forecast month, rep and currency, summed: kept up to date in the same
 * transaction as every change of an opportunity, so the forecast groups a few hundred cells instead of scanning every
 * deal (a GROUP BY over 100,000 deals costs Derby about 150 ms of CPU; over the cells, a few milliseconds). Many
 * writers share a cell, so its sums are only changed by atomic updates (see {@code ForecastCells}), never read,
 * changed and written back (its version counts the updates but is never checked).
 */
@Entity(name = "ForecastCell")
@Table(name = "PL_FORECAST_CELL", uniqueConstraints = @UniqueConstraint(name = "UQ_FORECAST_CELL",
        columnNames = { "CLOSE_MONTH", "OWNER", "CURRENCY", "PIPELINE_ID" }),
        indexes = @Index(name = "IX_FORECAST_CELL_PIPELINE", columnList = "PIPELINE_ID"))
@SequenceGenerator(name = "pl_forecast_cell_ids", sequenceName = "PL_FORECAST_CELL_SEQ", allocationSize = 100)
public class ForecastCellEntity extends Audited {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pl_forecast_cell_ids")
    @Column(name = "ID")
    private long id;
    @Column(name = "PIPELINE_ID", nullable = false)
    private long pipelineId;
    @Column(name = "CLOSE_MONTH", nullable = false)
    private int closeMonth;
    @Column(name = "OWNER", length = 64, nullable = false)
    private String owner;
    @Column(name = "CURRENCY", length = 3, nullable = false)
    private String currency;
    @Column(name = "DEALS", nullable = false)
    private long deals;
    @Column(name = "AMOUNT_CENTS", nullable = false)
    private long amountCents;
    @Column(name = "WEIGHTED_CENTS", nullable = false)
    private long weightedCents;
    @Column(name = "WON_CENTS", nullable = false)
    private long wonCents;

    protected ForecastCellEntity() {
    }

    public ForecastCellEntity(long pipelineId, int closeMonth, String owner, String currency) {
        this.pipelineId = pipelineId;
        this.closeMonth = closeMonth;
        this.owner = owner;
        this.currency = currency;
    }

    /** Sets the sums (when the cells are rebuilt). */
    public void set(long count, long amount, long weighted, long won) {
        deals = count;
        amountCents = amount;
        weightedCents = weighted;
        wonCents = won;
    }

    public long getDeals() {
        return deals;
    }
}
