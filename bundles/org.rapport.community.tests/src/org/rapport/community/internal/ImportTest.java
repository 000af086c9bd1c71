package org.rapport.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.community.Activity;
import org.rapport.community.ActivityImportResult;
import org.rapport.community.ActivityQuery;
import org.rapport.community.CommunityEvent;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.Pillar;
import org.rapport.community.Registration;

/** Activity exports of every supported kind: detected, imported once, bad rows reported with line and reason. */
class ImportTest {

    @TempDir
    Path workspace;
    @TempDir
    Path files;
    private TestCommunity test;

    @BeforeEach
    void open() {
        test = new TestCommunity(workspace);
    }

    @AfterEach
    void close() {
        test.close();
    }

    static final String GITHUB = """
            [
              {
                "id": "101",
                "type": "PullRequestEvent",
                "actor": {"login": "Ada-L", "display_login": "Ada-L"},
                "repo": {"name": "rapport/rapport"},
                "payload": {"action": "opened", "pull_request": {"title": "Faster scores", "html_url": "https://github.com/rapport/rapport/pull/1"}},
                "created_at": "2026-11-02T10:00:00Z"
              },
              {
                "id": "102",
                "type": "IssueCommentEvent",
                "actor": {"login": "grace"},
                "repo": {"name": "rapport/rapport"},
                "payload": {"issue": {"title": "Scores"}, "comment": {"html_url": "https://github.com/c/2"}},
                "created_at": "2026-11-03T10:00:00Z"
              },
              {
                "id": "103",
                "type": "PushEvent",
                "actor": {"login": "ada-l"},
                "repo": {"name": "rapport/rapport"},
                "payload": {"size": 3},
                "created_at": "not a date"
              },
              {
                "id": "104",
                "type": "MemberEvent",
                "actor": {"login": "ada-l"},
                "repo": {"name": "rapport/rapport"},
                "payload": {},
                "created_at": "2026-11-04T10:00:00Z"
              }
            ]
            """;

    @Test
    void gitHubEventsBecomeActivitiesOnceAndBadRowsAreReportedWithTheirLine() throws IOException {
        Path file = write("events.json", GITHUB);
        ActivityImportResult first = test.parts.activities.importFile(file, null);
        assertEquals("github-events", first.kind());
        assertEquals(4, first.rows());
        assertEquals(2, first.activities());
        assertEquals(2, first.membersCreated());
        assertEquals(2, first.rejected());
        assertEquals(18, first.problems().get(0).line(), "the third element starts on line 18");
        assertEquals("the date not a date is not an ISO-8601 time", first.problems().get(0).reason());
        assertTrue(first.problems().get(1).reason().startsWith("GitHub event type MemberEvent"));
        assertNotNull(first.report());
        List<String> report = Files.readAllLines(first.report());
        assertTrue(report.get(1).startsWith("line 18: the date not a date"), report.toString());

        Member ada = test.parts.members.byIdentity("github", "ada-l").orElseThrow();
        List<Activity> hers = test.parts.activities.activities(ActivityQuery.ofMember(ada.id()), 0, 10);
        assertEquals(1, hers.size());
        assertEquals("pull-request", hers.get(0).type());
        assertEquals(Pillar.CONTENT, hers.get(0).pillar());
        assertEquals("Pull request: Faster scores", hers.get(0).title());

        ActivityImportResult again = test.parts.activities.importFile(file, null);
        assertEquals(0, again.activities(), "a second import adds nothing");
        assertEquals(2, again.alreadyImported());
        assertEquals(0, again.membersCreated());
        assertEquals(2, test.parts.activities.count(ActivityQuery.ALL));
    }

    @Test
    void slackDiscordAndDiscourseExportsConnectRepliesToTheirAuthors() throws IOException {
        ActivityImportResult slack = test.parts.activities.importFile(write("general-2026-11-03.json", """
                [
                  {"type": "message", "user": "U1", "user_profile": {"real_name": "Ada Lovelace"}, "text": "Hi all", "ts": "1762164000.000100"},
                  {"type": "message", "user": "U2", "user_profile": {"real_name": "Grace Hopper"}, "text": "Welcome", "ts": "1762164060.000200", "thread_ts": "1762164000.000100", "parent_user_id": "U1"},
                  {"type": "message", "subtype": "channel_join", "user": "U3", "text": "joined", "ts": "1762164100.000300"}
                ]
                """), null);
        assertEquals("slack", slack.kind());
        assertEquals(2, slack.activities());
        assertEquals(1, slack.rejected());
        long ada = test.parts.members.byIdentity("slack", "u1").orElseThrow().id();
        Activity reply = test.parts.activities.activities(new ActivityQuery(null, null, "reply", "", null, null, null),
                0, 1).get(0);
        assertEquals(ada, reply.targetMemberId(), "the thread reply connects Grace to Ada");

        ActivityImportResult discord = test.parts.activities.importFile(write("discord.json", """
                {"guild": {"name": "Rapport"}, "channel": {"name": "general"}, "messages": [
                  {"id": "900", "type": "Default", "timestamp": "2026-11-04T09:00:00+00:00", "content": "hello @linus",
                   "author": {"id": "1", "name": "ada", "nickname": "Ada"}, "mentions": [{"id": "2", "name": "linus"}]}
                ]}
                """), null);
        assertEquals("discord", discord.kind());
        assertEquals(2, discord.activities(), "the message and the mention");
        assertEquals(2, discord.membersCreated(), "the author and the mentioned");

        ActivityImportResult discourse = test.parts.activities.importFile(write("actions.json", """
                {"user_actions": [
                  {"action_type": 4, "created_at": "2026-11-05T08:00:00.000Z", "username": "ada", "acting_username": "ada", "post_id": 1, "topic_id": 10, "title": "Scores?"},
                  {"action_type": 5, "created_at": "2026-11-05T09:00:00.000Z", "username": "ada", "acting_username": "grace", "acting_name": "Grace", "post_id": 2, "topic_id": 10, "target_username": "ada", "title": "Scores?"},
                  {"action_type": 99, "created_at": "2026-11-05T09:00:00.000Z", "username": "ada"}
                ]}
                """), null);
        assertEquals("discourse", discourse.kind());
        assertEquals(2, discourse.activities());
        assertEquals(4, discourse.problems().get(0).line());
    }

