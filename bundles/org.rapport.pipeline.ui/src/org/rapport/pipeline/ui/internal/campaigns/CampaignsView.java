package org.rapport.pipeline.ui.internal.campaigns;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.campaigns.CampaignRoi;
import org.rapport.pipeline.campaigns.CampaignService;
import org.rapport.pipeline.campaigns.SegmentRoi;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.pipeline.ui.internal.Formats;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.charts.ChartSeries;

/**
 * Campaigns and what they brought: cost, responses, the deals they sourced, the won revenue and the ROI (won revenue
 * / cost), per campaign with a chart of cost against won revenue, and per targeted segment. Read in a job, again when
 * campaigns or deals change.
 */
public class CampaignsView {

    @Inject
    @Optional
    @Service
    private CampaignService campaigns;

    private Label status;
    private Table campaignTable;
    private Table segmentTable;
    private BarChart chart;
    private List<CampaignRoi> shown = List.of();
    private final Runnable refresh = this::load;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(status);
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        SashForm tables = new SashForm(columns, SWT.VERTICAL);
        campaignTable = table(tables, "Campaign", "Segment", "Cost", "Responses", "Sourced deals", "Won", "Won revenue", "ROI");
        segmentTable = table(tables, "Segment", "Campaigns", "Cost", "Won revenue", "ROI");
        tables.setWeights(62, 38);
        chart = new BarChart(columns, false);
        chart.setTitle("Cost and won revenue per campaign");
        columns.setWeights(60, 40);
        if (campaigns == null) {
            status.setText("The pipeline database is not available; see the log.");
            return;
        }
        load();
    }

    private static Table table(Composite parent, String... titles) {
        Table table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i < 2 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[i]);
            column.setWidth(i == 0 ? 170 : i == 1 ? 130 : 90);
        }
        return table;
    }

    private void load() {
        UiJobs.once("Reading campaigns", status, () -> new Object[] { campaigns.roi(), campaigns.roiBySegment() }, read -> {
            @SuppressWarnings("unchecked")
            List<CampaignRoi> roi = (List<CampaignRoi>) read[0];
            @SuppressWarnings("unchecked")
            List<SegmentRoi> segments = (List<SegmentRoi>) read[1];
            show(roi, segments);
        }, e -> status.setText("Could not read the campaigns: " + UiJobs.message(e)));
    }

    private void show(List<CampaignRoi> roi, List<SegmentRoi> segments) {
        shown = roi;
        campaignTable.removeAll();
        for (CampaignRoi c : roi) {
            new TableItem(campaignTable, SWT.NONE).setText(new String[] { c.name(), c.segmentName(),
                    Formats.money(c.cost(), c.currency()), Integer.toString(c.responses()), Integer.toString(c.sourced()),
                    Integer.toString(c.won()), Formats.money(c.wonRevenue(), c.currency()), roi(c.roi()) });
        }
        segmentTable.removeAll();
        for (SegmentRoi s : segments) {
            new TableItem(segmentTable, SWT.NONE).setText(new String[] {
                    s.segmentName().isEmpty() ? "(no segment)" : s.segmentName(), Integer.toString(s.campaigns()),
                    Formats.money(s.cost(), s.currency()), Formats.money(s.wonRevenue(), s.currency()), roi(s.roi()) });
        }
        double[] cost = roi.stream().mapToDouble(c -> c.cost().doubleValue()).toArray();
        double[] won = roi.stream().mapToDouble(c -> c.wonRevenue().doubleValue()).toArray();
        chart.show(roi.stream().map(CampaignRoi::name).toList(),
                List.of(new ChartSeries("Cost", cost), new ChartSeries("Won revenue", won)));
        status.setText(roi.isEmpty() ? "No campaigns yet." : roi.size() + " campaigns; ROI = won revenue / cost");
    }

    /** "3.5x", or a dash when the cost is zero. */
    static String roi(BigDecimal roi) {
        return roi == null ? "\u2013" : roi.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "\u00d7";
    }

    @Inject
    @Optional
    void changed(@UIEventTopic(PipelineTopics.ALL) Event event) {
        if (status != null && !status.isDisposed() && (event.getTopic().equals(PipelineTopics.CAMPAIGNS_CHANGED)
                || event.getTopic().equals(PipelineTopics.OPPORTUNITIES_CHANGED))) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(500, refresh);
        }
    }

    @Focus
    public void setFocus() {
        campaignTable.setFocus();
    }

    /** The campaigns shown, for tests. */
    public List<CampaignRoi> shown() {
        return shown;
    }

    /** The per-segment table, for tests. */
    public Table segmentTable() {
        return segmentTable;
    }
}
