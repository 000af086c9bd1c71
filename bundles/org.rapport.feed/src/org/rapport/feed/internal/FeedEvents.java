package org.rapport.feed.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.rapport.feed.FeedTopics;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.DomainEvents;

/** Tells the rest of Rapport what changed in the feed ({@code FeedTopics}), after the commit. */
@Component(service = FeedEvents.class)
public class FeedEvents extends DomainEvents {

    /** Events of the feed, naming the topics it gives to {@code changed} (re-posted after missed changes). */
    public FeedEvents() {
        super(FeedTopics.POSTS_CHANGED, FeedTopics.SOURCES_CHANGED, FeedTopics.WATCHES_CHANGED);
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