    @Test
    void anEventbriteListCreatesTheEventRegistrationsAndAttendance() throws IOException {
        Path file = write("attendees.csv", """
                Order #,Order Date,First Name,Last Name,Email,Ticket Type,Attendee Status,Event Name,Event Start Date,Checked In
                1001,2026-10-01 10:00:00,Ada,Lovelace,ada@example.com,General,Attending,Derby Night,2026-11-12 18:00:00,Yes
                1002,2026-10-02 10:00:00,Grace,Hopper,grace@example.com,General,Attending,Derby Night,2026-11-12 18:00:00,No
                1003,2026-10-03 10:00:00,Linus,T,,General,Attending,Derby Night,2026-11-12 18:00:00,Yes
                """);
        ActivityImportResult result = test.parts.activities.importFile(file, null);
        assertEquals("eventbrite", result.kind());
        assertEquals(1, result.rejected());
        assertEquals(4, result.problems().get(0).line());
        assertEquals("no email", result.problems().get(0).reason());
        assertEquals(3, result.activities(), "two registrations, one attendance");
        CommunityEvent event = test.parts.communityEvents.events(0, 10).get(0);
        assertEquals("Derby Night", event.name());
        assertEquals(2, event.registered());
        assertEquals(1, event.attended());
        List<Registration> followUps = test.parts.communityEvents.followUps(event.id());
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), followUps.stream().map(Registration::memberName).toList());
        assertEquals(0, test.parts.activities.importFile(file, null).activities(), "imported once");
    }

    @Test
    void aPlainCsvNeedsKnownTypesAndDates() throws IOException {
        ActivityImportResult result = test.parts.activities.importFile(write("manual.csv", """
                date,platform,handle,name,type,title
                2026-11-01,github,ada-l,Ada Lovelace,talk,Talk at FOSDEM
                2026-11-02,github,ada-l,Ada Lovelace,juggling,Juggled
                yesterday,github,ada-l,Ada Lovelace,article,Wrote
                """), null);
        assertEquals("csv", result.kind());
        assertEquals(1, result.activities());
        assertEquals(List.of(3L, 4L), result.problems().stream().map(p -> p.line()).sorted().toList());
        assertEquals(1, test.parts.members.count(MemberQuery.ALL));
    }

    @Test
    void attendeesImportIntoAKnownEventAndAttendanceIsAnActivity() throws IOException {
        CommunityEvent webinar = test.parts.communityEvents.save(CommunityEvent.of("Scores webinar",
                CommunityEvent.Kind.WEBINAR, java.time.Instant.parse("2026-11-20T16:00:00Z"), "online"));
        ActivityImportResult result = test.parts.communityEvents.importAttendees(webinar.id(), write("list.csv", """
                name,email,attended
                Ada Lovelace,ada@example.com,yes
                Grace Hopper,grace@example.com,no
                """), null);
        assertEquals("attendees", result.kind());
        assertNull(result.report());
        Member ada = test.parts.members.byIdentity("email", "ada@example.com").orElseThrow();
        Registration grace = test.parts.communityEvents.markAttended(webinar.id(),
                test.parts.members.byIdentity("email", "grace@example.com").orElseThrow().id(), true);
        assertTrue(grace.attended());
        assertEquals(2, test.parts.activities.count(new ActivityQuery(null, null, "attend", "", webinar.id(), null,
                null)));
        test.parts.communityEvents.markAttended(webinar.id(), ada.id(), false);
        assertEquals(1, test.parts.activities.count(new ActivityQuery(null, null, "attend", "", webinar.id(), null,
                null)), "unmarking removes the attendance activity");
        test.parts.communityEvents.markFollowedUp(webinar.id(), ada.id(), true);
        assertEquals(1, test.parts.communityEvents.followUps(webinar.id()).size());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content);
    }
}
