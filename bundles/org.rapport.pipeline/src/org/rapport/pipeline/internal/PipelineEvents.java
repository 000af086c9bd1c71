package org.rapport.pipeline.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.DomainEvents;
import org.rapport.pipeline.PipelineTopics;

/**
 * Tells the rest of Rapport what changed in the pipeline ({@code PipelineTopics}), after the commit; the in-bundle
 * listener is the reminder scheduler.
 */
@Component(service = PipelineEvents.class)
public class PipelineEvents extends DomainEvents {

    /** Events of the pipeline, whose views follow these topics. */
    public PipelineEvents() {
        super(PipelineTopics.PIPELINES_CHANGED, PipelineTopics.OPPORTUNITIES_CHANGED, PipelineTopics.ACTIVITIES_CHANGED,
                PipelineTopics.CASES_CHANGED, PipelineTopics.CAMPAIGNS_CHANGED);
    }

    // Overridden only to carry the reference: DS reads its annotations from this class, not from the superclass.
    @Override
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setEventAdmin(EventAdmin admin) {
        super.setEventAdmin(admin);
    }

    @Override
    public void unsetEventAdmin(EventAdmin admin) {
        super.unsetEventAdmin(admin);
    }

    @Override
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setChangeBroadcast(ChangeBroadcast broadcast) {
        super.setChangeBroadcast(broadcast);
    }

    @Override
    public void unsetChangeBroadcast(ChangeBroadcast broadcast) {
        super.unsetChangeBroadcast(broadcast);
    }
}
