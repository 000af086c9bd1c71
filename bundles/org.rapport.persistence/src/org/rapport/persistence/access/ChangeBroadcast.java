package org.rapport.persistence.access;

import java.util.Collection;

/**
 * Tells the other Rapport processes on the same database what this one committed, so that their open views refresh as
 * for a change of their own. In team mode (a PostgreSQL server) the persistence bundle's implementation sends one
 * {@code NOTIFY rapport} per change and re-posts the changes of other processes on their EventAdmin, marked
 * {@link DomainEvents#REMOTE}; on embedded Derby it does nothing (no other process can open the database).
 * <p>
 * {@link DomainEvents#changed} calls it after the local events; a domain's {@link DomainEvents} component binds the
 * service optionally and dynamically, as it binds EventAdmin. Implementations return at once (the message is sent on
 * a thread of their own) and never throw: a colleague's view missing one refresh must not fail a save.
 */
public interface ChangeBroadcast {

    /** Announces a committed change to the other processes on the database. */
    void committed(CommittedChange change);

    /**
     * Names a domain's change topics (those it gives to {@link DomainEvents#changed}). When the broadcast could not
     * hear the other processes for a while (the connection to the server was lost and is back), changes may have been
     * missed: it then posts each of these topics as a bulk change (no {@link DomainEvents#IDS}, marked
     * {@link DomainEvents#REMOTE}), on which views and indexes read everything again. {@link DomainEvents} calls it when
     * the broadcast is bound. The default does nothing: a broadcast that never misses changes has nothing to repair.
     */
    default void registerTopics(Collection<String> topics) {
    }
}
