package org.rapport.community.internal;

import org.rapport.community.internal.score.JpaScoreService;
import org.rapport.persistence.DatabaseService;

/**
 * The community's services wired as Declarative Services wires them in the product (without EventAdmin, the person
 * lookup and the feed), for {@code StandaloneCommunity}, tests and benchmarks.
 */
public final class CommunityParts {

    public final CommunityUnit unit;
    public final CommunityEvents events;
    public final ActivityRecorder recorder;
    public final JpaMemberService members;
    public final JpaMemberActivityService activities;
    public final JpaEventService communityEvents;
    public final JpaScoreService scores;

    /** The parts over a database; the score engine listens to the activities. */
    public CommunityParts(DatabaseService database) {
        unit = new CommunityUnit(database);
        events = new CommunityEvents();
        recorder = new ActivityRecorder(events);
        members = new JpaMemberService(unit, events, recorder);
        activities = new JpaMemberActivityService(unit, events, recorder);
        communityEvents = new JpaEventService(unit, events, recorder);
        scores = new JpaScoreService(unit, events);
        recorder.addListener(scores);
    }
}
