package org.rapport.community.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.community.ui.CommunityUi;
import org.rapport.ui.RapportUi;

/**
 * The Community perspective: the members on the top left, the picked member (explanation, activity) on the right, the
 * Orbit chart, the four pillars and the events in tabs below the members, and the shared Timeline below the member, so
 * a linked contact's whole history is in view.
 */
public class CommunityPerspective implements IPerspectiveFactory {

    static final String MEMBERS_FOLDER = "org.rapport.community.ui.folder.members";
    static final String MEMBER_FOLDER = "org.rapport.community.ui.folder.member";
    static final String BOTTOM_FOLDER = "org.rapport.community.ui.folder.bottom";
    static final String TIMELINE_FOLDER = "org.rapport.community.ui.folder.timeline";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout members = layout.createFolder(MEMBERS_FOLDER, IPageLayout.TOP, 0.55f, editors);
        members.addView(CommunityUi.MEMBERS_VIEW_ID);

        IFolderLayout member = layout.createFolder(MEMBER_FOLDER, IPageLayout.RIGHT, 0.58f, MEMBERS_FOLDER);
        member.addView(CommunityUi.MEMBER_VIEW_ID);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.55f, MEMBERS_FOLDER);
        bottom.addView(CommunityUi.ORBIT_VIEW_ID);
        bottom.addView(CommunityUi.CONNECTIVITY_VIEW_ID);
        bottom.addView(CommunityUi.CONVERSATIONS_VIEW_ID);
        bottom.addView(CommunityUi.CONTENT_VIEW_ID);
        bottom.addView(CommunityUi.COLLABORATION_VIEW_ID);
        bottom.addView(CommunityUi.EVENTS_VIEW_ID);

        IFolderLayout timeline = layout.createFolder(TIMELINE_FOLDER, IPageLayout.BOTTOM, 0.62f, MEMBER_FOLDER);
        timeline.addView(RapportUi.TIMELINE_VIEW_ID);

        for (String view : new String[] { CommunityUi.MEMBERS_VIEW_ID, CommunityUi.MEMBER_VIEW_ID,
                CommunityUi.ORBIT_VIEW_ID, CommunityUi.CONNECTIVITY_VIEW_ID, CommunityUi.CONVERSATIONS_VIEW_ID,
                CommunityUi.CONTENT_VIEW_ID, CommunityUi.COLLABORATION_VIEW_ID, CommunityUi.EVENTS_VIEW_ID,
                RapportUi.TIMELINE_VIEW_ID }) {
            layout.addShowViewShortcut(view);
        }
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
