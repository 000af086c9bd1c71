package org.rapport.feed.ui;

/** Identifiers of the Social Feed perspective's parts, for plugin.xml files and code of other bundles. */
public final class FeedUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.feed.ui";
    /** The Social Feed perspective. */
    public static final String PERSPECTIVE_ID = "org.rapport.feed.ui.perspective";

    private FeedUi() {
    }
}
