package org.rapport.persistence.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.core.events.RapportTopics;
import org.rapport.persistence.DatabaseService;
import org.rapport.persistence.access.ChangeBroadcast;
import org.rapport.persistence.access.CommittedChange;
import org.rapport.persistence.access.DomainEvents;

/**
 * Team mode's live refresh: a change committed in one Rapport process shows in the open views of every other process
 * on the same PostgreSQL database within moments, without polling tables. This process's changes go out as
 * {@code NOTIFY rapport} ({@link ChangeNotifier}); the other processes' come in through {@code LISTEN rapport}
 * ({@link ChangeListener}) and are re-posted on EventAdmin with the same topic, {@link DomainEvents#IDS} and the
 * per-person {@link RapportTopics#TIMELINE_CHANGED} events, plus {@link DomainEvents#REMOTE}, after the shared caches
 * of this process's open units were emptied (so a view that reads again sees the committed data).
 * <p>
 * Notifications sent while this process's listening connection was down are lost. When it listens again, the bridge
 * posts every domain topic it knows (registered by the domains, see {@link #registerTopics}, or seen in a change) as a
 * bulk change without ids, and {@link RapportTopics#TIMELINE_CHANGED} without a person, all marked remote: the
 * convention on which views and the contacts index read everything again. On embedded Derby both halves do nothing.
 */
@Component(service = ChangeBroadcast.class, immediate = true)
public class TeamChangeBridge implements ChangeBroadcast {

    private final ChangeNotifier notifier;
    private final ChangeListener listener;
    private final Runnable evictCaches;
    private final EventAdmin events;
    /** Every domain topic to re-post after missed changes. */
    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    /** Used by DS: the workspace's database service and this runtime's EventAdmin. */
    @Activate
    public TeamChangeBridge(@Reference DatabaseService database, @Reference EventAdmin events) {
        this(jdbcOf(database), evictorOf(database), events);
    }

    /**
     * A bridge on a database, without DS (tests).
     *
     * @param jdbc        the database, asked for on first use
     * @param evictCaches empties the shared caches of the open units, before a remote change is re-posted
     */
    TeamChangeBridge(Supplier<JdbcAccess> jdbc, Runnable evictCaches, EventAdmin events) {
        this.evictCaches = evictCaches;
        this.events = events;
        this.notifier = new ChangeNotifier(ChangeNotifier.newOrigin(), jdbc);
        this.listener = new ChangeListener(jdbc, notifier.origin(), this::repost, this::changesMissed);
        notifier.warmUp();
    }

    private static Supplier<JdbcAccess> jdbcOf(DatabaseService database) {
        if (database instanceof RapportDatabaseService ours) {
            return ours::jdbc;
        }
        throw new IllegalStateException("Live changes need Rapport's own database service, not " + database);
    }

    private static Runnable evictorOf(DatabaseService database) {
        return ((RapportDatabaseService) database)::evictSharedCaches;
    }

    @Override
    public void committed(CommittedChange change) {
        topics.add(change.topic());
        notifier.committed(change);
    }

    @Override
    public void registerTopics(Collection<String> domainTopics) {
        topics.addAll(domainTopics);
    }

    /** Whether changes of other processes are being received now. */
    boolean isListening() {
        return listener.isListening();
    }

    private void repost(ChangeMessage message) {
        CommittedChange change = message.change();
        topics.add(change.topic());
        evictCaches.run();
        Map<String, Object> properties = new HashMap<>();
        properties.put(DomainEvents.REMOTE, Boolean.TRUE);
        if (!change.isBulk()) {
            properties.put(DomainEvents.IDS, change.ids().stream().mapToLong(Long::longValue).toArray());
        }
        events.postEvent(new Event(change.topic(), properties));
        for (long person : change.personIds()) {
            events.postEvent(new Event(RapportTopics.TIMELINE_CHANGED,
                    Map.of(RapportTopics.PERSON_ID, person, DomainEvents.REMOTE, Boolean.TRUE)));
        }
    }

    /** Listening again after a lost connection: what other processes committed meanwhile was not heard. */
    private void changesMissed() {
        evictCaches.run();
        Map<String, Object> remote = Map.of(DomainEvents.REMOTE, Boolean.TRUE);
        for (String topic : topics) {
            events.postEvent(new Event(topic, remote));
        }
        events.postEvent(new Event(RapportTopics.TIMELINE_CHANGED, remote));
    }

    /** Stops listening and sending. */
    @Deactivate
    public void close() {
        listener.close();
        notifier.close();
    }
}
