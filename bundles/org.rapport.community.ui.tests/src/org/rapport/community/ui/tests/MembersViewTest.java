package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.community.MemberService;
import org.rapport.community.OrbitLevel;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.member.MemberView;
import org.rapport.community.ui.internal.members.MemberRow;
import org.rapport.community.ui.internal.members.MembersView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.TimelineWidgets;
import org.rapport.ui.testing.UiTestSupport;

/** The Members list and the Member view over a community whose figures were worked out by hand. */
@ExtendWith(ScreenshotOnFailure.class)
class MembersViewTest {

    private static SeededCommunity seeded;

    static SeededCommunity seeded() {
        if (seeded == null) {
            CommunityDriver.waitForDemoData();
            seeded = SeededCommunity.add();
        }
        return seeded;
    }

    @Test
    void theListShowsLevelLoveAndContactAndLeavesStaffWithoutLevel() throws Exception {
        SeededCommunity community = seeded();
        MembersView view = CommunityDriver.communityView(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        view.filter(community.prefix(), 0, null);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.table().rowCount() == 4 && view.table().rowAt(3) != null,
                () -> "the four seeded members are listed: " + view.status());
        assertNull(view.hint(), "rows, not a hint");
        assertEquals("4 members", view.status());
        Map<Long, TableItem> rows = new HashMap<>();
        for (int row = 0; row < 4; row++) {
            rows.put(view.table().rowAt(row).member().id(), view.table().itemAt(row));
        }
        TableItem ada = rows.get(community.ada().id());
        assertTrue(ada.getText(0).endsWith(community.prefix() + " Ada"), ada.getText(0));
        assertEquals("1 Advocates", ada.getText(1), "13 talks and 4 replies: 110 points");
        assertEquals("110", ada.getText(2));
        assertEquals(community.person().displayName(), ada.getText(6), "her contact");
        assertEquals("github, mastodon", ada.getText(5));
        TableItem bob = rows.get(community.bob().id());
        assertEquals("3 Participants", bob.getText(1), "3 replies and an article: 10.5 points");
        assertEquals("10.5", bob.getText(2));
        TableItem cy = rows.get(community.cy().id());
        assertEquals("staff", cy.getText(1), "staff have no level");
        assertEquals("", cy.getText(2), "nor love");

        int advocates = CommunityDriver.service(ScoreService.class).membersPerLevel()[0];
        view.filter("", 0, OrbitLevel.ADVOCATE);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.shownQuery().level() == OrbitLevel.ADVOCATE
                && view.table().rowCount() == advocates, () -> "the advocates are shown: " + view.status());
        for (int row = 0; row < Math.min(advocates, 20); row++) {
            int r = row;
            UiTestSupport.spinUntil(() -> view.table().rowAt(r) != null, () -> "row " + r + " is read");
            MemberRow shown = view.table().rowAt(row);
            assertEquals(OrbitLevel.ADVOCATE, shown.score().level(), shown.member().displayName());
        }
        view.filter("", 0, null);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.shownQuery().level() == null, () -> "all again");
    }

    @Test
    void aPickedMemberExplainsItsLevelListsItsActivitiesAndItsContactLinkCanBeUndone() throws Exception {
        SeededCommunity community = seeded();
        MemberView detail = pick(community.prefix() + " Ada", community.ada().id());
        assertEquals("Level 1 (Advocates): 13 \u00d7 Gave a talk, 4 \u00d7 Replied in 90 days = 110 points",
                detail.summaryText(), "why, per activity type");
        assertTrue(detail.shown().breakdown().contains("By pillar: "), detail.shown().breakdown());
        assertTrue(detail.shown().breakdown().contains("By platform: "), detail.shown().breakdown());
        UiTestSupport.spinUntil(() -> detail.activityTable().rowCount() == 17, () -> "her 17 activities are listed: "
                + detail.activityTable().rowCount());
        assertTrue(detail.contactLinkText().contains(community.person().displayName()), detail.contactLinkText());
        // the member is her contact for the shared Timeline, which shows her community activity
        UiTestSupport.spinUntil(() -> TimelineWidgets.find().header().startsWith("History of "
                + community.prefix() + " Ada") && TimelineWidgets.find().column(TimelineWidgets.WHAT)
                        .contains("Talk 0"), () -> "the Timeline shows her talks: " + TimelineWidgets.find().header());
        CommunityDriver.screenshot("community-member.png");

        MemberService members = CommunityDriver.service(MemberService.class);
        detail.clickContactLink("unlink");
        UiTestSupport.spinUntil(() -> detail.contactLinkText().startsWith("Unlinked"),
                () -> "the link is removed: " + detail.contactLinkText());
        assertNull(members.member(community.ada().id()).orElseThrow().personId(), "unlinked in the database");
        detail.clickContactLink("undo");
        UiTestSupport.spinUntil(() -> detail.contactLinkText().startsWith("Contact: "),
                () -> "the link is back: " + detail.contactLinkText());
        assertEquals(community.person().id(), members.member(community.ada().id()).orElseThrow().personId());
    }

    @Test
    void aProbableDuplicateIsMergedWithOneClickAndUnmergedAgain() throws Exception {
        SeededCommunity community = seeded();
        MemberView detail = pick(community.prefix() + " Bob", community.bob().id());
        UiTestSupport.spinUntil(() -> detail.mergeText().contains("Merge into this member"),
                () -> "the duplicate is suggested: " + detail.mergeText());
        assertTrue(detail.mergeText().contains("Probably also " + community.prefix() + " Bob"), detail.mergeText());
        int index = linkIndex(detail.mergeText(), community.prefix() + " Bob");
        detail.clickMergeLink("merge:" + index);
        MemberService members = CommunityDriver.service(MemberService.class);
        UiTestSupport.spinUntil(() -> detail.mergeText().contains("Merged " + community.prefix() + " Bob"),
                () -> "the merge is listed: " + detail.mergeText());
        assertEquals(community.bob().id(), members.member(community.bobToo().id()).orElseThrow().mergedInto(),
                "the second Bob is merged into the first");
        detail.clickMergeLink("unmerge:0");
        UiTestSupport.spinUntil(() -> !detail.mergeText().contains("Merged "), () -> "unmerged: " + detail.mergeText());
        assertNull(members.member(community.bobToo().id()).orElseThrow().mergedInto(), "the second Bob is back");
    }

    /** The index of the "merge:N" link of the suggestion naming this member. */
    private static int linkIndex(String text, String name) {
        String[] lines = text.split("\n");
        int merge = 0;
        for (String line : lines) {
            if (line.contains("href=\"merge:")) {
                if (line.contains("Probably also " + name)) {
                    return merge;
                }
                merge++;
            }
        }
        return 0;
    }

    /** Finds a member in the list and picks it as a user would; returns the Member view once it shows it. */
    static MemberView pick(String name, long memberId) throws Exception {
        MemberView detail = CommunityDriver.communityView(CommunityUi.MEMBER_VIEW_ID, MemberView.class);
        MembersView list = CommunityDriver.view(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        list.filter(name, 0, null);
        UiTestSupport.spinUntil(() -> !list.isReading() && list.table().rowCount() > 0 && list.table().rowAt(0) != null,
                () -> name + " is found: " + list.status());
        int row = 0;
        while (list.table().rowAt(row).member().id() != memberId) {
            row++;
        }
        list.table().setSelection(row);
        list.table().getTable().notifyListeners(SWT.Selection, new Event());
        UiTestSupport.spinUntil(() -> detail.shown() != null && detail.shown().member().id() == memberId
                && !detail.isReading(), () -> "the Member view shows " + name);
        assertFalse(detail.summaryText().isEmpty());
        return detail;
    }
}
