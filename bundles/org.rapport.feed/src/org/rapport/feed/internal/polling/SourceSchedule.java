package org.rapport.feed.internal.polling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rapport.feed.internal.FeedUnit;

/** Which sources are due, and when the next one is, from their recorded {@code NEXT_POLL}. */
final class SourceSchedule {

    private final FeedUnit unit;

    SourceSchedule(FeedUnit unit) {
        this.unit = unit;
    }

    /** The ids of the sources due at {@code now} (not paused, next poll reached), earliest first. */
    List<Long> due(Instant now) {
        return unit.read(em -> em.createQuery("SELECT s.id FROM FeedSourceRow s WHERE s.paused = FALSE"
                + " AND (s.nextPoll IS NULL OR s.nextPoll <= :now) ORDER BY s.nextPoll", Long.class)
                .setParameter("now", now).getResultList());
    }

    /** When the next source that is not paused falls due, if any. */
    Optional<Instant> nextDue() {
        Object earliest = unit.read(em -> em.createQuery(
                "SELECT MIN(s.nextPoll) FROM FeedSourceRow s WHERE s.paused = FALSE").getSingleResult());
        // EclipseLink hands an aggregate of an Instant column back either converted or as the JDBC timestamp
        return Optional.ofNullable(earliest == null ? null
                : earliest instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) earliest);
    }
}
