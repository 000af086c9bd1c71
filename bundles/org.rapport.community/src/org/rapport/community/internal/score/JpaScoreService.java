package org.rapport.community.internal.score;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.community.Activity;
import org.rapport.community.AmbassadorReason;
import org.rapport.community.CommunityTopics;
import org.rapport.community.LevelChange;
import org.rapport.community.MemberScore;
import org.rapport.community.MemberService;
import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.RecomputeSummary;
import org.rapport.community.ScoreExplanation;
import org.rapport.community.ScoreService;
import org.rapport.community.ScoringRules;
import org.rapport.community.internal.ActivityListener;
import org.rapport.community.internal.CommunityEvents;
import org.rapport.community.internal.CommunityUnit;
import org.rapport.community.internal.model.MemberEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.rapport.persistence.access.Audited;

/**
 * The score service over the community unit, and the activity listener the community's services tell after each
 * commit. Score work is serialised by one lock: an update after new activity waits for nothing but another update, and
 * one that arrives while a full computation runs is done right after it (that computation read the tables before).
 */
@Component(service = { ScoreService.class, ActivityListener.class })
public class JpaScoreService implements ScoreService, ActivityListener {

    private final CommunityUnit unit;
    private final CommunityEvents events;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Runnable> afterFull = new ArrayList<>();
    private final Job rescoreJob;
    private volatile ComponentServiceObjects<MemberService> members;
    private volatile Map<String, java.time.Duration> lastPhases = Map.of();

    /** Used by DS. */
    @Activate
    public JpaScoreService(@Reference CommunityUnit unit, @Reference CommunityEvents events) {
        this(unit, events, Clock.systemUTC());
    }

    /** For tests: scores as of {@code clock}'s time. */
    JpaScoreService(CommunityUnit unit, CommunityEvents events, Clock clock) {
        this.unit = unit;
        this.events = events;
        this.clock = clock;
        this.rescoreJob = Job.create("Computing community scores", monitor -> {
            full(clock.instant());
        });
    }

