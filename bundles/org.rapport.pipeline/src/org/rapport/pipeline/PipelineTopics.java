package org.rapport.pipeline;

import org.rapport.persistence.access.DomainEvents;

/**
 * EventAdmin topics the pipeline domain posts. Other domains subscribe to them; loyalty and community, for example,
 * react to {@link #CASE_RESOLVED_SATISFIED}. Every change also posts
 * {@code org.rapport.core.events.RapportTopics#TIMELINE_CHANGED} for the people concerned.
 */
public final class PipelineTopics {

    /** Prefix of every pipeline topic, for a subscriber that wants them all. */
    public static final String ALL = "org/rapport/pipeline/*";

    /** Pipelines or their stages were created, changed or deleted. */
    public static final String PIPELINES_CHANGED = "org/rapport/pipeline/pipelines/CHANGED";

    /** Opportunities were created, changed, moved or deleted; property {@link #IDS} when known (absent for bulk). */
    public static final String OPPORTUNITIES_CHANGED = "org/rapport/pipeline/opportunities/CHANGED";

    /** Activities were created, changed, completed or deleted; property {@link #IDS} when known. */
    public static final String ACTIVITIES_CHANGED = "org/rapport/pipeline/activities/CHANGED";

    /** Cases were opened, changed or moved through their status flow; property {@link #IDS}. */
    public static final String CASES_CHANGED = "org/rapport/pipeline/cases/CHANGED";

    /** Campaigns or their responses changed; property {@link #IDS}. */
    public static final String CAMPAIGNS_CHANGED = "org/rapport/pipeline/campaigns/CHANGED";

    /**
     * An activity's reminder fell due. Properties: {@link #ACTIVITY_ID}, {@link #SUBJECT}, {@link #DUE} (epoch
     * milliseconds, {@code Long}), {@link #OWNER}, and {@link #PERSON_ID} when the activity concerns a person.
     */
    public static final String REMINDER_DUE = "org/rapport/pipeline/activities/REMINDER_DUE";

    /**
     * A case was resolved or closed with a satisfaction score of {@value #HIGH_SATISFACTION} or more; posted once per
     * case. Properties: {@link #CASE_ID}, {@link #PERSON_ID}, {@link #SATISFACTION} ({@code Integer} 1-5),
     * {@link #STATUS} (the status name, {@code RESOLVED} or {@code CLOSED}).
     */
    public static final String CASE_RESOLVED_SATISFIED = "org/rapport/pipeline/cases/RESOLVED_SATISFIED";

    /**
     * A deal became won (moved into a won stage, or saved there from an open or lost one); posted after the commit,
     * each time it is won again after a reopening, and only when the deal has a person. Properties:
     * {@link #OPPORTUNITY_ID}, {@link #PERSON_ID}, {@link #AMOUNT} ({@code java.math.BigDecimal}, absent when the deal
     * has none), {@link #CURRENCY} ({@code String}, absent when none). Loyalty, for example, gives its bonus on it.
     */
    public static final String OPPORTUNITY_WON = "org/rapport/pipeline/opportunities/WON";

    /** The lowest satisfaction score (of 1-5) that counts as high. */
    public static final int HIGH_SATISFACTION = 4;

    /**
     * Event property: the ids concerned ({@code long[]}); absent for a bulk change. The key every domain uses, as
     * posted by {@link DomainEvents#changed}.
     */
    public static final String IDS = DomainEvents.IDS;
    /** Event property: the person concerned ({@code Long}), same key as the core timeline topic. */
    public static final String PERSON_ID = "personId";
    /** Event property: the opportunity ({@code Long}). */
    public static final String OPPORTUNITY_ID = "opportunityId";
    /** Event property: an amount ({@code java.math.BigDecimal}). */
    public static final String AMOUNT = "amount";
    /** Event property: an ISO 4217 currency code ({@code String}). */
    public static final String CURRENCY = "currency";
    /** Event property: the activity ({@code Long}). */
    public static final String ACTIVITY_ID = "activityId";
    /** Event property: the case ({@code Long}). */
    public static final String CASE_ID = "caseId";
    /** Event property: the satisfaction score ({@code Integer}). */
    public static final String SATISFACTION = "satisfaction";
    /** Event property: a status name ({@code String}). */
    public static final String STATUS = "status";
    /** Event property: a subject line ({@code String}). */
    public static final String SUBJECT = "subject";
    /** Event property: a due time in epoch milliseconds ({@code Long}). */
    public static final String DUE = "due";
    /** Event property: the owner's user name ({@code String}). */
    public static final String OWNER = "owner";

    private PipelineTopics() {
    }
}
