package org.rapport.contacts.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.rapport.contacts.ui.ContactsUi;
import org.rapport.ui.RapportUi;

/**
 * The Contacts perspective: the contacts list on the left, contact editors top right and the shared Timeline below
 * them, so the history of the person picked in the list or open in an editor is always in view. The saved Segments
 * are below the list; a segment opened as a list becomes a tab beside the contacts list. The Duplicates view has its
 * place reserved (a placeholder), so it appears there once a bundle contributes it.
 */
public class ContactsPerspective implements IPerspectiveFactory {

    static final String LEFT_FOLDER = "org.rapport.contacts.ui.folder.left";
    static final String BOTTOM_FOLDER = "org.rapport.contacts.ui.folder.bottom";
    static final String SEGMENTS_FOLDER = "org.rapport.contacts.ui.folder.segments";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.48f, editors);
        left.addView(ContactsUi.LIST_VIEW_ID);
        left.addPlaceholder(ContactsUi.SEGMENT_MEMBERS_VIEW_ID);
        layout.getViewLayout(ContactsUi.LIST_VIEW_ID).setCloseable(true);

        // the saved segments below the list: short, and always in view, so "Open as List" is one double-click away
        IFolderLayout segments = layout.createFolder(SEGMENTS_FOLDER, IPageLayout.BOTTOM, 0.7f, LEFT_FOLDER);
        segments.addView(ContactsUi.SEGMENTS_VIEW_ID);

        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.66f, editors);
        bottom.addView(RapportUi.TIMELINE_VIEW_ID);

        // above the editors, not stacked with the Timeline: picking a pair shows their history below it
        layout.addPlaceholder(ContactsUi.DUPLICATES_VIEW_ID, IPageLayout.TOP, 0.6f, editors);

        layout.addShowViewShortcut(ContactsUi.LIST_VIEW_ID);
        layout.addShowViewShortcut(RapportUi.TIMELINE_VIEW_ID);
        layout.addShowViewShortcut(ContactsUi.SEGMENTS_VIEW_ID);
        layout.addPerspectiveShortcut(RapportUi.OVERVIEW_PERSPECTIVE_ID);
    }
}
