package org.rapport.feed.ui;

/** Identifiers of the Social Feed perspective's parts, for plugin.xml files and code of other bundles. */
public final class FeedUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.feed.ui";
    /** The Social Feed perspective. */
    public static final String PERSPECTIVE_ID = "org.rapport.feed.ui.perspective";
    /** The feed stream: every stored post, newest first, filtered by source, label, term, matched and unanswered. */
    public static final String STREAM_VIEW_ID = "org.rapport.feed.ui.view.stream";
    /** The selected post with its conversation and the actions that answer it. */
    public static final String POST_VIEW_ID = "org.rapport.feed.ui.view.post";
    /** The configured sources and their polling state. */
    public static final String SOURCES_VIEW_ID = "org.rapport.feed.ui.view.sources";
    /** The negative-buzz alerts and the posts that raised them. */
    public static final String ALERTS_VIEW_ID = "org.rapport.feed.ui.view.alerts";
    /** The watched terms and people, with their alert rules. */
    public static final String WATCHED_VIEW_ID = "org.rapport.feed.ui.view.watched";
    /** Sentiment over time of a term's posts. */
    public static final String SENTIMENT_VIEW_ID = "org.rapport.feed.ui.view.sentiment";

    private FeedUi() {
    }
}
