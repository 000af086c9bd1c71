package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.ActivityType;
import org.rapport.community.AmbassadorReason;
import org.rapport.community.Member;
import org.rapport.community.OrbitLevel;
import org.rapport.community.internal.score.ScoreServices;
import org.rapport.community.ScoreService;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * Scores follow the community's own services, wired as DS wires them: activities added through the activity service
 * update the member's score after the commit; the talk that reaches 100 points (13 talks of 8) makes the member an
 * advocate at once and an ambassador candidate; making the member staff takes the score away.
 */
class ScoresFollowTheServicesTest {

    private static final Instant NOW = Instant.parse("2026-03-20T00:00:00Z");

    @TempDir
    Path workspace;
    private StandaloneDatabase database;

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theTalkThatReachesTheTopLevelFlagsAnAmbassadorAndStaffLoseTheirScore() {
        database = TestDatabases.create(workspace);
        CommunityUnit unit = new CommunityUnit(database);
        CommunityEvents events = new CommunityEvents();
        ActivityRecorder recorder = new ActivityRecorder(events);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        JpaMemberService members = new JpaMemberService(unit, events, recorder, clock);
        ScoreService scores = ScoreServices.standalone(unit, events, clock, members);
        recorder.addListener((ActivityListener) scores);
        JpaMemberActivityService activities = new JpaMemberActivityService(unit, events, recorder);
        ActivityType talk = activities.type("talk").orElseThrow();

        Member ada = members.save(Member.named("Ada"));
        for (int day = 1; day <= 12; day++) {
            activities.add(Activity.manual(ada.id(), talk, Instant.parse("2026-03-%02dT18:00:00Z".formatted(day)),
                    "Talk " + day));
        }
        assertEquals(OrbitLevel.CONTRIBUTOR, scores.score(ada.id()).orElseThrow().level(), "96 points");
        assertEquals(null, members.member(ada.id()).orElseThrow().ambassador());

        activities.add(Activity.manual(ada.id(), talk, Instant.parse("2026-03-13T18:00:00Z"), "Talk 13"));

        assertEquals(OrbitLevel.ADVOCATE, scores.score(ada.id()).orElseThrow().level(), "104 points");
        assertEquals(AmbassadorReason.TOP_LEVEL, members.member(ada.id()).orElseThrow().ambassador());

        Member saved = members.member(ada.id()).orElseThrow();
        members.save(saved.withDetails(saved.displayName(), saved.organization(), saved.tags(), true));
        assertTrue(scores.score(ada.id()).isEmpty(), "staff have no score");
        assertEquals(0, java.util.Arrays.stream(scores.membersPerLevel()).sum());
    }
}
