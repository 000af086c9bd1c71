package org.rapport.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.ui.RapportUi;

/** The overview: a welcome page with the workspace's state, and the Timeline beside it. */
public class OverviewPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addStandaloneView(RapportUi.OVERVIEW_VIEW_ID, false, IPageLayout.LEFT, 0.6f, editors);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.6f, RapportUi.OVERVIEW_VIEW_ID);
        right.addView(RapportUi.TIMELINE_VIEW_ID);
        layout.addShowViewShortcut(RapportUi.TIMELINE_VIEW_ID);
        layout.addShowViewShortcut(RapportUi.OVERVIEW_VIEW_ID);
    }
}
