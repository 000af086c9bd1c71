package org.rapport.pipeline.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.core.events.RapportTopics;
import org.rapport.pipeline.PipelineTopics;

/**
 * Tells the rest of Rapport what changed in the pipeline, on EventAdmin (asynchronously, after the commit), and the
 * in-bundle listeners (the reminder scheduler) synchronously.
 */
@Component(service = PipelineEvents.class)
public class PipelineEvents {

    /** Above this many people, no per-person timeline events are posted. */
    static final int PER_PERSON_LIMIT = 100;

    private volatile EventAdmin eventAdmin;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setEventAdmin(EventAdmin admin) {
        eventAdmin = admin;
    }

    public void unsetEventAdmin(EventAdmin admin) {
        if (eventAdmin == admin) {
            eventAdmin = null;
        }
    }

    /** Adds an in-bundle listener told every event, synchronously; must return quickly. */
    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /** Records of a kind changed; posts the topic with their ids and the timeline topic per person. */
    void changed(String topic, Collection<Long> ids, Collection<Long> personIds) {
        Map<String, Object> properties = new HashMap<>();
        if (!ids.isEmpty()) {
            properties.put(PipelineTopics.IDS, ids.stream().mapToLong(Long::longValue).toArray());
        }
        post(new Event(topic, properties));
        List<Long> people = personIds.stream().filter(Objects::nonNull).distinct().toList();
        if (people.size() <= PER_PERSON_LIMIT) {
            for (long person : people) {
                post(new Event(RapportTopics.TIMELINE_CHANGED, Map.of(RapportTopics.PERSON_ID, person)));
            }
        }
    }

    /** Posts one event. */
    void post(Event event) {
        listeners.forEach(listener -> listener.accept(event));
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(event);
        }
    }
}
