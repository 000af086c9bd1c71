package org.rapport.pipeline.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.pipeline.ui.PipelineUi;
import org.rapport.ui.RapportUi;

/**
 * The Sales Pipeline perspective: the board fills the top (the opportunities table, the forecast and the campaigns in
 * tabs beside it), My Day on the right, and the cases and the shared Timeline side by side below, so the history of the person of
 * the picked deal is always in view. Opportunity editors open in the editor area (hidden until one opens).
 */
public class PipelinePerspective implements IPerspectiveFactory {

    static final String MAIN_FOLDER = "org.rapport.pipeline.ui.folder.main";
    static final String RIGHT_FOLDER = "org.rapport.pipeline.ui.folder.right";
    static final String BOTTOM_FOLDER = "org.rapport.pipeline.ui.folder.bottom";
    static final String TIMELINE_FOLDER = "org.rapport.pipeline.ui.folder.timeline";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout main = layout.createFolder(MAIN_FOLDER, IPageLayout.TOP, 0.68f, editors);
        main.addView(PipelineUi.BOARD_VIEW_ID);
        main.addView(PipelineUi.OPPORTUNITIES_VIEW_ID);
        main.addView(PipelineUi.FORECAST_VIEW_ID);
        main.addView(PipelineUi.CAMPAIGNS_VIEW_ID);

        IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.76f, MAIN_FOLDER);
        right.addView(PipelineUi.MY_DAY_VIEW_ID);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.68f, MAIN_FOLDER);
        bottom.addView(PipelineUi.CASES_VIEW_ID);
        IFolderLayout timeline = layout.createFolder(TIMELINE_FOLDER, IPageLayout.RIGHT, 0.5f, BOTTOM_FOLDER);
        timeline.addView(RapportUi.TIMELINE_VIEW_ID);

        for (String view : new String[] { PipelineUi.BOARD_VIEW_ID, PipelineUi.OPPORTUNITIES_VIEW_ID,
                PipelineUi.FORECAST_VIEW_ID, PipelineUi.MY_DAY_VIEW_ID, PipelineUi.CASES_VIEW_ID,
                PipelineUi.CAMPAIGNS_VIEW_ID, RapportUi.TIMELINE_VIEW_ID }) {
            layout.addShowViewShortcut(view);
        }
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
