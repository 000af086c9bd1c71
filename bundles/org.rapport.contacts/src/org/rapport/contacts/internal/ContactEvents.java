package org.rapport.contacts.internal;

import java.util.Collection;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.ContactTopics;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.DomainEvents;

/**
 * Tells the rest of Rapport that people changed: {@link ContactTopics#CHANGED} for lists, the timeline topic per
 * person; the search index listens in the bundle.
 */
@Component(service = ContactEvents.class)
public class ContactEvents extends DomainEvents {

    /** Events of the contacts, whose lists follow {@link ContactTopics#CHANGED}. */
    public ContactEvents() {
        super(ContactTopics.CHANGED);
    }

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

    /** People changed (call after the commit); {@code ids} empty for a bulk change of unknown people (an import). */
    public void peopleChanged(Collection<Long> ids) {
        changed(ContactTopics.CHANGED, ids, ids);
    }
}
