package org.rapport.feed.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.feed.ui.FeedUi;
import org.rapport.ui.RapportUi;

/**
 * The Social Feed perspective: the stream on the top left, the picked post and its conversation on the right, the
 * sources, alerts, watched terms and the sentiment chart in tabs below the stream, and the shared Timeline below the
 * post, so the history of the person who wrote it is in view.
 */
public class FeedPerspective implements IPerspectiveFactory {

    static final String STREAM_FOLDER = "org.rapport.feed.ui.folder.stream";
    static final String POST_FOLDER = "org.rapport.feed.ui.folder.post";
    static final String BOTTOM_FOLDER = "org.rapport.feed.ui.folder.bottom";
    static final String TIMELINE_FOLDER = "org.rapport.feed.ui.folder.timeline";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout stream = layout.createFolder(STREAM_FOLDER, IPageLayout.TOP, 0.62f, editors);
        stream.addView(FeedUi.STREAM_VIEW_ID);

        IFolderLayout post = layout.createFolder(POST_FOLDER, IPageLayout.RIGHT, 0.6f, STREAM_FOLDER);
        post.addView(FeedUi.POST_VIEW_ID);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.62f, STREAM_FOLDER);
        bottom.addView(FeedUi.SOURCES_VIEW_ID);
        bottom.addView(FeedUi.ALERTS_VIEW_ID);
        bottom.addView(FeedUi.WATCHED_VIEW_ID);
        bottom.addView(FeedUi.SENTIMENT_VIEW_ID);

        IFolderLayout timeline = layout.createFolder(TIMELINE_FOLDER, IPageLayout.BOTTOM, 0.62f, POST_FOLDER);
        timeline.addView(RapportUi.TIMELINE_VIEW_ID);

        for (String view : new String[] { FeedUi.STREAM_VIEW_ID, FeedUi.POST_VIEW_ID, FeedUi.SOURCES_VIEW_ID,
                FeedUi.ALERTS_VIEW_ID, FeedUi.WATCHED_VIEW_ID, FeedUi.SENTIMENT_VIEW_ID, RapportUi.TIMELINE_VIEW_ID }) {
            layout.addShowViewShortcut(view);
        }
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
