package org.rapport.feed.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.feed.BuzzAlert;
import org.rapport.feed.FeedService;
import org.rapport.feed.Post;
import org.rapport.feed.WatchService;
import org.rapport.feed.WatchedTerm;
import org.rapport.feed.ui.FeedUi;
import org.rapport.feed.ui.internal.alerts.AlertPopup;
import org.rapport.feed.ui.internal.alerts.AlertsView;
import org.rapport.ui.testing.ScreenshotOnFailure;
import org.rapport.ui.testing.UiTestSupport;

/**
 * Negative posts about a watched term beyond its rule raise an alert: the workbench shows a notification, and the
 * Alerts view lists the alert with the posts that caused it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AlertsTest {

    @AfterEach
    void closePopups() {
        popups().forEach(Shell::close);
    }

    @Test
    void negativeBuzzAboutAWatchedTermShowsANotificationAndTheAlert() throws Exception {
        FeedDriver.waitForDemoData();
        FeedService feed = FeedDriver.service(FeedService.class);
        WatchService watches = FeedDriver.service(WatchService.class);
        AlertsView view = FeedDriver.view(FeedUi.ALERTS_VIEW_ID, AlertsView.class);
        FeedDriver.idle(view::isReading, "the alerts");

        TestPosts posts = TestPosts.of(feed, "buzztest");
        WatchedTerm watched = watches.watchTerm(posts.marker());
        watches.updateRule(watched.id(), 3, 60);
        for (int i = 0; i < 4; i++) {
            posts.add(posts.author("angry" + i, "Angry Customer " + i), TestPosts.NEGATIVE_TEXT, null, null);
        }
        posts.store();

        UiTestSupport.spinUntil(() -> popups().anyMatch(shell -> says(shell, posts.marker())), Duration.ofSeconds(30),
                () -> "a notification about '" + posts.marker() + "' appears");
        FeedDriver.screenshot("social-feed-alert.png");
        UiTestSupport.spinUntil(() -> !view.isReading()
                && view.alerts().stream().anyMatch(a -> posts.marker().equalsIgnoreCase(a.label())),
                () -> "the Alerts view lists the alert: " + view.alerts());
        BuzzAlert alert = view.alerts().stream().filter(a -> posts.marker().equalsIgnoreCase(a.label())).findFirst()
                .orElseThrow();
        assertTrue(alert.negative() >= 3, "the alert counts the negative posts: " + alert);
        view.select(alert.id());
        UiTestSupport.spinUntil(() -> !view.isReading() && view.posts().size() == alert.postIds().size(),
                () -> "the alert's posts are shown: " + view.posts().size());
        Set<Long> shown = view.posts().stream().map(Post::id).collect(Collectors.toSet());
        assertEquals(Set.copyOf(alert.postIds()), shown, "the posts that caused the alert");
        List<Post> stored = feed.posts(posts.query(), 0, 10);
        assertTrue(stored.stream().map(Post::id).toList().containsAll(shown), "they are this test's negative posts");
    }

    private static Stream<Shell> popups() {
        return Arrays.stream(UiTestSupport.display().getShells())
                .filter(shell -> !shell.isDisposed() && AlertPopup.TITLE.equals(shell.getText()));
    }

    private static boolean says(Shell shell, String text) {
        return UiTestSupport.descendants(shell, Label.class).stream()
                .anyMatch(label -> label.getText().toLowerCase().contains(text.toLowerCase()));
    }
}
