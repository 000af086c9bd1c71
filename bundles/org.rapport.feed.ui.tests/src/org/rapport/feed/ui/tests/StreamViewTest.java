package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.stream.StreamView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The feed stream shows what the feed service stores, in its order, filtered as asked. */
@ExtendWith(ScreenshotOnFailure.class)
class StreamViewTest {

    private static final String LOADING = "\u2026";
    private FeedService feed;
    private StreamView stream;

    @BeforeEach
    void open() throws Exception {
        FeedDriver.waitForDemoData();
        feed = FeedDriver.service(FeedService.class);
        TestPosts posts = TestPosts.of(feed, "streamtest");
        posts.add(posts.author("grumpy", "Gus Grumpy"), TestPosts.NEGATIVE_TEXT, null, null);
        posts.add(posts.author("happy", "Hana Happy"), TestPosts.POSITIVE_TEXT, null, null);
        posts.add(posts.author("plain", "Pat Plain"), TestPosts.NEUTRAL_TEXT, null, null);
        posts.store();
        stream = FeedDriver.view(FeedUi.STREAM_VIEW_ID, StreamView.class);
    }

    @Test
    void theRowsAreThePostsOfTheServiceNewestFirst() {
        showAndWait(PostQuery.ALL);
        List<Post> expected = feed.posts(PostQuery.ALL, 0, 20);
        List<Post> shown = rows(expected.size());
        assertEquals(expected.stream().map(Post::id).toList(), shown.stream().map(Post::id).toList(),
                "the first rows are the service's newest posts, in order");
        TableItem first = stream.table().itemAt(0);
        assertEquals(FeedFormats.author(expected.get(0).author()), first.getText(1), "the author column");
        assertEquals(FeedFormats.sentiment(expected.get(0)), first.getText(4), "the sentiment column");
        assertNotNull(first.getImage(0), "the network has its icon");
    }

    @Test
    void filteringNegativeShowsOnlyNegativePostsInRed() {
        PostQuery negative = PostQuery.ALL.withLabel(SentimentLabel.NEGATIVE);
        stream.filter(SentimentLabel.NEGATIVE, null, false, false);
        waitFor(negative);
        assertTrue(stream.table().rowCount() > 0, "there are negative posts (demo data and this test's)");
        for (Post post : rows(Math.min(20, stream.table().rowCount()))) {
            assertEquals(SentimentLabel.NEGATIVE, post.label(), "only negative posts: " + post.text());
        }
        RGB red = stream.table().itemAt(0).getForeground(4).getRGB();
        assertEquals(FeedFormats.NEGATIVE, red, "a negative post's sentiment is red");
    }

    @Test
    void aTermFilterThatMatchesNothingSaysSoAndClearingShowsEveryPost() {
        stream.filter(null, "zz-nothing-says-this", false, false);
        UiTestSupport.spinUntil(() -> !stream.isReading() && stream.hint() != null,
                () -> "the stream says nothing matches; status " + stream.status());
        assertTrue(stream.hint().contains("No posts match"), stream.hint());
        stream.filter(null, null, false, false);
        waitFor(PostQuery.ALL);
        assertEquals(null, stream.hint(), "rows again");
    }

    private void showAndWait(PostQuery query) {
        stream.filter(query.label(), query.term(), query.matchedOnly(), query.unanswered());
        waitFor(query);
    }

    private void waitFor(PostQuery query) {
        int count = feed.count(query);
        UiTestSupport.spinUntil(() -> !stream.isReading() && query.equals(stream.shownQuery())
                && stream.table().rowCount() == count, () -> "the stream shows " + count + " posts of " + query
                        + ", not " + stream.table().rowCount() + " (" + stream.status() + ")");
    }

    /** The first rows as the table shows them (their pages read on the way). */
    private List<Post> rows(int count) {
        List<Post> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int row = i;
            stream.table().showRow(row);
            UiTestSupport.spinUntil(() -> {
                TableItem item = stream.table().itemAt(row);
                return item != null && !LOADING.equals(item.getText(0)) && item.getData() instanceof Post;
            }, () -> "row " + row + " is read");
            rows.add((Post) stream.table().itemAt(row).getData());
        }
        return rows;
    }
}
