package org.rapport.ui;

/** Identifiers of the shared workbench's parts, for domain bundles' plugin.xml and code. */
public final class RapportUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.ui";
    /** The overview perspective, shown while no domain perspective is installed. */
    public static final String OVERVIEW_PERSPECTIVE_ID = "org.rapport.ui.perspective.overview";
    /** The welcome/overview view. */
    public static final String OVERVIEW_VIEW_ID = "org.rapport.ui.view.overview";
    /** The shared Timeline view: the selected person's history from every domain. */
    public static final String TIMELINE_VIEW_ID = "org.rapport.ui.view.timeline";
    /** The category of the Rapport import wizards under File > Import. */
    public static final String IMPORT_CATEGORY_ID = "org.rapport.ui.import";
    /** The category of the Rapport export wizards under File > Export. */
    public static final String EXPORT_CATEGORY_ID = "org.rapport.ui.export";
    /** The Rapport root preference page, under which domains add theirs. */
    public static final String PREFERENCE_PAGE_ID = "org.rapport.ui.preferences";

    /**
     * The command that opens a person wherever the installed domains show people (the contacts UI opens its editor):
     * the person given by the parameter {@link #OPEN_PERSON_ID_PARAMETER}, or else every selected element that adapts
     * to {@code org.rapport.core.PersonRef}. Other domains execute it instead of depending on the contacts UI.
     */
    public static final String OPEN_PERSON_COMMAND_ID = "org.rapport.ui.command.openPerson";

    /** The optional parameter of {@link #OPEN_PERSON_COMMAND_ID}: the person's contacts id, as a decimal string. */
    public static final String OPEN_PERSON_ID_PARAMETER = "org.rapport.ui.command.openPerson.personId";

    private RapportUi() {
    }
}
