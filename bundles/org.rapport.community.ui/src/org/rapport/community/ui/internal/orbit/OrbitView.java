package org.rapport.community.ui.internal.orbit;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.Range;
import org.rapport.community.CommunityTopics;
import org.rapport.community.OrbitLevel;
import org.rapport.community.OrbitSnapshot;
import org.rapport.community.ScoreService;
import org.rapport.community.ui.internal.CommunityFormats;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.charts.ChartSeries;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;

/**
 * The Orbit chart: members per orbit level at the end of each of the last twelve months, stacked, advocates at the
 * bottom, with the community's gravity (the change of weighted commitment per member) month by month below it. Read
 * again when scores change.
 */
public class OrbitView {

    /** Months shown, the current one included. */
    static final int MONTHS = 12;

    @Inject
    @Optional
    @Service
    private ScoreService scores;

    private BarChart chart;
    private Label status;
    private LatestRequest<Integer> reader;
    private List<OrbitSnapshot> shown = List.of();
    private final Runnable refresh = this::read;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        chart = new BarChart(parent, true);
        chart.setTitle("Members per orbit level");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.getControl());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).hint(200, SWT.DEFAULT).applyTo(status);
        showEmptyYear();
        if (scores == null) {
            status.setText("The community scores are not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Integer> named("Reading the Orbit chart").on(status)
                .onError(e -> status.setText("Could not read the orbit levels: " + UiJobs.message(e)))
                .reads((count, reply, monitor) -> {
                    List<OrbitSnapshot> months = scores.orbit(count);
                    reply.show(() -> show(months));
                });
        read();
    }

    /** The year's months with nothing drawn yet, so the chart has its axes before the figures come. */
    private void showEmptyYear() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        List<String> categories = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            categories.add(now.minusMonths(i).toString());
        }
        List<ChartSeries> series = new ArrayList<>();
        for (OrbitLevel level : OrbitLevel.values()) {
            series.add(new ChartSeries(CommunityFormats.level(level), new double[MONTHS]));
        }
        chart.show(categories, series);
        wholeNumberAxis();
    }

    /**
     * Gives an empty chart a value axis of whole members (the shared chart's 0 to 1 has only fractions, which a count
     * of members never is).
     */
    private void wholeNumberAxis() {
        if (chart.getControl() instanceof Chart swtChart) {
            swtChart.getAxisSet().getYAxis(0).setRange(new Range(0, 10));
            swtChart.redraw();
        }
    }

    private void read() {
        if (reader != null && !status.isDisposed()) {
            status.setText("Reading\u2026");
            reader.request(MONTHS);
        }
    }

    private void show(List<OrbitSnapshot> months) {
        shown = List.copyOf(months);
        List<String> categories = months.stream().map(m -> m.month().toString()).toList();
        List<ChartSeries> series = new ArrayList<>();
        for (OrbitLevel level : OrbitLevel.values()) {
            series.add(new ChartSeries(CommunityFormats.level(level),
                    months.stream().mapToDouble(m -> m.members(level)).toArray()));
        }
        chart.show(categories, series);
        if (months.isEmpty() || months.stream().allMatch(m -> m.members() == 0)) {
            wholeNumberAxis();
            status.setText("No member has a level yet: levels come with activity (feed posts, imports, events).");
        } else {
            OrbitSnapshot last = months.get(months.size() - 1);
            StringBuilder text = new StringBuilder(String.format("%s: %,d members, %,d advocates; gravity",
                    last.month(), last.members(), last.advocates()));
            for (OrbitSnapshot m : months.subList(Math.max(0, months.size() - 6), months.size())) {
                text.append(String.format("  %s %+.1f", m.month().getMonth().toString().substring(0, 3), m.gravity()));
            }
            status.setText(text.toString());
        }
        status.getParent().layout(true);
    }

    @Inject
    @Optional
    void scoresChanged(@UIEventTopic(CommunityTopics.SCORES_CHANGED) Event event) {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(500, refresh);
        }
    }

    @Focus
    public void setFocus() {
        chart.getControl().setFocus();
    }

    /** The months shown, for tests. */
    public List<OrbitSnapshot> months() {
        return shown;
    }

    /** The chart, for tests. */
    public BarChart chart() {
        return chart;
    }

    /** Whether the chart is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The line below the chart, for tests. */
    public String status() {
        return status.getText();
    }
}
