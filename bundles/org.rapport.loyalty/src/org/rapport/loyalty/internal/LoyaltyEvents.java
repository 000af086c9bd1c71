package org.rapport.loyalty.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.DomainEvents;

/** Tells the rest of Rapport what changed in loyalty ({@link LoyaltyTopics}), after the commit. */
@Component(service = LoyaltyEvents.class)
public class LoyaltyEvents extends DomainEvents {

    /** Events of loyalty, naming the topics it gives to {@code changed} (re-posted after missed changes). */
    public LoyaltyEvents() {
        super(LoyaltyTopics.PROGRAMS_CHANGED, LoyaltyTopics.MEMBERS_CHANGED, LoyaltyTopics.LEDGER_CHANGED);
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

    /** Programs (or their tiers and rewards) changed. */
    public void programsChanged(long programId) {
        changed(LoyaltyTopics.PROGRAMS_CHANGED, List.of(programId), List.of());
    }

    /** Members of a program changed; {@code personIds} empty for a bulk change. Other Rapports on the server too. */
    public void membersChanged(long programId, Collection<Long> personIds) {
        post(withProgram(LoyaltyTopics.MEMBERS_CHANGED, programId, personIds));
        broadcast(LoyaltyTopics.MEMBERS_CHANGED, personIds, List.of());
    }

    /**
     * Ledgers of a program's members changed; {@code personIds} empty for a bulk change (no timeline events then).
     * Other Rapports on the same server get it too (without the program: their views refresh the people concerned).
     */
    public void ledgerChanged(long programId, Collection<Long> personIds) {
        post(withProgram(LoyaltyTopics.LEDGER_CHANGED, programId, personIds));
        broadcast(LoyaltyTopics.LEDGER_CHANGED, personIds, personIds);
        if (personIds.size() <= PER_PERSON_LIMIT) {
            for (long person : personIds) {
                post(new Event(org.rapport.core.events.RapportTopics.TIMELINE_CHANGED,
                        Map.of(org.rapport.core.events.RapportTopics.PERSON_ID, person)));
            }
        }
    }

    /** A member's tier changed: a happening, told in this process only (its timeline entry is recorded once, here). */
    public void tierChanged(long programId, long personId, String from, String to) {
        post(new Event(LoyaltyTopics.TIER_CHANGED, Map.of(LoyaltyTopics.PROGRAM_ID, programId,
                LoyaltyTopics.PERSON_ID, personId, LoyaltyTopics.FROM, from, LoyaltyTopics.TO, to)));
    }

    private static Event withProgram(String topic, long programId, Collection<Long> personIds) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(LoyaltyTopics.PROGRAM_ID, programId);
        if (!personIds.isEmpty() && personIds.size() <= PER_PERSON_LIMIT) {
            properties.put(LoyaltyTopics.IDS, personIds.stream().mapToLong(Long::longValue).toArray());
        }
        return new Event(topic, properties);
    }
}
