package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.ActivityQuery;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreExplanation;

/** The demo community: linked to the demo contacts, every level populated, a downgrade waiting for the review. */
class DemoDataTest {

    @TempDir
    Path workspace;
    private TestCommunity test;

    @BeforeEach
    void open() {
        test = new TestCommunity(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void everyLevelHasMembersAndAFormerAdvocateWaitsForTheReview() {
        test.contacts.add(1, "Anna Demo");
        test.contacts.add(2, "Bo Demo");
        test.contacts.add(3, "Carla Demo");
        Instant now = Instant.now();
        CommunityDemoData provider = new CommunityDemoData(test.parts.unit, test.parts.events, test.parts.recorder);
        assertTrue(provider.isEmpty());
        new DemoCommunity(test.parts.unit, test.parts.events, test.parts.recorder, test.contacts,
                Clock.systemUTC()).load(SubMonitor.convert(null));
        assertTrue(!provider.isEmpty());
        assertEquals(3, test.parts.members.count(new MemberQuery("", "", null, false, true, null)),
                "each demo contact has a member");
        assertEquals(2, test.parts.members.count(new MemberQuery("", "", true, false, null, null)), "two staff");
        int activities = test.parts.activities.count(ActivityQuery.ALL);
        assertTrue(activities >= 300 && activities <= 1_000, "a few hundred activities: " + activities);
        assertEquals(5, test.parts.communityEvents.events(0, 10).size());

        test.parts.scores.rescore(now);
        int[] perLevel = test.parts.scores.membersPerLevel();
        for (OrbitLevel level : OrbitLevel.values()) {
            assertTrue(perLevel[level.ordinal()] > 0, level + " has members: " + java.util.Arrays.toString(perLevel));
        }
        Member morgan = test.parts.members.members(MemberQuery.ALL.withText("morgan"), 0, 1).get(0);
        ScoreExplanation why = test.parts.scores.explain(morgan.id()).orElseThrow();
        assertEquals(OrbitLevel.ADVOCATE, why.level(), why.toString());
        assertTrue(why.downgradePending(), why.toString());
        assertTrue(test.parts.members.duplicates(20).stream().anyMatch(d -> d.first().displayName().equals("Sam Rivera")
                && d.reasons().contains("same handle samrivera on github and discourse")));
    }
}
