package org.rapport.contacts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.contacts.ContactTopics;
import org.rapport.core.events.RapportTopics;

/** Tells the rest of Rapport that people changed: the contacts topic for lists, the timeline topic per person. */
@Component(service = ContactEvents.class)
public class ContactEvents {

    /** Above this many people, one bulk event replaces the per-person timeline events. */
    static final int PER_PERSON_LIMIT = 100;

    private volatile EventAdmin eventAdmin;

    /** In-bundle listeners (the search index), told synchronously after each commit, before the EventAdmin events. */
    private final List<Consumer<List<Long>>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener told the ids after every change ({@code ids} empty for a bulk change); must return quickly. */
    void addListener(Consumer<List<Long>> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<List<Long>> listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (eventAdmin == admin) {
            eventAdmin = null;
        }
    }

    /** People changed; {@code ids} empty for a bulk change of unknown people (an import). */
    void changed(Collection<Long> ids) {
        List<Long> copy = List.copyOf(ids);
        listeners.forEach(listener -> listener.accept(copy));
        EventAdmin admin = eventAdmin;
        if (admin == null) {
            return;
        }
        if (ids.isEmpty() || ids.size() > PER_PERSON_LIMIT) {
            admin.postEvent(new Event(ContactTopics.CHANGED, Map.of()));
            return;
        }
        admin.postEvent(new Event(ContactTopics.CHANGED,
                Map.of(ContactTopics.IDS, ids.stream().mapToLong(Long::longValue).toArray())));
        for (long id : ids) {
            admin.postEvent(new Event(RapportTopics.TIMELINE_CHANGED, Map.of(RapportTopics.PERSON_ID, id)));
        }
    }
}
