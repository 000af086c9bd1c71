package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.contact.ContactCommunityView;
import org.rapport.community.ui.internal.orbit.OrbitView;
import org.rapport.community.ui.internal.pillars.CollaborationView;
import org.rapport.community.ui.internal.pillars.ConnectivityView;
import org.rapport.community.ui.internal.pillars.ContentView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Orbit chart, the pillars and a contact's community side over the hand-worked community. */
@ExtendWith(ScreenshotOnFailure.class)
class PillarsTest {

    @Test
    void theOrbitChartCountsTheMonthsAdvocatesAndThePillarsShowWhoDidWhat() throws Exception {
        SeededCommunity community = MembersViewTest.seeded();
        OrbitView orbit = CommunityDriver.communityView(CommunityUi.ORBIT_VIEW_ID, OrbitView.class);
        UiTestSupport.spinUntil(() -> !orbit.isReading() && !orbit.months().isEmpty(), () -> "the chart is read");
        List<OrbitSnapshot> months = orbit.months();
        assertEquals(12, months.size(), "a year of months");
        OrbitSnapshot now = months.get(months.size() - 1);
        assertTrue(now.advocates() >= 1, "Ada is an advocate this month: " + orbit.status());
        assertEquals(4, orbit.chart().series().size(), "a series per level");
        assertEquals(now.advocates(), (int) orbit.chart().series().get(0).values()[11], "this month's advocates drawn");

        ConnectivityView graph = CommunityDriver.view(CommunityUi.CONNECTIVITY_VIEW_ID, ConnectivityView.class);
        UiTestSupport.spinUntil(() -> !graph.isReading() && !graph.canvas().graph().nodes().isEmpty(),
                () -> "connected members are drawn: " + graph.status());
        assertTrue(graph.status().startsWith("The "), graph.status());

        ContentView content = CommunityDriver.view(CommunityUi.CONTENT_VIEW_ID, ContentView.class);
        UiTestSupport.spinUntil(() -> !content.isReading() && content.items().stream()
                .anyMatch(i -> i.member().id() == community.bob().id() && i.activity().type().equals("article")),
                () -> "Bob's article is content: " + content.items().size() + " items");

        CollaborationView collaboration = CommunityDriver.view(CommunityUi.COLLABORATION_VIEW_ID,
                CollaborationView.class);
        UiTestSupport.spinUntil(() -> !collaboration.isReading() && collaboration.sections().size() == 3
                && collaboration.sections().get(1).groups().stream()
                        .anyMatch(g -> g.name().equals("Acme " + community.prefix()) && g.participants().size() == 2),
                () -> "the two Bobs of Acme form a group");

        CommunityDriver.view(CommunityUi.ORBIT_VIEW_ID, OrbitView.class);
        MembersViewTest.pick(community.prefix() + " Ada", community.ada().id());
        CommunityDriver.view(CommunityUi.ORBIT_VIEW_ID, OrbitView.class);
        UiTestSupport.spinFor(Duration.ofSeconds(1));
        CommunityDriver.screenshot("community-perspective.png");
        CommunityDriver.view(CommunityUi.CONNECTIVITY_VIEW_ID, ConnectivityView.class);
        UiTestSupport.spinFor(Duration.ofSeconds(1));
        CommunityDriver.screenshot("community-connectivity.png");
    }

    @Test
    void aSalesRepSeesOnTheContactThatItIsACommunityAdvocate() throws Exception {
        SeededCommunity community = MembersViewTest.seeded();
        CommunityDriver.perspective("org.rapport.contacts.ui.perspective");
        ContactCommunityView view = CommunityDriver.view(CommunityUi.CONTACT_COMMUNITY_VIEW_ID,
                ContactCommunityView.class);
        view.show(community.person());
        UiTestSupport.spinUntil(() -> !view.isReading() && view.member() != null
                && view.member().id() == community.ada().id(), () -> "the contact's member is read: " + view.headline());
        assertTrue(view.headline().startsWith(community.person().displayName() + " in the community"),
                view.headline());
        assertTrue(view.headline().contains("1 Advocates"), "her level: " + view.headline());
        assertFalse(view.headline().contains("not a community member"));
        UiTestSupport.spinFor(Duration.ofSeconds(1));
        CommunityDriver.screenshot("community-contact-side.png");
    }
}
