package org.rapport.pipeline.ui;

/** Identifiers of the Sales Pipeline perspective's parts, for plugin.xml files and code of other bundles. */
public final class PipelineUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.rapport.pipeline.ui";
    /** The Sales Pipeline perspective. */
    public static final String PERSPECTIVE_ID = "org.rapport.pipeline.ui.perspective";
    /** The kanban board. */
    public static final String BOARD_VIEW_ID = "org.rapport.pipeline.ui.view.board";
    /** The opportunities table. */
    public static final String OPPORTUNITIES_VIEW_ID = "org.rapport.pipeline.ui.view.opportunities";
    /** The forecast chart and tables. */
    public static final String FORECAST_VIEW_ID = "org.rapport.pipeline.ui.view.forecast";
    /** The rep's day: overdue and today's activities. */
    public static final String MY_DAY_VIEW_ID = "org.rapport.pipeline.ui.view.myday";
    /** The cases list. */
    public static final String CASES_VIEW_ID = "org.rapport.pipeline.ui.view.cases";
    /** The campaigns with their ROI. */
    public static final String CAMPAIGNS_VIEW_ID = "org.rapport.pipeline.ui.view.campaigns";
    /** The opportunity editor; its input is an {@link OpportunityEditorInput}. */
    public static final String EDITOR_ID = "org.rapport.pipeline.ui.editor.opportunity";
    /** Creates an opportunity (with the selected person, if any). */
    public static final String NEW_OPPORTUNITY_COMMAND_ID = "org.rapport.pipeline.ui.command.newOpportunity";
    /** Logs an activity for the selected person or opportunity. */
    public static final String LOG_ACTIVITY_COMMAND_ID = "org.rapport.pipeline.ui.command.logActivity";
    /** Opens a case for the selected person. */
    public static final String NEW_CASE_COMMAND_ID = "org.rapport.pipeline.ui.command.newCase";
    /** The "Rapport > Pipelines" preference page. */
    public static final String PREFERENCE_PAGE_ID = "org.rapport.pipeline.ui.preferences.pipelines";

    private PipelineUi() {
    }
}
