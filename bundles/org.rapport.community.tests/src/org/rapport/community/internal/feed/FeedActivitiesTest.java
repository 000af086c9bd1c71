package org.rapport.community.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.rapport.community.Activity;
import org.rapport.community.ActivityQuery;
import org.rapport.community.Member;
import org.rapport.community.MemberQuery;
import org.rapport.community.internal.CommunityParts;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.StandaloneFeed;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;
import org.rapport.persistence.StandaloneDatabase;
import org.rapport.testing.TestDatabases;

/**
 * The real social feed on a database of its own: its posts, replies and mentions become activities of members keyed
 * by the feed's identities, once, also when an event carries no ids.
 */
class FeedActivitiesTest {

    @TempDir
    Path communityWorkspace;
    @TempDir
    Path feedWorkspace;
    private StandaloneDatabase database;
    private StandaloneFeed feed;
    private CommunityParts parts;
    private FeedActivities activities;

    @BeforeEach
    void open() {
        database = TestDatabases.create(communityWorkspace);
        parts = new CommunityParts(database);
        feed = StandaloneFeed.openIn(feedWorkspace, null);
        activities = new FeedActivities(parts.unit, parts.events, parts.recorder, feed.feed());
    }

    @AfterEach
    void close() {
        feed.close();
        database.close();
    }

    private static AuthorIdentity author(String network, String handle, String name) {
        return new AuthorIdentity(network, handle, name, null, null, null, -1);
    }

    private static FetchedPost post(String id, AuthorIdentity author, String text, String when, String inReplyTo,
            List<AuthorIdentity> mentions) {
        return new FetchedPost(id, author.network(), author, text, Instant.parse(when), null, null, inReplyTo,
                inReplyTo == null ? null : "m1", mentions, List.of(), -1, -1, -1, null, null);
    }

    @Test
    void postsRepliesAndMentionsBecomeActivitiesOnce() {
        AuthorIdentity ada = author("mastodon", "@Ada@Fosstodon.example", "Ada Lovelace");
        AuthorIdentity grace = author("mastodon", "grace@hachyderm.example", "Grace Hopper");
        AuthorIdentity linus = author("mastodon", "linus@kernel.example", "Linus");
        feed.feed().store(0, new ParseResult(List.of(
                post("m1", ada, "Orbit levels in Rapport!", "2026-11-02T10:00:00Z", null, List.of()),
                post("m2", grace, "@ada nice, cc @linus", "2026-11-02T11:00:00Z", "m1", List.of(ada, linus))),
                List.of()));
        activities.handleEvent(new Event(FeedTopics.POSTS_CHANGED, Map.of()));

        assertEquals(3, parts.members.count(MemberQuery.ALL), "authors and the mentioned");
        Member adaMember = parts.members.byIdentity("mastodon", "ada@fosstodon.example").orElseThrow();
        assertEquals("Ada Lovelace", adaMember.displayName(), "named as the feed shows her");
        Member graceMember = parts.members.byIdentity("mastodon", "grace@hachyderm.example").orElseThrow();
        List<Activity> graces = parts.activities.activities(ActivityQuery.ofMember(graceMember.id()), 0, 10);
        assertEquals(List.of("mention", "reply"), graces.stream().map(Activity::type).sorted().toList(),
                "the mention of Ada is the reply's: no second mention of the one replied to is needed");
        Activity reply = graces.stream().filter(a -> a.type().equals("reply")).findFirst().orElseThrow();
        assertEquals(adaMember.id(), reply.targetMemberId());
        assertEquals("feed", reply.source());

        activities.handleEvent(new Event(FeedTopics.POSTS_CHANGED, Map.of()));
        assertEquals(3, parts.activities.count(ActivityQuery.ALL), "the same posts are not counted twice");
        feed.feed().store(0, new ParseResult(List.of(
                post("m3", ada, "Thanks!", "2026-11-03T10:00:00Z", "m2", List.of())), List.of()));
        assertEquals(1, activities.catchUp(), "only the new post is read");
        assertEquals(4, parts.activities.count(ActivityQuery.ALL));
        assertNull(adaMember.personId());
    }
}
