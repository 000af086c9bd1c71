package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.rapport.community.AmbassadorReason;
import org.rapport.community.CommunityTopics;
import org.rapport.community.Member;
import org.rapport.core.events.RapportTopics;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;

/** A satisfied customer becomes an ambassador candidate, and a linked contact's timeline shows the community side. */
class AmbassadorAndTimelineTest {

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
    void aSatisfiedCaseFlagsTheContactsMemberCreatingItIfNeeded() {
        test.contacts.add(42, "Hedy Lamarr");
        AmbassadorCandidates candidates = new AmbassadorCandidates(test.parts.members);
        candidates.setPersonLookup(test.contacts);
        candidates.handleEvent(new Event("org/rapport/pipeline/cases/RESOLVED_SATISFIED",
                Map.of("caseId", 5L, "personId", 42L, "satisfaction", 5, "status", "RESOLVED")));
        Member hedy = test.parts.members.byPerson(42).orElseThrow();
        assertEquals("Hedy Lamarr", hedy.displayName());
        assertEquals(AmbassadorReason.SATISFIED_CASE, hedy.ambassador());
        List<Event> flagged = test.posted(CommunityTopics.AMBASSADOR_FLAGGED);
        assertEquals(1, flagged.size());
        assertEquals(42L, flagged.get(0).getProperty(CommunityTopics.PERSON_ID));

        Member ada = test.member("Ada", "github:ada");
        test.parts.members.linkContact(ada.id(), 7);
        candidates.handleEvent(new Event(AmbassadorCandidates.CASE_RESOLVED_SATISFIED, Map.of("personId", 7L)));
        assertEquals(ada.id(), test.parts.members.byPerson(7).orElseThrow().id(), "the existing member is flagged");
        assertEquals(AmbassadorReason.SATISFIED_CASE, test.parts.members.member(ada.id()).orElseThrow().ambassador());
    }

    @Test
    void aLinkedContactsTimelineHasTheirCommunityActivityAndTheAmbassadorFlag() {
        Member ada = test.member("Ada", "github:ada");
        test.parts.members.linkContact(ada.id(), 7);
        test.activity(ada.id(), "talk", "2026-11-04T18:00:00Z");
        test.activity(ada.id(), "reply", "2026-11-05T18:00:00Z");
        test.parts.members.flagAmbassador(ada.id(), AmbassadorReason.MANUAL);
        List<TimelineEntry> entries = new CommunityTimeline(test.parts.unit).entries(TimelineQuery.latest(7));
        assertEquals(List.of("community-ambassador", "community-reply", "community-talk"),
                entries.stream().map(TimelineEntry::kind).toList());
        assertEquals("Gave a talk", entries.get(2).title());
        assertTrue(new CommunityTimeline(test.parts.unit).entries(TimelineQuery.latest(8)).isEmpty());
        CommunityTimeline withLevels = new CommunityTimeline(test.parts.unit);
        withLevels.setScoreService(test.parts.scores);
        assertTrue(withLevels.entries(TimelineQuery.latest(7)).stream().anyMatch(e -> e.kind().equals("community-level")
                && e.title().equals("Community level 4 (Explorers)")), "the level the talk and the reply gave");
        assertTrue(test.posted(RapportTopics.TIMELINE_CHANGED).stream()
                .anyMatch(e -> Long.valueOf(7).equals(e.getProperty("personId"))), "the timeline is told");
    }
}
