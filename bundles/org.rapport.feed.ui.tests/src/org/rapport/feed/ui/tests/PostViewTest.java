package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.core.PersonRef;
import org.rapport.core.people.PersonLookup;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.post.PersonPickerDialog;
import org.rapport.feed.ui.internal.post.PostView;
import org.rapport.feed.ui.internal.stream.StreamView;
import org.rapport.pipeline.cases.CaseChannel;
import org.rapport.pipeline.cases.CaseQuery;
import org.rapport.pipeline.cases.CaseService;
import org.rapport.pipeline.cases.SupportCase;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** Picking a post in the stream shows it with its conversation, and the answering actions write through the feed. */
@ExtendWith(ScreenshotOnFailure.class)
class PostViewTest {

    private FeedService feed;
    private TestPosts posts;
    private String root;
    private String reply;
    private String answer;
    private PersonRef contact;

    @BeforeEach
    void storeAConversation() {
        FeedDriver.waitForDemoData();
        feed = FeedDriver.service(FeedService.class);
        List<PersonRef> people = FeedDriver.service(PersonLookup.class).find("a", 1);
        assertFalse(people.isEmpty(), "the demo contacts are there");
        contact = people.get(0);
        posts = TestPosts.of(feed, "threadtest");
        root = posts.add(posts.author("brand", "Rapport Coffee"), "Our new roast is out! What do you think?", null, null);
        reply = posts.add(posts.author("critic", contact.displayName()), TestPosts.NEGATIVE_TEXT, root, root);
        answer = posts.add(posts.author("fan", "Fran Fan"), TestPosts.POSITIVE_TEXT, reply, root);
        posts.store();
    }

    @Test
    void pickingAReplyShowsItsWholeConversation() throws Exception {
        PostView view = pick(reply);
        assertEquals(posts.stored(reply).id(), view.post().id(), "the picked post is shown");
        assertTrue(view.text().contains(TestPosts.NEGATIVE_TEXT), "its full text");
        List<Long> expected = feed.conversation(view.post().id()).stream().map(Post::id).toList();
        assertEquals(3, expected.size(), "the service has the root and both replies");
        assertEquals(expected, view.conversation().stream().map(Post::id).toList(),
                "the conversation is the root and its replies, oldest first");
        assertEquals(posts.stored(root).id(), view.conversation().get(0).id(), "the root comes first");
        FeedDriver.screenshot("social-feed-conversation.png");
    }

    @Test
    void markAsAnsweredIsStoredAndTheUnansweredFilterLeavesItOut() throws Exception {
        PostView view = pick(root);
        long id = view.post().id();
        assertFalse(feed.post(id).orElseThrow().answered());
        view.actions().toggleAnswered();
        UiTestSupport.spinUntil(() -> view.post() != null && view.post().answered(),
                () -> "the view shows the post answered: " + view.actions().status());
        assertTrue(feed.post(id).orElseThrow().answered(), "answered is stored");
        PostQuery unanswered = new PostQuery(null, null, posts.marker(), null, false, true, null, null);
        assertTrue(feed.posts(unanswered, 0, 10).stream().noneMatch(p -> p.id() == id),
                "the answered conversation is no longer among the unanswered");
    }

    @Test
    void linkingTheAuthorToAContactTakesTwoClicksAndMatchesThePost() throws Exception {
        PostView view = pick(reply);
        assertTrue(view.contactLine().startsWith("Not one of your contacts"), view.contactLine());
        FeedDriver.whenShown(PersonPickerDialog.TITLE, shell -> {
            // the author's name is searched at once: the contact is the first match
            UiTestSupport.spinUntil(() -> shell.isDisposed() || UiTestSupport.descendants(shell,
                    org.eclipse.swt.widgets.Table.class).get(0).getItemCount() > 0, () -> "the picker found the contact");
            org.eclipse.swt.widgets.Table matches = UiTestSupport.descendants(shell, org.eclipse.swt.widgets.Table.class).get(0);
            int index = 0;
            for (TableItem item : matches.getItems()) {
                if (item.getText().equals(contact.displayName())) {
                    break;
                }
                index++;
            }
            matches.setSelection(Math.min(index, matches.getItemCount() - 1));
            FeedDriver.press(shell, "Choose");
        });
        view.actions().linkToContact();
        UiTestSupport.spinUntil(() -> view.post() != null && view.post().authorPerson() != null,
                () -> "the view shows the author as a contact: " + view.actions().status());
        assertEquals(contact.id(), feed.post(view.post().id()).orElseThrow().authorPerson().id(),
                "the post's author is matched to the chosen contact");
        assertTrue(view.contactLine().contains(contact.displayName()), view.contactLine());
        assertTrue(UiTestSupport.page().findView(RapportUi.TIMELINE_VIEW_ID) != null, "the Timeline is there");
    }

