package org.rapport.community.internal;

import org.eclipse.core.runtime.ILog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.community.AmbassadorReason;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;

/**
 * Flags the member of a customer whose complaint was resolved with high satisfaction as an ambassador candidate: the
 * pipeline posts {@value #CASE_RESOLVED_SATISFIED} (subscribed to by its string, so the community does not depend on
 * the pipeline). A contact without a member gets one, named as the contacts know them and linked to them.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "="
        + AmbassadorCandidates.CASE_RESOLVED_SATISFIED)
public class AmbassadorCandidates implements EventHandler {

    /** {@code org.rapport.pipeline.PipelineTopics.CASE_RESOLVED_SATISFIED}. */
    static final String CASE_RESOLVED_SATISFIED = "org/rapport/pipeline/cases/RESOLVED_SATISFIED";
    /** Its property with the contact ({@code Long}). */
    static final String PERSON_ID = "personId";

    private final ILog log = ILog.of(AmbassadorCandidates.class);
    private final MemberService members;
    private volatile PersonLookup people;

    @Activate
    public AmbassadorCandidates(@Reference MemberService members) {
        this.members = members;
    }

    /** Binds the contacts' person lookup (the name of a new member). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setPersonLookup(PersonLookup lookup) {
        people = lookup;
    }

    /** Unbinds it. */
    public void unsetPersonLookup(PersonLookup lookup) {
        if (people == lookup) {
            people = null;
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(PERSON_ID) instanceof Long personId)) {
            return;
        }
        try {
            flag(personId);
        } catch (RuntimeException e) {
            log.error("Contact " + personId + " could not be flagged as an ambassador candidate", e);
        }
    }

    /** Flags the member of a contact, creating it if there is none; returns it. */
    public Member flag(long personId) {
        Member member = members.byPerson(personId).orElseGet(() -> {
            PersonLookup lookup = people;
            String name = lookup == null ? "" : lookup.person(personId).map(PersonRef::displayName).orElse("");
            Member created = members.save(Member.named(name.isBlank() ? "Contact #" + personId : name));
            return members.linkContact(created.id(), personId);
        });
        return members.flagAmbassador(member.id(), AmbassadorReason.SATISFIED_CASE);
    }
}
