package org.rapport.loyalty.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.loyalty.ui.LoyaltyUi;
import org.rapport.ui.RapportUi;

/**
 * The Loyalty perspective: the members list on the top left, the picked member's card on the right (with the shared
 * Timeline as a tab behind it), and the rewards catalog, the programs and the dashboard in tabs below the list, so
 * redeeming at the counter is: pick the member, pick the reward, Redeem.
 */
public class LoyaltyPerspective implements IPerspectiveFactory {

    static final String MEMBERS_FOLDER = "org.rapport.loyalty.ui.folder.members";
    static final String CARD_FOLDER = "org.rapport.loyalty.ui.folder.card";
    static final String BOTTOM_FOLDER = "org.rapport.loyalty.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(false);

        IFolderLayout members = layout.createFolder(MEMBERS_FOLDER, IPageLayout.TOP, 0.58f, editors);
        members.addView(LoyaltyUi.MEMBERS_VIEW_ID);

        IFolderLayout card = layout.createFolder(CARD_FOLDER, IPageLayout.RIGHT, 0.52f, MEMBERS_FOLDER);
        card.addView(LoyaltyUi.CARD_VIEW_ID);
        card.addView(RapportUi.TIMELINE_VIEW_ID);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.58f, MEMBERS_FOLDER);
        bottom.addView(LoyaltyUi.REWARDS_VIEW_ID);
        bottom.addView(LoyaltyUi.PROGRAMS_VIEW_ID);
        bottom.addView(LoyaltyUi.DASHBOARD_VIEW_ID);

        for (String view : new String[] { LoyaltyUi.MEMBERS_VIEW_ID, LoyaltyUi.CARD_VIEW_ID, LoyaltyUi.REWARDS_VIEW_ID,
                LoyaltyUi.PROGRAMS_VIEW_ID, LoyaltyUi.DASHBOARD_VIEW_ID, RapportUi.TIMELINE_VIEW_ID }) {
            layout.addShowViewShortcut(view);
        }
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
