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

    private RapportUi() {
    }
}
