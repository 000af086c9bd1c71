package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SourceService;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.chart.SentimentView;
import org.rapport.feed.ui.internal.sources.SourcesView;
import org.rapport.feed.ui.internal.stream.StreamView;
import org.rapport.feed.ui.internal.watch.WatchedView;
import org.rapport.ui.RapportUi;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/** The Social Feed perspective as a rep finds it on a new workspace with the demo data. */
@ExtendWith(ScreenshotOnFailure.class)
class FeedPerspectiveTest {

    @Test
    void opensWithTheStreamPostSourcesAlertsWatchedChartAndTimeline() throws Exception {
        IPerspectiveDescriptor perspective = PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(FeedUi.PERSPECTIVE_ID);
        assertNotNull(perspective, "the perspective is registered");
        FeedDriver.waitForDemoData();
        IWorkbenchPage page = FeedDriver.perspective();
        page.resetPerspective();
        UiTestSupport.flushEvents();
        assertEquals("Social Feed", page.getPerspective().getLabel());
        for (String[] view : new String[][] { { FeedUi.STREAM_VIEW_ID, "Feed Stream" }, { FeedUi.POST_VIEW_ID, "Post" },
                { FeedUi.SOURCES_VIEW_ID, "Sources" }, { RapportUi.TIMELINE_VIEW_ID, "Timeline" } }) {
            IViewReference reference = page.findViewReference(view[0]);
            assertNotNull(reference, view[1] + " is in the perspective");
            assertTrue(page.isPartVisible(reference.getPart(true)), view[1] + " is visible");
            assertEquals(view[1], reference.getPartName());
        }
        for (String id : new String[] { FeedUi.ALERTS_VIEW_ID, FeedUi.WATCHED_VIEW_ID, FeedUi.SENTIMENT_VIEW_ID }) {
            assertNotNull(UiTestSupport.window().getService(EPartService.class).findPart(id),
                    id + " is a tab beside the Sources");
        }
    }

    @Test
    void theDemoDataFillsTheStreamSourcesWatchedTermsAndChart() throws Exception {
        FeedDriver.waitForDemoData();
        FeedService feed = FeedDriver.service(FeedService.class);
        int posts = feed.count(PostQuery.ALL);
        assertTrue(posts > 0, "the demo data has posts");

        StreamView stream = FeedDriver.view(FeedUi.STREAM_VIEW_ID, StreamView.class);
        stream.filter(null, null, false, false);
        UiTestSupport.spinUntil(() -> !stream.isReading() && stream.table().rowCount() == feed.count(PostQuery.ALL),
                () -> "the stream shows every post: " + stream.table().rowCount() + " rows, status " + stream.status());
        assertNull(stream.hint(), "the stream shows rows, not a hint");

        SourcesView sources = FeedDriver.view(FeedUi.SOURCES_VIEW_ID, SourcesView.class);
        FeedDriver.idle(sources::isReading, "the sources");
        assertEquals(FeedDriver.service(SourceService.class).sources().size(), sources.table().getItemCount());
        assertTrue(sources.table().getItemCount() > 0, "the demo data has sources");

        WatchedView watched = FeedDriver.view(FeedUi.WATCHED_VIEW_ID, WatchedView.class);
        FeedDriver.idle(watched::isReading, "the watched terms");
        assertFalse(watched.watched().isEmpty(), "the demo data watches terms");

        SentimentView chart = FeedDriver.view(FeedUi.SENTIMENT_VIEW_ID, SentimentView.class);
        FeedDriver.idle(chart::isReading, "the sentiment chart");
        assertTrue(chart.days().stream().anyMatch(d -> d.positive() + d.neutral() + d.negative() > 0),
                "the chart shows days with posts: " + chart.status());

        // the picture: the demo brand's posts, one by a contact picked, so the Post view and the Timeline show them
        FeedDriver.view(FeedUi.STREAM_VIEW_ID, StreamView.class);
        stream.filter(null, "Blue Fjord", false, false);
        PostQuery brand = PostQuery.ALL.withTerm("Blue Fjord");
        UiTestSupport.spinUntil(() -> !stream.isReading() && brand.equals(stream.shownQuery()),
                () -> "the stream shows the demo brand's posts");
        int byContact = -1;
        for (int row = 0; row < Math.min(15, stream.table().rowCount()) && byContact < 0; row++) {
            Post post = stream.table().rowAt(row);
            if (post != null && post.authorPerson() != null) {
                byContact = row;
            }
        }
        assertTrue(byContact >= 0, "a contact wrote about the demo brand");
        stream.table().setSelection(byContact);
        stream.table().getTable().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiTestSupport.spinFor(java.time.Duration.ofSeconds(2));
        FeedDriver.screenshot("social-feed-perspective.png");
    }
}
