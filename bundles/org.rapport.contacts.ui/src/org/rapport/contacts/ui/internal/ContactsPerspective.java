package org.rapport.contacts.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.RapportUi;

/**
 * The Contacts perspective: the contacts list on the left, contact editors top right and the shared Timeline below
 * them, so the history of the person picked in the list or open in an editor is always in view. The Segments and
 * Duplicates views have their places reserved (placeholders), so they appear there once a bundle contributes them.
 */
public class ContactsPerspective implements IPerspectiveFactory {

    static final String LEFT_FOLDER = "org.rapport.contacts.ui.folder.left";
    static final String BOTTOM_FOLDER = "org.rapport.contacts.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.48f, editors);
        left.addView(ContactsUi.LIST_VIEW_ID);
        left.addPlaceholder(ContactsUi.SEGMENTS_VIEW_ID);
        layout.getViewLayout(ContactsUi.LIST_VIEW_ID).setCloseable(true);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.66f, editors);
        bottom.addView(RapportUi.TIMELINE_VIEW_ID);
        bottom.addPlaceholder(ContactsUi.DUPLICATES_VIEW_ID);

        layout.addShowViewShortcut(ContactsUi.LIST_VIEW_ID);
        layout.addShowViewShortcut(RapportUi.TIMELINE_VIEW_ID);
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
