package org.rapport.feed.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.contacts.ContactService;
import org.rapport.contacts.model.EmailAddress;
import org.rapport.contacts.model.Person;
import org.rapport.contacts.model.SocialProfile;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.core.timeline.TimelineEntry;
import org.rapport.core.timeline.TimelineQuery;
import org.rapport.feed.ImportSummary;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.sources.AuthorIdentity;
import org.rapport.feed.sources.FetchedPost;
import org.rapport.feed.sources.ParseResult;
import org.rapport.testing.Osgi;

/**
 * Authors and mentions are matched to contacts through the contacts domain's real person lookup (from DS, on the
 * runtime's workspace): by handle, by a feed's author email; re-matched when a contact gains a profile; linked by hand
 * (and then kept); and a contact's posts show in their timeline.
 */
class MatchingOsgiTest {

    @TempDir
    Path workspace;

    @Test
    void authorsAndMentionsAreMatchedByHandleAndEmailAndShowInTheTimeline() {
        Osgi.demoDataLoaded();
        ContactService contacts = Osgi.service(ContactService.class);
        PersonLookup lookup = Osgi.service(PersonLookup.class);
        Person ada = new Person("Adaline", "Feedmatcher");
        ada.getSocialProfiles().add(new SocialProfile("mastodon", "@Adaline@Fosstodon.Example", null, 10, false));
        ada = contacts.save(ada);
        Person grace = new Person("Gracia", "Feedmatcher");
        grace.getEmails().add(new EmailAddress("work", "gracia@feedmatch.example"));
        grace = contacts.save(grace);
        long adaId = ada.getId();
        assertTrue(Osgi.eventually(() -> lookup.byHandle("mastodon", "adaline@fosstodon.example").isPresent()
                && lookup.byEmail("gracia@feedmatch.example").isPresent()), "the contacts' search index has them");

        try (TestFeed test = new TestFeed(workspace, lookup)) {
            AuthorIdentity adaOnMastodon = TestFeed.mastodon("adaline@fosstodon.example", "Ada F.");
            AuthorIdentity stranger = TestFeed.mastodon("stranger@social.example", "Stranger");
            AuthorIdentity graceBlog = new AuthorIdentity("rss", "Gracia Feedmatcher", "Gracia Feedmatcher", null,
                    "Gracia@Feedmatch.example", null, -1);
            FetchedPost mention = new FetchedPost("https://social.example/statuses/2", "mastodon", stranger,
                    "@adaline@fosstodon.example great talk!", TestFeed.NOW.minusSeconds(60), null, null, null, null,
                    List.of(adaOnMastodon), List.of(), -1, -1, -1, null, null);
            FetchedPost blog = new FetchedPost("https://blog.example/1", "rss", graceBlog, "Our spring report",
                    TestFeed.NOW.minusSeconds(120), "https://blog.example/1", null, null, null, List.of(), List.of(),
                    -1, -1, -1, null, null);
            ImportSummary summary = test.feed.store(0, new ParseResult(List.of(
                    TestFeed.status("1", adaOnMastodon, "Hello from Ada", 10), mention, blog), List.of()));

            assertEquals(2, summary.matched(), "Ada by her handle, Gracia by her feed's email");
            List<Post> posts = test.feed.posts(PostQuery.ALL, 0, 10);
            assertEquals(Optional.of(adaId), Optional.ofNullable(posts.get(2).authorPerson()).map(PersonRef::id));
            assertEquals("Adaline Feedmatcher", posts.get(2).authorPerson().displayName());
            assertEquals(grace.getId(), posts.get(1).authorPerson().id());
            assertNull(posts.get(0).authorPerson());
            assertEquals(List.of(adaId), posts.get(0).mentionedPeople().stream().map(PersonRef::id).toList());
            PostQuery adasPosts = new PostQuery(null, null, null, adaId, false, false, null, null);
            assertEquals(List.of("2", "1"), FeedStoreTest.ids(test.feed.posts(adasPosts, 0, 10)),
                    "written by or mentioning her, newest first");
            assertEquals(2, test.feed.count(adasPosts));
            PostQuery matched = new PostQuery(null, null, null, null, true, false, null, null);
            assertEquals(2, test.feed.count(matched));

            List<TimelineEntry> timeline = new FeedTimeline(test.unit).entries(TimelineQuery.latest(adaId));
            assertEquals(List.of("social-mention", "social-post"), timeline.stream().map(TimelineEntry::kind).toList());
            assertEquals("Posted on Mastodon: Hello from Ada", timeline.get(1).title());
            assertEquals("Mentioned on Mastodon by Stranger: @adaline@fosstodon.example great talk!",
                    timeline.get(0).title());
            assertEquals("feed.post", timeline.get(1).link().type());
        }
    }

    @Test
    void aContactWhoGainsTheProfileIsMatchedByRematchAndAHandLinkIsKept() {
        Osgi.demoDataLoaded();
        ContactService contacts = Osgi.service(ContactService.class);
        PersonLookup lookup = Osgi.service(PersonLookup.class);
        try (TestFeed test = new TestFeed(workspace, lookup)) {
            test.feed.setProfileLinker(new ContactsProfileLinker(contacts));
            AuthorIdentity carl = TestFeed.mastodon("carlo.rematch@mastodon.example", "Carlo");
            AuthorIdentity dora = TestFeed.mastodon("dora.linked@mastodon.example", "Dora");
            test.feed.store(0, new ParseResult(List.of(TestFeed.status("1", carl, "First post", 30),
                    TestFeed.status("2", dora, "Dora here", 20)), List.of()));
            assertEquals(0, test.feed.count(new PostQuery(null, null, null, null, true, false, null, null)));

            Person carlo = new Person("Carlo", "Rematchini");
            carlo.getSocialProfiles().add(new SocialProfile("mastodon", "@carlo.rematch@mastodon.example", null, 5, false));
            carlo = contacts.save(carlo);
            assertTrue(Osgi.eventually(() -> lookup.byHandle("mastodon", "carlo.rematch@mastodon.example").isPresent()));
            Person doro = contacts.save(new Person("Doro", "Handlinked"));
            test.feed.linkIdentity(dora, doro.getId());

            assertEquals(1, test.feed.rematch(), "Carlo's post is matched now; Dora's hand link is not undone");
            List<Post> posts = test.feed.posts(PostQuery.ALL, 0, 10);
            assertEquals(doro.getId(), posts.get(0).authorPerson().id());
            assertEquals(carlo.getId(), posts.get(1).authorPerson().id());
            assertTrue(contacts.person(doro.getId()).orElseThrow().getSocialProfiles().stream().anyMatch(p -> p
                    .getNetwork().equals("mastodon") && p.normalizedHandle().equals("dora.linked@mastodon.example")),
                    "linking added the profile to the contact");

            test.feed.store(0, new ParseResult(List.of(TestFeed.status("3", dora, "Later post", 1)), List.of()));
            assertEquals(doro.getId(), test.feed.posts(PostQuery.ALL, 0, 1).get(0).authorPerson().id(),
                    "later posts of a linked identity are matched to the person");
        }
    }
}
