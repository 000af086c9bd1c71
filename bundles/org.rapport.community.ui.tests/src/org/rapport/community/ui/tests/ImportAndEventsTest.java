package org.rapport.community.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.ActivityService;
import org.rapport.community.CommunityEvent;
import org.rapport.community.EventService;
import org.rapport.community.Member;
import org.rapport.community.MemberService;
import org.rapport.community.ui.CommunityUi;
import org.rapport.community.ui.internal.events.AttendeeImport;
import org.rapport.community.ui.internal.events.EventsView;
import org.rapport.community.ui.internal.handlers.ActivityImport;
import org.rapport.community.ui.internal.member.MemberView;
import org.rapport.community.ui.internal.members.MembersView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Files a community manager imports: a GitHub events export, and an event's attendee list with its follow-ups. */
@ExtendWith(ScreenshotOnFailure.class)
class ImportAndEventsTest {

    @TempDir
    Path dir;

    @Test
    void anImportedGitHubExportAddsMembersAndActivitiesAndReportsTheBadRow() throws Exception {
        CommunityDriver.waitForDemoData();
        String grace = "uitest-grace-" + System.nanoTime();
        String linus = "uitest-linus-" + System.nanoTime();
        Path file = dir.resolve("events.json");
        Files.writeString(file, """
                [
                  {"id": "9001", "type": "PushEvent", "actor": {"login": "%1$s"}, "repo": {"name": "rapport/rapport"},
                   "created_at": "%3$s", "payload": {"size": 2}},
                  {"id": "9002", "type": "IssueCommentEvent", "actor": {"login": "%2$s"}, "repo": {"name": "rapport/rapport"},
                   "created_at": "%3$s", "payload": {"issue": {"title": "Derby locks"}, "comment": {"html_url": "https://github.com/x"}}},
                  {"id": "9003", "type": "PullRequestEvent", "actor": {"login": "%1$s"}, "repo": {"name": "rapport/rapport"},
                   "created_at": "%3$s", "payload": {"action": "opened", "pull_request": {"title": "Faster import"}}},
                  {"id": "9004", "type": "IssuesEvent", "actor": {"login": "%2$s"}, "repo": {"name": "rapport/rapport"},
                   "payload": {"action": "opened", "issue": {"title": "no date"}}}
                ]
                """.formatted(grace, linus, Instant.now().minus(3, ChronoUnit.DAYS)), StandardCharsets.UTF_8);

        MembersView list = CommunityDriver.communityView(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        AtomicReference<String> said = new AtomicReference<>();
        Job job = ActivityImport.importFile(UiTestSupport.display(), CommunityDriver.service(ActivityService.class),
                file, said::set);
        UiTestSupport.spinUntil(() -> said.get() != null, () -> "the import reports what it did");
        job.join();
        assertTrue(said.get().contains("3 activities"), said.get());
        assertTrue(said.get().contains("1 rejected"), "the row without a date is refused: " + said.get());
        assertTrue(said.get().contains("line "), "with its line: " + said.get());

        MemberService members = CommunityDriver.service(MemberService.class);
        Member imported = members.byIdentity("github", grace).orElseThrow();
        assertEquals(2, imported.activityCount(), "the push and the pull request");

        list.filter(grace, 0, null);
        UiTestSupport.spinUntil(() -> !list.isReading() && list.table().rowCount() == 1
                && list.table().rowAt(0) != null, () -> "the new member is listed: " + list.status());
        assertEquals("github", list.table().itemAt(0).getText(5), "its platform");
        MemberView detail = CommunityDriver.view(CommunityUi.MEMBER_VIEW_ID, MemberView.class);
        CommunityDriver.view(CommunityUi.MEMBERS_VIEW_ID, MembersView.class);
        list.table().setSelection(0);
        list.table().getTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.spinUntil(() -> detail.shown() != null && detail.shown().member().id() == imported.id()
                && detail.activityTable().rowCount() == 2, () -> "the Member view shows its 2 activities");
        CommunityDriver.screenshot("community-imported-member.png");
        list.filter("", 0, null);
    }

    @Test
    void anAttendeeListFillsAnEventAndItsFollowUpList() throws Exception {
        CommunityDriver.waitForDemoData();
        EventService events = CommunityDriver.service(EventService.class);
        CommunityEvent meetup = events.save(CommunityEvent.of("UI test meetup " + System.nanoTime(),
                CommunityEvent.Kind.MEETUP, Instant.now().plus(1, ChronoUnit.DAYS), "Berlin"));
        String suffix = Long.toString(System.nanoTime());
        Path list = dir.resolve("attendees.csv");
        Files.writeString(list, """
                Order #,First Name,Last Name,Email,Event Name,Checked In
                1001,Ada,Byron,ada.%1$s@example.com,UI test meetup,Yes
                1002,Alan,Turing,alan.%1$s@example.com,UI test meetup,Yes
                1003,Grace,Hopper,grace.%1$s@example.com,UI test meetup,No
                """.formatted(suffix), StandardCharsets.UTF_8);

        EventsView view = CommunityDriver.communityView(CommunityUi.EVENTS_VIEW_ID, EventsView.class);
        UiTestSupport.spinUntil(() -> !view.isReading() && rowOf(view, meetup.id()) >= 0,
                () -> "the new event is listed");
        view.pick(rowOf(view, meetup.id()));
        AtomicReference<String> said = new AtomicReference<>();
        Job job = AttendeeImport.importFile(UiTestSupport.display(), events, meetup, list, said::set);
        UiTestSupport.spinUntil(() -> said.get() != null, () -> "the import reports what it did");
        job.join();
        assertTrue(said.get().contains("0 rejected"), said.get());
        UiTestSupport.spinUntil(() -> !view.isReading() && view.registrationTable().rowCount() == 3,
                () -> "three registrations: " + view.registrationTable().rowCount() + ", " + view.status());
        assertTrue(view.status().contains("3 registered, 2 attended"), view.status());

        view.showFollowUps(true);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.status().contains("to follow up"),
                () -> "the follow-up list: " + view.status());
        int toFollow = view.registrationTable().rowCount();
        assertEquals(3, toFollow, "attendees and the no-show, nobody followed up yet");
        events.markFollowedUp(meetup.id(), view.registrationTable().rowAt(0).memberId(), true);
        UiTestSupport.spinUntil(() -> !view.isReading() && view.registrationTable().rowCount() == 2,
                () -> "one followed up leaves two: " + view.registrationTable().rowCount());
        CommunityDriver.screenshot("community-events.png");
        view.showFollowUps(false);
    }

    private static int rowOf(EventsView view, long eventId) {
        for (int row = 0; row < view.eventTable().rowCount(); row++) {
            CommunityEvent e = view.eventTable().rowAt(row);
            if (e != null && e.id() == eventId) {
                return row;
            }
        }
        return -1;
    }
}
