package org.rapport.pipeline.cases;

import java.time.Instant;

import org.eclipse.core.runtime.IAdaptable;
import org.rapport.core.PersonRef;

/**
 * A case (complaint) as editors and services exchange it: a detached, mutable copy. The status, resolution and
 * satisfaction change only through {@link CaseService#changeStatus}; {@link CaseService#save} keeps them.
 * Adapts to {@link PersonRef}.
 */
public final class SupportCase implements IAdaptable {

    private long id;
    private int version;
    private PersonRef person;
    private CaseChannel channel = CaseChannel.PHONE;
    private String category = "";
    private CasePriority priority = CasePriority.NORMAL;
    private String subject = "";
    private String description = "";
    private String owner = "";
    private Long opportunityId;
    private CaseStatus status = CaseStatus.NEW;
    private String resolution = "";
    private Integer satisfaction;
    private Instant openedAt;
    private Instant resolvedAt;
    private Instant closedAt;

    /** A new case for a person. */
    public SupportCase(PersonRef person, CaseChannel channel, String category, CasePriority priority, String subject,
            String description) {
        this.person = person;
        this.channel = channel;
        this.category = category;
        this.priority = priority;
        this.subject = subject;
        this.description = description;
    }

    /** An empty case; set at least the person and the subject. */
    public SupportCase() {
    }

    /** A copy. */
    public SupportCase copy() {
        SupportCase c = new SupportCase(person, channel, category, priority, subject, description);
        c.owner = owner;
        c.opportunityId = opportunityId;
        c.loadState(id, version, status, resolution, satisfaction, openedAt, resolvedAt, closedAt);
        return c;
    }

    /** Set by the service when reading; for the implementation only. */
    public void loadState(long id, int version, CaseStatus status, String resolution, Integer satisfaction,
            Instant openedAt, Instant resolvedAt, Instant closedAt) {
        this.id = id;
        this.version = version;
        this.status = status;
        this.resolution = resolution == null ? "" : resolution;
        this.satisfaction = satisfaction;
        this.openedAt = openedAt;
        this.resolvedAt = resolvedAt;
        this.closedAt = closedAt;
    }

    public long getId() {
        return id;
    }

    /** The version it was read at (optimistic locking). */
    public int getVersion() {
        return version;
    }

    public PersonRef getPerson() {
        return person;
    }

    public void setPerson(PersonRef person) {
        this.person = person;
    }

    public CaseChannel getChannel() {
        return channel;
    }

    public void setChannel(CaseChannel channel) {
        this.channel = channel;
    }

    /** A free category, e.g. "Delivery", "Billing", "Product quality". */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public CasePriority getPriority() {
        return priority;
    }

    public void setPriority(CasePriority priority) {
        this.priority = priority;
    }

    /** One line naming the case. */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The agent's user name. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** An opportunity the case concerns, or {@code null}. */
    public Long getOpportunityId() {
        return opportunityId;
    }

    public void setOpportunityId(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    /** The resolution notes. */
    public String getResolution() {
        return resolution;
    }

    /** The customer's satisfaction 1-5 given at resolving or closing, or {@code null}. */
    public Integer getSatisfaction() {
        return satisfaction;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter == PersonRef.class && person != null ? adapter.cast(person) : null;
    }

    @Override
    public String toString() {
        return "Case " + id + " '" + subject + "'";
    }
}
