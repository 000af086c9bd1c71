package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.MemberService;
import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.contact.ContactCommunityView;
import org.rapport.community.ui.internal.member.MemberView;
import org.rapport.community.ui.internal.members.MemberRow;
import org.rapport.community.ui.internal.members.MembersView;
import org.rapport.community.ui.internal.orbit.OrbitView;
import org.rapport.community.ui.internal.pillars.CollaborationView;
import org.rapport.community.ui.internal.pillars.ConnectivityView;
import org.rapport.community.ui.internal.pillars.ContentView;
import org.rapport.core.PersonRef;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Community perspective with the demo data: the members, a member's explanation, the chart and the pillars. */
@ExtendWith(ScreenshotOnFailure.class)
class MembersViewTest {

    @Test
    void theMembersListShowsEveryMemberWithLevelsAndALevelFilterShowsThatLevel() throws Exception {
        CommunityDriver.waitForDemoData();
        MemberService members = CommunityDriver.service(MemberService.class);
        ScoreService scores = CommunityDriver.service(ScoreService.class);
        int all = members.count(MemberQuery.ALL);
        assertTrue(all > 0, "the demo data has members");

        MembersView view = CommunityDriver.communityView(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        view.filter("", 0, null);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.table().rowCount() == all,
                () -> "the list shows every member: " + view.table().rowCount() + " rows, " + view.status());
        assertNull(view.hint(), "rows, not a hint");
        assertEquals(String.format("%,d members", all), view.status());
        UiTestSupport.spinUntil(() -> view.table().rowAt(0) != null, () -> "the first row is read");
        boolean someLevel = false;
        for (int row = 0; row < Math.min(all, 50); row++) {
            MemberRow shown = view.table().rowAt(row);
            someLevel |= shown != null && shown.score() != null
                    && view.table().itemAt(row).getText(1).startsWith(Integer.toString(shown.score().level().number()));
        }
        assertTrue(someLevel, "members show their level as '2 Contributors'");

        int advocates = scores.membersPerLevel()[0];
        view.filter("", 0, OrbitLevel.ADVOCATE);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.shownQuery().level() == OrbitLevel.ADVOCATE,
                () -> "the advocates are shown");
        assertEquals(advocates, view.table().rowCount(), "as many rows as advocates");
        assertTrue(advocates > 0, "the demo data has advocates");
        assertEquals(OrbitLevel.ADVOCATE, view.table().rowAt(0).score().level());
        view.filter("", 0, null);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.shownQuery().level() == null, () -> "all again");
    }

    @Test
    void pickingAMemberExplainsItsLevelAndShowsItsActivitiesAndContact() throws Exception {
        CommunityDriver.waitForDemoData();
        MemberService members = CommunityDriver.service(MemberService.class);
        Member linked = members.members(new MemberQuery("", "", false, false, true, MemberQuery.Sort.ACTIVITY_COUNT),
                0, 1).get(0);
        MemberView detail = CommunityDriver.communityView(CommunityUi.MEMBER_VIEW_ID, MemberView.class);
        MembersView list = CommunityDriver.view(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        list.filter(linked.displayName(), 0, null);
        UiTestSupport.spinUntil(() -> !list.isReading() && list.table().rowCount() > 0
                && list.table().rowAt(0) != null, () -> "the member is found: " + list.status());
        int row = 0;
        while (list.table().rowAt(row).member().id() != linked.id()) {
            row++;
        }
        list.table().setSelection(row);
        list.table().getTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.spinUntil(() -> detail.shown() != null && detail.shown().member().id() == linked.id()
                && !detail.isReading(), () -> "the Member view shows " + linked.displayName());
        assertTrue(detail.summaryText().startsWith("Level "), "it says why: " + detail.summaryText());
        assertTrue(detail.summaryText().contains(" in 90 days"), detail.summaryText());
        assertFalse(detail.shown().contactName().isEmpty(), "its contact is named");
        UiTestSupport.spinUntil(() -> detail.activityTable().rowCount() == linked.activityCount(),
                () -> "its activities are listed: " + detail.activityTable().rowCount());
        assertTrue(detail.contactLinkText().contains(detail.shown().contactName()), detail.contactLinkText());

        // a sales rep sees it from the contact's side
        CommunityDriver.perspective("org.rapport.contacts.ui.perspective");
        ContactCommunityView contactSide = CommunityDriver.view(CommunityUi.CONTACT_COMMUNITY_VIEW_ID,
                ContactCommunityView.class);
        contactSide.show(new PersonRef(linked.personId(), detail.shown().contactName()));
        UiTestSupport.spinUntil(() -> !contactSide.isReading() && contactSide.member() != null,
                () -> "the contact's community side is read: " + contactSide.headline());
        assertEquals(linked.id(), contactSide.member().id());
        assertTrue(contactSide.headline().contains("in the community"), contactSide.headline());
        CommunityDriver.screenshot("community-contact-side.png");
    }

    @Test
    void theOrbitChartAndThePillarsShowTheDemoCommunity() throws Exception {
        CommunityDriver.waitForDemoData();
        OrbitView orbit = CommunityDriver.communityView(CommunityUi.ORBIT_VIEW_ID, OrbitView.class);
        CommunityDriver.idle(orbit::isReading, "the Orbit chart");
        List<OrbitSnapshot> months = orbit.months();
        assertEquals(12, months.size(), "a year of months");
        assertTrue(months.get(months.size() - 1).members() > 0, "members have levels this month: " + orbit.status());
        assertEquals(4, orbit.chart().series().size(), "a series per level");
        assertEquals(months.get(months.size() - 1).advocates(),
                (int) orbit.chart().series().get(0).values()[months.size() - 1], "advocates of this month drawn");

        ConnectivityView graph = CommunityDriver.view(CommunityUi.CONNECTIVITY_VIEW_ID, ConnectivityView.class);
        CommunityDriver.idle(graph::isReading, "the connectivity graph");
        assertFalse(graph.canvas().graph().nodes().isEmpty(), "connected members drawn: " + graph.status());
        long firstId = graph.canvas().graph().nodes().get(0).memberId();
        assertNotNull(graph.canvas().positionOf(firstId), "the most connected member has a place");

        ContentView content = CommunityDriver.view(CommunityUi.CONTENT_VIEW_ID, ContentView.class);
        CommunityDriver.idle(content::isReading, "the content");
        assertFalse(content.items().isEmpty(), "members created content in the demo data");

        CollaborationView collaboration = CommunityDriver.view(CommunityUi.COLLABORATION_VIEW_ID,
                CollaborationView.class);
        CommunityDriver.idle(collaboration::isReading, "events and groups");
        assertFalse(collaboration.sections().get(0).groups().isEmpty(), "the demo events are listed");

        // the picture: the members list with a member picked, the chart in front
        MembersView list = CommunityDriver.view(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        list.filter("", 0, null);
        UiTestSupport.spinUntil(() -> !list.isReading() && list.table().rowAt(0) != null, () -> "members read");
        list.table().setSelection(0);
        list.table().getTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        CommunityDriver.view(CommunityUi.ORBIT_VIEW_ID, OrbitView.class);
        UiTestSupport.spinFor(Duration.ofSeconds(2));
        CommunityDriver.screenshot("community-perspective.png");
        CommunityDriver.view(CommunityUi.CONNECTIVITY_VIEW_ID, ConnectivityView.class);
        UiTestSupport.spinFor(Duration.ofSeconds(1));
        CommunityDriver.screenshot("community-connectivity.png");
        UiTestSupport.window().getService(ESelectionService.class).setSelection(StructuredSelection.EMPTY);
    }
}
