package org.rapport.feed.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.ui.RapportUi;

/** The Social Feed perspective (its views are added as they are built). */
public class FeedPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(RapportUi.TIMELINE_VIEW_ID, IPageLayout.BOTTOM, 0.7f, layout.getEditorArea());
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
