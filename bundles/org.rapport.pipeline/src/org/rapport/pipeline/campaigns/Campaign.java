package org.rapport.pipeline.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A marketing campaign as editors and services exchange it: a detached, mutable copy.
 */
public final class Campaign {

    private long id;
    private int version;
    private String name = "";
    private Long segmentId;
    private String segmentName = "";
    private String channel = "";
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal cost = BigDecimal.ZERO;
    private String currency = "EUR";

    /** A new campaign. */
    public Campaign(String name, BigDecimal cost, String currency) {
        this.name = name;
        this.cost = cost;
        this.currency = currency;
    }

    /** An empty campaign; set at least the name. */
    public Campaign() {
    }

    /** A copy. */
    public Campaign copy() {
        Campaign c = new Campaign(name, cost, currency);
        c.id = id;
        c.version = version;
        c.segmentId = segmentId;
        c.segmentName = segmentName;
        c.channel = channel;
        c.startsOn = startsOn;
        c.endsOn = endsOn;
        return c;
    }

    /** Set by the service when reading; for the implementation only. */
    public void loadState(long id, int version) {
        this.id = id;
        this.version = version;
    }

    public long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The contacts segment it targets, or {@code null}. */
    public Long getSegmentId() {
        return segmentId;
    }

    /** The segment's name as shown (display only; the id identifies it). */
    public String getSegmentName() {
        return segmentName;
    }

    /** Sets the target segment; {@code null} id for none. */
    public void setSegment(Long id, String name) {
        this.segmentId = id;
        this.segmentName = id == null || name == null ? "" : name;
    }

    /** E.g. "email", "event", "social". */
    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel == null ? "" : channel;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    /** ISO 4217 code of the cost; ROI counts won revenue in this currency only. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    @Override
    public String toString() {
        return "Campaign " + id + " '" + name + "'";
    }
}
