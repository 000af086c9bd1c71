package org.rapport.persistence.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.core.events.RapportTopics;

/**
 * Tells the rest of Rapport what a domain changed, after the change was committed: the domain's own topic on
 * EventAdmin (asynchronously) with the changed ids, and {@link RapportTopics#TIMELINE_CHANGED} for each person whose
 * history changed. In-bundle listeners (a search index, a reminder scheduler) are told every event synchronously,
 * before EventAdmin delivers it.
 * <p>
 * In team mode, {@link #changed} also tells the other processes on the database through the {@link ChangeBroadcast};
 * they re-post the change on their EventAdmin with {@link #REMOTE} set, so their views refresh. Events given to
 * {@link #post} stay in this process: they report something that happened once (a deal won, a reminder due) and the
 * process that made it happen acts on it (a bonus given in every process would be given twice).
 * <p>
 * Events of other processes, and the bulk changes posted after the connection to them was lost for a while (see
 * {@link ChangeBroadcast#registerTopics}), arrive on EventAdmin only, never at the in-bundle listeners: a listener that
 * must follow them too (a search index) subscribes on EventAdmin to its topic with {@code (rapport.remote=true)}.
 * <p>
 * A domain makes one DS component of it that names its change topics and binds EventAdmin and the broadcast optionally
 * and dynamically:
 *
 * <pre>
 * &#64;Component(service = ContactEvents.class)
 * public class ContactEvents extends DomainEvents {
 *     public ContactEvents() { super(ContactTopics.CHANGED); }
 *     &#64;Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
 *     public void setEventAdmin(EventAdmin admin) { super.setEventAdmin(admin); }
 *     public void unsetEventAdmin(EventAdmin admin) { super.unsetEventAdmin(admin); }
 *     &#64;Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
 *     public void setChangeBroadcast(ChangeBroadcast b) { super.setChangeBroadcast(b); }
 *     public void unsetChangeBroadcast(ChangeBroadcast b) { super.unsetChangeBroadcast(b); }
 * }
 * </pre>
 */
public class DomainEvents {

    /**
     * The event property with the changed records' ids ({@code long[]}); absent for a bulk change, on which a view reads
     * everything again (also posted, marked {@link #REMOTE}, after changes of other processes may have been missed).
     */
    public static final String IDS = "ids";

    /**
     * The event property set ({@code Boolean.TRUE}) on events re-posted from a change that another process committed
     * (team mode); absent on local events. A handler that writes data in reaction to an event (rather than showing it)
     * should ignore remote events, e.g. with {@code event.filter=(!(rapport.remote=true))}: the process that made the
     * change reacts to it already.
     */
    public static final String REMOTE = "rapport.remote";

    /** Above this many people, one change posts no per-person timeline events (a bulk change). */
    public static final int PER_PERSON_LIMIT = 100;

    private volatile EventAdmin eventAdmin;
    private volatile ChangeBroadcast broadcast;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> topics;

    /** Events of a domain that names no change topics: after missed changes of other processes nothing is re-posted. */
    public DomainEvents() {
        this(new String[0]);
    }

    /**
     * Events of a domain.
     *
     * @param topics the topics the domain gives to {@link #changed}: after changes of other processes may have been
     *               missed, each is posted as a bulk change (see {@link ChangeBroadcast#registerTopics})
     */
    protected DomainEvents(String... topics) {
        this.topics = List.of(topics);
    }

    /** Binds the EventAdmin that events are posted on. */
    public void setEventAdmin(EventAdmin admin) {
        eventAdmin = admin;
    }

    /** Unbinds it; events are then only told to the in-bundle listeners. */
    public void unsetEventAdmin(EventAdmin admin) {
        if (eventAdmin == admin) {
            eventAdmin = null;
        }
    }

    /**
     * Binds the broadcast that tells other processes on the database about changes (team mode), and names this
     * domain's topics to it.
     */
    public void setChangeBroadcast(ChangeBroadcast changeBroadcast) {
        broadcast = changeBroadcast;
        if (!topics.isEmpty()) {
            changeBroadcast.registerTopics(topics);
        }
    }

    /** Unbinds it; changes are then only told in this process. */
    public void unsetChangeBroadcast(ChangeBroadcast changeBroadcast) {
        if (broadcast == changeBroadcast) {
            broadcast = null;
        }
    }

    /** Adds an in-bundle listener told every event synchronously, on the committing thread; it must return quickly. */
    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added before. */
    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /**
     * Records changed (call after the commit): posts {@code topic} with their ids under {@link #IDS} (no ids for a bulk
     * change of records not worth listing, or more than {@link #PER_PERSON_LIMIT}), and the timeline topic for each of
     * the people concerned when they are at most {@link #PER_PERSON_LIMIT}. In-bundle listeners get every id, however
     * many: a search index re-reads just those records rather than comparing all of them. Then the
     * {@link ChangeBroadcast}, if bound, tells the other processes on the database the same (a {@link CommittedChange}).
     */
    public void changed(String topic, Collection<Long> ids, Collection<Long> personIds) {
        Map<String, Object> properties = new HashMap<>();
        if (!ids.isEmpty()) {
            properties.put(IDS, ids.stream().mapToLong(Long::longValue).toArray());
        }
        Event everyId = new Event(topic, properties);
        listeners.forEach(listener -> listener.accept(everyId));
        postToEventAdmin(ids.size() <= PER_PERSON_LIMIT ? everyId : new Event(topic, Map.of()));
        List<Long> people = personIds.stream().filter(Objects::nonNull).distinct().toList();
        if (people.size() <= PER_PERSON_LIMIT) {
            for (long person : people) {
                post(new Event(RapportTopics.TIMELINE_CHANGED, Map.of(RapportTopics.PERSON_ID, person)));
            }
        }
        broadcast(topic, ids, people);
    }

    /**
     * Tells the other processes on the database (through the {@link ChangeBroadcast}, if bound) of a change this
     * process has already posted in a shape of the domain's own, e.g. with more properties than {@link #changed} gives:
     * they receive {@code topic} with {@link #IDS} and the timeline topic for the people, as {@link #changed} posts them.
     * Only for changes of stored state, never for one-off happenings (another process would act on them again).
     *
     * @param ids       the ids concerned (none, or more than {@link #PER_PERSON_LIMIT}: a bulk change)
     * @param personIds the people whose timelines changed
     * @since 2.1.0
     */
    protected void broadcast(String topic, Collection<Long> ids, Collection<Long> personIds) {
        ChangeBroadcast others = broadcast;
        if (others != null) {
            List<Long> people = personIds.stream().filter(Objects::nonNull).distinct().toList();
            others.committed(new CommittedChange(topic, ids.size() <= PER_PERSON_LIMIT ? List.copyOf(ids) : List.of(),
                    people.size() <= PER_PERSON_LIMIT ? people : List.of()));
        }
    }

    /** Posts one event: the in-bundle listeners first, then EventAdmin. */
    public void post(Event event) {
        listeners.forEach(listener -> listener.accept(event));
        postToEventAdmin(event);
    }

    private void postToEventAdmin(Event event) {
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(event);
        }
    }

    /** The ids in an event posted by {@link #changed}, or an empty array for a bulk change. */
    public static long[] ids(Event event) {
        Object ids = event.getProperty(IDS);
        return ids instanceof long[] array ? array : new long[0];
    }
}
