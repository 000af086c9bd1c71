package org.rapport.community.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.rapport.community.CommunityTopics;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.DomainEvents;

/** Tells the rest of Rapport what changed in the community ({@code CommunityTopics}), after the commit. */
@Component(service = CommunityEvents.class)
public class CommunityEvents extends DomainEvents {

    /** Events of the community, naming the topics it gives to {@code changed} (re-posted after missed changes). */
    public CommunityEvents() {
        super(CommunityTopics.MEMBERS_CHANGED, CommunityTopics.ACTIVITIES_CHANGED, CommunityTopics.EVENTS_CHANGED,
                CommunityTopics.SCORES_CHANGED);
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
