package org.rapport.feed.internal.polling;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rapport.feed.internal.FeedUnit;

/**
 * Which sources are due, and when the next one is, from their recorded {@code NEXT_POLL}; and the claim that makes
 * one process of a team the only one to poll a due source. Every Rapport on a shared server runs its own schedule over
 * the same sources: without the claim each would fetch each source when it falls due (wasted requests, rate limits
 * of Mastodon and Bluesky, the same posts stored twice over). A claim moves the source's next poll a lease ahead in
 * one conditional update that only one process can win; the poll then records the real next poll. When the claimer
 * dies mid-poll, the lease runs out and the next schedule claims the source again.
 */
final class SourceSchedule {

    /**
     * How long a claim keeps the others off a source: longer than a poll may take (the fetch's time-out, then
     * storing), short enough that a claimer's crash delays the source by minutes only.
     */
    static final Duration LEASE = JpaSourceService.FETCH_TIMEOUT.multipliedBy(2).plusMinutes(1);

    private final FeedUnit unit;
    private final Duration lease;
    private final String claimer;

    /** The schedule of this process: it claims with {@link #LEASE} as {@code pid@host}. */
    SourceSchedule(FeedUnit unit) {
        this(unit, LEASE, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** With the lease and the claimer's name a test sets. */
    SourceSchedule(FeedUnit unit, Duration lease, String claimer) {
        this.unit = unit;
        this.lease = lease;
        this.claimer = claimer.length() <= 200 ? claimer : claimer.substring(0, 200);
    }

    /** The ids of the sources due at {@code now} (not paused, next poll reached), earliest first. */
    List<Long> due(Instant now) {
        return unit.read(em -> em.createQuery("SELECT s.id FROM FeedSourceRow s WHERE s.paused = FALSE"
                + " AND (s.nextPoll IS NULL OR s.nextPoll <= :now) ORDER BY s.nextPoll", Long.class)
                .setParameter("now", now).getResultList());
    }

    /**
     * Claims a due source for this process: whether it is still due at {@code now} and no other process claimed it
     * first. Only a claimed source may be polled by the schedule; the claim ends with the poll's record of the next
     * poll, or with the lease.
     */
    boolean claim(long id, Instant now) {
        // the version moves too: an edit read before the claim must not write the old next poll back over it
        int claimed = unit.write(em -> em.createQuery("UPDATE FeedSourceRow s SET s.nextPoll = :until,"
                + " s.claimedBy = :claimer, s.version = s.version + 1 WHERE s.id = :id AND s.paused = FALSE"
                + " AND (s.nextPoll IS NULL OR s.nextPoll <= :now)").setParameter("until", now.plus(lease))
                .setParameter("claimer", claimer).setParameter("id", id).setParameter("now", now).executeUpdate());
        return claimed == 1;
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
