package org.rapport.persistence.access;

import java.util.List;
import java.util.Objects;

/**
 * One committed change as other processes on the same database learn of it: the domain's EventAdmin topic, the changed
 * records' ids and the people whose history changed. This is the whole content of a change notification (team mode on
 * PostgreSQL: see {@link ChangeBroadcast}); a later journal for offline work can keep the same record.
 * <p>
 * Semantics match the local events of {@link DomainEvents#changed}: empty {@code ids} is a bulk change (no
 * {@link DomainEvents#IDS} property: a view re-reads everything); empty {@code personIds} means no per-person timeline
 * events (none concerned, or more than {@link DomainEvents#PER_PERSON_LIMIT}).
 *
 * @param topic     the domain's topic, e.g. {@code org/rapport/pipeline/opportunities/CHANGED}
 * @param ids       the changed records' ids, at most {@link DomainEvents#PER_PERSON_LIMIT}; empty for a bulk change
 * @param personIds the people whose timeline changed, at most {@link DomainEvents#PER_PERSON_LIMIT}, no duplicates
 */
public record CommittedChange(String topic, List<Long> ids, List<Long> personIds) {

    /** Copies the lists so the record stays immutable. */
    public CommittedChange {
        Objects.requireNonNull(topic, "topic");
        ids = List.copyOf(ids);
        personIds = List.copyOf(personIds);
    }

    /** Whether this is a bulk change, without ids. */
    public boolean isBulk() {
        return ids.isEmpty();
    }
}
