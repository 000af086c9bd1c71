package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.community.EventService;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.events.EventsView;
import org.rapport.community.ui.internal.members.MembersView;
import org.rapport.community.ui.internal.orbit.OrbitView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** What a community manager finds on a new workspace: the demo community in the perspective. */
@ExtendWith(ScreenshotOnFailure.class)
class DemoCommunityTest {

    @Test
    void theDemoCommunityFillsTheMembersEveryLevelTheChartAndTheEvents() throws Exception {
        CommunityDriver.waitForDemoData();
        MemberService members = CommunityDriver.service(MemberService.class);
        int all = members.count(MemberQuery.ALL);
        assertTrue(all > 0, "the demo data has members");
        int[] perLevel = CommunityDriver.service(ScoreService.class).membersPerLevel();
        assertTrue(Arrays.stream(perLevel).allMatch(n -> n > 0), "every level has members: " + Arrays.toString(perLevel));

        MembersView list = CommunityDriver.communityView(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        list.filter("", 0, null);
        UiTestSupport.spinUntil(() -> !list.isReading() && list.table().rowCount() == members.count(MemberQuery.ALL),
                () -> "every member is listed: " + list.status());

        OrbitView orbit = CommunityDriver.view(CommunityUi.ORBIT_VIEW_ID, OrbitView.class);
        UiTestSupport.spinUntil(() -> !orbit.isReading() && !orbit.months().isEmpty(), () -> "the chart is read");
        assertTrue(orbit.months().stream().filter(m -> m.members() > 0).count() >= 3,
                "the demo activity spans months: " + orbit.status());

        int events = CommunityDriver.service(EventService.class).events(0, 100).size();
        assertTrue(events > 0, "the demo data has events");
        EventsView view = CommunityDriver.view(CommunityUi.EVENTS_VIEW_ID, EventsView.class);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.eventTable().rowCount() >= events,
                () -> "the events are listed");
        assertEquals(events, Math.min(events, view.eventTable().rowCount()));
        CommunityDriver.screenshot("community-demo.png");
    }
}
