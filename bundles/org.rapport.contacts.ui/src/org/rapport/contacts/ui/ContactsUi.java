package org.rapport.contacts.ui;

/**
 * Identifiers of the Contacts perspective's parts, for plugin.xml files and code of other bundles: a segments or
 * duplicates view, a search, an import wizard that opens what it imported.
 */
public final class ContactsUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.contacts.ui";
    /** The Contacts perspective: the list, the editor area and the Timeline. */
    public static final String PERSPECTIVE_ID = "org.rapport.contacts.ui.perspective";
    /** The contacts list view. */
    public static final String LIST_VIEW_ID = "org.rapport.contacts.ui.view.list";
    /** The context menu of the contacts list; contribute to it with {@code popup:} + this id. */
    public static final String LIST_POPUP_MENU_ID = "org.rapport.contacts.ui.view.list.popup";
    /** The saved segments with their member counts (below the list in the Contacts perspective). */
    public static final String SEGMENTS_VIEW_ID = "org.rapport.contacts.ui.view.segments";
    /**
     * The members of one saved segment, as a contacts list (opened by the Segments view's "Open as List"; a tab beside
     * the contacts list).
     */
    public static final String SEGMENT_MEMBERS_VIEW_ID = "org.rapport.contacts.ui.view.segmentMembers";
    /**
     * The Duplicates view; its place in the Contacts perspective is a placeholder above the editor area, so the
     * Timeline below stays in view while pairs are picked.
     */
    public static final String DUPLICATES_VIEW_ID = "org.rapport.contacts.ui.view.duplicates";
    /** The contact editor; its input is a {@link ContactEditorInput}. */
    public static final String EDITOR_ID = "org.rapport.contacts.ui.editor.contact";
    /** Opens an editor for a new person. */
    public static final String NEW_CONTACT_COMMAND_ID = "org.rapport.contacts.ui.command.newContact";
    /** Opens the editors of the selected people (anything adapting to {@code org.rapport.core.PersonRef}). */
    public static final String OPEN_CONTACT_COMMAND_ID = "org.rapport.contacts.ui.command.openContact";

    private ContactsUi() {
    }
}
