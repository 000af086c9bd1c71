package org.rapport.contacts.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.contacts.internal.model.ContactEventEntity;
import org.rapport.core.ObjectLink;
import org.rapport.core.timeline.TimelineContributor;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;

/** Puts a person's contact events (created, edited, imported, merged, unmerged) into their timeline. */
@Component(service = TimelineContributor.class)
public class ContactsTimeline implements TimelineContributor {

    static final String BUNDLE = "org.rapport.contacts";
    /** The link type of a person, for {@link ObjectLink}. */
    public static final String PERSON_LINK_TYPE = "contacts.person";

    private final ContactsUnit unit;

    @Activate
    public ContactsTimeline(@Reference ContactsUnit unit) {
        this.unit = unit;
    }

    @Override
    public String sourceName() {
        return "Contacts";
    }

    @Override
    public List<TimelineEntry> entries(TimelineQuery query) {
        List<ContactEventEntity> events = unit.read(em -> em.createQuery("SELECT e FROM ContactEvent e WHERE e.personId = :person"
                + " ORDER BY e.happenedAt DESC, e.id DESC", ContactEventEntity.class)
                .setParameter("person", query.personId()).setMaxResults(query.limit()).getResultList());
        ObjectLink person = new ObjectLink(PERSON_LINK_TYPE, Long.toString(query.personId()));
        return events.stream().map(e -> new TimelineEntry(e.getHappenedAt(), e.getKind(), e.getTitle(), e.getDetail(),
                BUNDLE, person)).toList();
    }
}