    /**
     * Binds the member service that flags members reaching the top level as ambassadors. It is taken only when a member
     * is flagged: the member service reaches this service through the activity recorder, and getting it at bind time
     * would be a cycle that SCR reports at every start.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setMemberService(ComponentServiceObjects<MemberService> service) {
        members = service;
    }

    void unsetMemberService(ComponentServiceObjects<MemberService> service) {
        if (members == service) {
            members = null;
        }
    }

    @Override
    public Optional<MemberScore> score(long memberId) {
        return unit.read(em -> Optional.ofNullable(em.find(ScoreEntity.class, memberId)).map(ScoreEntity::toScore));
    }

    @Override
    public Map<Long, MemberScore> scores(Collection<Long> memberIds) {
        Map<Long, MemberScore> scores = new HashMap<>();
        if (memberIds.isEmpty()) {
            return scores;
        }
        unit.read(em -> em.createQuery("SELECT s FROM CommunityScore s WHERE s.memberId IN :ids", ScoreEntity.class)
                .setParameter("ids", List.copyOf(memberIds)).getResultList())
                .forEach(s -> scores.put(s.getMemberId(), s.toScore()));
        return scores;
    }

    @Override
    public List<MemberScore> ranked(OrbitLevel level, int offset, int limit) {
        return unit.read(em -> em.createQuery("SELECT s FROM CommunityScore s"
                + (level == null ? "" : " WHERE s.level = " + level.number())
                + " ORDER BY s.gravity DESC, s.love DESC, s.memberId", ScoreEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(ScoreEntity::toScore)
                .toList());
    }

    @Override
    public int[] membersPerLevel() {
        return unit.read(OrbitMonths::storedCounts);
    }

    @Override
    public Optional<ScoreExplanation> explain(long memberId) {
        Instant now = clock.instant();
        return unit.read(em -> {
            if (!MemberFacts.scored(em.find(MemberEntity.class, memberId))) {
                return Optional.empty();
            }
            ScoringRules rules = ScoreState.rules(em);
            MemberFacts.Weights weights = MemberFacts.Weights.read(em);
            List<ScoredActivity> own = MemberFacts.activities(em, memberId, weights);
            LevelReplay.Outcome outcome = new LevelReplay(rules).replay(memberId,
                    em.find(MemberEntity.class, memberId).getCreatedAt(), own, now, false, ReviewCalendar.monthOf(now), null);
            OrbitLevel level = outcome == null ? OrbitLevel.EXPLORER : outcome.level();
            MemberFacts.Connections connections = MemberFacts.connections(em, memberId, own, new Reach(rules), now);
            return Optional.of(new Explainer(rules).explain(memberId, level, own, weights.names(),
                    connections.reach(), connections.connections(), now));
        });
    }

    @Override
    public List<LevelChange> levelHistory(long memberId) {
        Instant now = clock.instant();
        return unit.read(em -> {
            MemberEntity member = em.find(MemberEntity.class, memberId);
            if (!MemberFacts.scored(member)) {
                return List.<LevelChange>of();
            }
            ScoringRules rules = ScoreState.rules(em);
            List<ScoredActivity> own = MemberFacts.activities(em, memberId, MemberFacts.Weights.read(em));
            LevelReplay.Outcome outcome = new LevelReplay(rules).replay(memberId, member.getCreatedAt(), own, now,
                    true, ReviewCalendar.monthOf(now), null);
            return outcome == null ? List.<LevelChange>of() : outcome.changes();
        });
    }

    @Override
    public List<OrbitSnapshot> orbit(int months) {
        YearMonth last = ReviewCalendar.monthOf(clock.instant());
        YearMonth first = last.minusMonths(Math.max(1, months) - 1L);
        Map<YearMonth, OrbitSnapshot> stored = new HashMap<>();
        unit.read(em -> em.createQuery("SELECT m FROM CommunityOrbitMonth m WHERE m.month BETWEEN :a AND :b",
                OrbitMonthEntity.class).setParameter("a", OrbitMonthEntity.key(first))
                .setParameter("b", OrbitMonthEntity.key(last)).getResultList())
                .forEach(m -> stored.put(m.month(), m.toSnapshot()));
        List<OrbitSnapshot> series = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            series.add(stored.getOrDefault(month, new OrbitSnapshot(month, 0, 0, 0, 0, 0, 0)));
        }
        return series;
    }

    @Override
    public RecomputeSummary rescore(Instant asOf) {
        return full(asOf);
    }

    @Override
    public RecomputeSummary review(Instant at) {
        return full(at);
    }

    @Override
    public Optional<RecomputeSummary> reviewIfDue() {
        Instant now = clock.instant();
        boolean due = unit.read(em -> {
            Instant last = ScoreState.lastFull(em);
            return last == null || new ReviewCalendar(ScoreState.rules(em)).lastAtOrBefore(now).isAfter(last);
        });
        return due ? Optional.of(review(now)) : Optional.empty();
    }

    @Override
    public Instant nextReview(Instant time) {
        return new ReviewCalendar(rules()).nextAfter(time);
    }

    @Override
    public ScoringRules rules() {
        return unit.read(ScoreState::rules);
    }

    @Override
    public RecomputeSummary setRules(ScoringRules rules) {
        unit.write(em -> {
            ScoreState.setRules(em, rules);
            return null;
        });
        return full(clock.instant());
    }

    /** Computes every score as of {@code asOf} in one transaction, then the updates that waited for it. */
    private RecomputeSummary full(Instant asOf) {
        lock.lock();
        FullRecompute.Written written;
        try {
            written = unit.write(em -> {
                ScoringRules rules = ScoreState.rules(em);
                try {
                    FullRecompute recompute = new FullRecompute(rules);
                    FullRecompute.Written done = recompute.run(em.unwrap(Connection.class), asOf,
                            Audited.currentUser(em));
                    ScoreState.setLastFull(em, asOf);
                    lastPhases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(recompute.phases));
                    return done;
                } catch (SQLException e) {
                    throw new PersistenceException("scores could not be computed: " + e.getMessage(), e);
                }
            });
            drainAfterFull();
        } finally {
            lock.unlock();
        }
        events.changed(CommunityTopics.SCORES_CHANGED, List.of(), List.of());
        flagAdvocates(written.newAdvocates());
        return written.summary();
    }

    /** How long each phase of the last full computation took (for the benchmark). */
    Map<String, java.time.Duration> lastPhases() {
        return lastPhases;
    }

    @Override
    public void activitiesAdded(List<Activity> activities) {
        update(em -> new IncrementalUpdate(em, ScoreState.rules(em), MemberFacts.Weights.read(em), clock.instant())
                .added(activities));
    }

    @Override
    public void membersChanged(Collection<Long> memberIds) {
        update(em -> new IncrementalUpdate(em, ScoreState.rules(em), MemberFacts.Weights.read(em), clock.instant())
                .recompute(memberIds));
    }

    /** After a bulk change: one job computes every score (changes while it waits fold into it). */
    @Override
    public void everythingChanged() {
        rescoreJob.schedule(); // a job already waiting stays the one; a running one is followed by one more
    }

    /** Runs an update now, or right after the full computation that holds the lock. */
    private void update(Function<EntityManager, IncrementalUpdate.Changes> work) {
        if (!lock.tryLock()) {
            synchronized (afterFull) {
                afterFull.add(() -> update(work));
            }
            if (!lock.isLocked()) { // the computation finished in between and may have missed it
                drainAfterFull();
            }
            return;
        }
        IncrementalUpdate.Changes changes;
        try {
            changes = unit.write(work);
        } finally {
            lock.unlock();
        }
        announce(changes);
    }

    private void drainAfterFull() {
        List<Runnable> waiting;
        synchronized (afterFull) {
            waiting = List.copyOf(afterFull);
            afterFull.clear();
        }
        waiting.forEach(Runnable::run);
    }

    private void announce(IncrementalUpdate.Changes changes) {
        if (changes.members().isEmpty()) {
            return;
        }
        events.changed(CommunityTopics.SCORES_CHANGED, changes.members(), List.of());
        flagAdvocates(changes.newAdvocates());
    }

    /** Members who reached the top level become ambassador candidates (unless flagged already, for any reason). */
    private void flagAdvocates(Collection<Long> advocates) {
        ComponentServiceObjects<MemberService> objects = members;
        if (objects == null || advocates.isEmpty()) {
            return;
        }
        MemberService service = objects.getService();
        if (service == null) {
            return;
        }
        try {
            for (long advocate : advocates) {
                service.member(advocate).filter(m -> m.ambassador() == null)
                        .ifPresent(m -> service.flagAmbassador(advocate, AmbassadorReason.TOP_LEVEL));
            }
        } finally {
            objects.ungetService(service);
        }
    }
}