    @Test
    void addingTheAuthorAsAContactMatchesTheirPosts() throws Exception {
        PostView view = pick(answer);
        assertTrue(view.contactLine().startsWith("Not one of your contacts"), view.contactLine());
        view.actions().addAsContact();
        UiTestSupport.spinUntil(() -> view.post() != null && view.post().authorPerson() != null,
                () -> "the view shows the new contact: " + view.actions().status());
        PersonRef added = feed.post(view.post().id()).orElseThrow().authorPerson();
        assertEquals("Fran Fan", added.displayName(), "the contact is named as the author names themselves");
        assertTrue(FeedDriver.service(PersonLookup.class).person(added.id()).isPresent(), "the contact is stored");
    }

    @Test
    void aNegativePostOfAContactBecomesACaseInThePipeline() throws Exception {
        feed.linkIdentity(posts.stored(reply).author(), contact.id());
        PostView view = pick(reply);
        UiTestSupport.spinUntil(() -> view.post().authorPerson() != null, () -> "the author is the contact");
        view.actions().createCase();
        UiTestSupport.spinUntil(() -> view.actions().status().startsWith("Case "),
                () -> "a case is opened: " + view.actions().status());
        CaseService cases = FeedDriver.service(CaseService.class);
        List<SupportCase> hers = cases.page(new CaseQuery(null, null, contact.id()), 0, 50);
        assertTrue(hers.stream().anyMatch(c -> c.getChannel() == CaseChannel.SOCIAL
                && c.getDescription().contains(TestPosts.NEGATIVE_TEXT)), "the contact has a social case with the post");
    }

    /** Filters the stream to this test's posts and picks one, as a user clicks it. */
    private PostView pick(String externalId) throws Exception {
        StreamView stream = FeedDriver.view(FeedUi.STREAM_VIEW_ID, StreamView.class);
        stream.filter(null, posts.marker(), false, false);
        UiTestSupport.spinUntil(() -> !stream.isReading() && stream.table().rowCount() == 3,
                () -> "the stream shows the 3 posts of the conversation: " + stream.status());
        long id = posts.stored(externalId).id();
        // The stream re-reads when posts change (an earlier test's store or answer may still be arriving), and a
        // re-read can replace the row picked a moment before, as it would for a user: pick again until it shows.
        // The stream is the active part when its row is picked (the Post view follows the active part's selection).
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            StreamView active = FeedDriver.view(FeedUi.STREAM_VIEW_ID, StreamView.class);
            UiTestSupport.spinUntil(() -> !active.isReading() && active.table().rowCount() == 3,
                    () -> "the stream shows the 3 posts of the conversation: " + active.status());
            active.table().setSelection(rowOf(active, id));
            active.table().getTable().notifyListeners(SWT.Selection, new Event());
            PostView view = FeedDriver.view(FeedUi.POST_VIEW_ID, PostView.class);
            long shown = Math.min(deadline, System.nanoTime() + 3_000_000_000L);
            while (System.nanoTime() < shown && !(!view.isReading() && view.post() != null && view.post().id() == id)) {
                UiTestSupport.spinFor(java.time.Duration.ofMillis(50));
            }
            if (!view.isReading() && view.post() != null && view.post().id() == id) {
                return view;
            }
            assertTrue(System.nanoTime() < deadline, "the Post view shows the picked post");
        }
    }

    /** The row of the post in the stream, once its rows are read. */
    private static int rowOf(StreamView stream, long id) {
        for (int i = 0; i < 3; i++) {
            int r = i;
            UiTestSupport.spinUntil(() -> stream.table().rowAt(r) != null, () -> "row " + r + " is read");
            if (stream.table().rowAt(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("the post is in the stream");
    }
}
