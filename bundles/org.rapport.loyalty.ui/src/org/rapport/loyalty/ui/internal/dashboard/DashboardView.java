package org.rapport.loyalty.ui.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.loyalty.Liability;
import org.rapport.loyalty.LoyaltyStatistics;
import org.rapport.loyalty.LoyaltyTopics;
import org.rapport.loyalty.MonthFigures;
import org.rapport.loyalty.Program;
import org.rapport.loyalty.ProgramService;
import org.rapport.loyalty.ui.internal.LoyaltyFormats;
import org.rapport.loyalty.ui.internal.ProgramCombo;
import org.rapport.loyalty.ui.internal.Views;
import org.rapport.ui.charts.BarChart;
import org.rapport.ui.charts.ChartSeries;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;

/**
 * What a program's points do and cost: points issued, redeemed and expired per month as bars, and the liability, the
 * outstanding points times what a point is worth. The database sums the ledger (in a job); the view follows ledger
 * changes.
 */
public class DashboardView {

    static final String[] PERIODS = { "Last 6 months", "Last 12 months", "Last 24 months" };
    static final int[] PERIOD_MONTHS = { 6, 12, 24 };
    static final String[] SERIES = { "Issued", "Redeemed", "Expired" };

    @Inject
    @Optional
    @Service
    private ProgramService programs;

    @Inject
    @Optional
    @Service
    private LoyaltyStatistics statistics;

    private ProgramCombo programCombo;
    private Combo period;
    private Label status;
    private Label liabilityLabel;
    private Label liabilityDetail;
    private BarChart chart;
    private LatestRequest<Request> reader;
    private Result shown;
    private final Runnable refresh = this::load;
    private final Runnable programsRefresh = this::readPrograms;

    /** A program over a span of months up to a day. */
    record Request(Program program, YearMonth from, LocalDate day) {
    }

    /** What was read. */
    record Result(Request request, List<MonthFigures> months, Liability liability) {
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 4).spacing(6, 4).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("Program:");
        programCombo = new ProgramCombo(row);
        GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(programCombo.getControl());
        programCombo.onChange(this::load);
        period = new Combo(row, SWT.READ_ONLY);
        period.setItems(PERIODS);
        period.select(1);
        period.addListener(SWT.Selection, e -> load());
        status = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

        Composite liability = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 0).applyTo(liability);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(liability);
        liabilityLabel = new Label(liability, SWT.NONE);
        liabilityLabel.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT));
        liabilityDetail = new Label(liability, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(liabilityDetail);

        chart = new BarChart(parent, false);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.getControl());
        if (programs == null || statistics == null) {
            status.setText("The loyalty statistics are not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Request> named("Reading loyalty statistics").on(status)
                .onError(e -> status.setText("Could not read the statistics: " + UiJobs.message(e)))
                .reads(this::read);
        status.setText("Reading\u2026");
        readPrograms();
    }

    private void readPrograms() {
        if (programs == null || status.isDisposed()) {
            return;
        }
        UiJobs.once("Reading loyalty programs", status, programs::programs, list -> {
            programCombo.setPrograms(list);
            programCombo.getControl().getParent().layout(true);
            load();
        }, e -> status.setText("Could not read the programs: " + UiJobs.message(e)));
    }

    private void load() {
        if (reader == null || status.isDisposed()) {
            return;
        }
        Program program = programCombo.selected();
        if (program == null) {
            status.setText("No program yet.");
            return;
        }
        LocalDate today = LocalDate.now();
        int months = PERIOD_MONTHS[Math.max(0, period.getSelectionIndex())];
        status.setText("Reading\u2026");
        reader.request(new Request(program, YearMonth.from(today).minusMonths(months - 1L), today));
    }

    private void read(Request request, LatestRequest.Reply reply, IProgressMonitor monitor) {
        long programId = request.program().id();
        List<MonthFigures> months = statistics.months(programId, request.from(), YearMonth.from(request.day()));
        Liability liability = statistics.liability(programId, request.day());
        reply.show(() -> show(new Result(request, months, liability)));
    }

    private void show(Result result) {
        shown = result;
        List<MonthFigures> months = result.months();
        double[] issued = new double[months.size()];
        double[] redeemed = new double[months.size()];
        double[] expired = new double[months.size()];
        for (int i = 0; i < months.size(); i++) {
            issued[i] = months.get(i).issued();
            redeemed[i] = months.get(i).redeemed();
            expired[i] = months.get(i).expired();
        }
        chart.setTitle("Points per month, " + result.request().program().name());
        chart.show(months.stream().map(m -> LoyaltyFormats.month(m.month())).toList(),
                List.of(new ChartSeries(SERIES[0], issued), new ChartSeries(SERIES[1], redeemed),
                        new ChartSeries(SERIES[2], expired)));
        Liability liability = result.liability();
        liabilityLabel.setText("Liability " + LoyaltyFormats.money(liability.value(), liability.currency()));
        liabilityDetail.setText(LoyaltyFormats.points(liability.outstanding()) + " outstanding points ("
                + LoyaltyFormats.points(liability.available()) + " available, "
                + LoyaltyFormats.points(liability.pending()) + " pending) \u00d7 "
                + LoyaltyFormats.money(liability.pointValue(), liability.currency()) + " a point, as of "
                + LoyaltyFormats.date(liability.asOf()));
        long total = months.stream().mapToLong(MonthFigures::issued).sum();
        status.setText(total == 0 ? "No points issued in this period." : "");
        // the liability's texts grow: the rows they are in are laid out again, not only the labels
        liabilityLabel.requestLayout();
        liabilityDetail.requestLayout();
        status.requestLayout();
    }

    @Inject
    @Optional
    void loyaltyChanged(@UIEventTopic(LoyaltyTopics.ALL) Event event) {
        if (status == null || status.isDisposed()) {
            return;
        }
        if (LoyaltyTopics.PROGRAMS_CHANGED.equals(event.getTopic())) {
            Views.soon(status, 300, programsRefresh);
        } else if (LoyaltyTopics.LEDGER_CHANGED.equals(event.getTopic())) {
            Views.soon(status, 1000, refresh);
        }
    }

    @Focus
    public void setFocus() {
        period.setFocus();
    }

    /** Shows a program; for tests. */
    public void showProgram(long programId) {
        if (programCombo.want(programId)) {
            load();
        } else {
            readPrograms(); // created since the programs were read
        }
    }

    /** Whether the figures are being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The months and liability shown last, or {@code null}; for tests. */
    Result shown() {
        return shown;
    }

    /** The months shown, for tests. */
    public List<MonthFigures> months() {
        return shown == null ? List.of() : shown.months();
    }

    /** The liability shown, or {@code null}; for tests. */
    public Liability liability() {
        return shown == null ? null : shown.liability();
    }

    /** The chart, for tests. */
    public BarChart chart() {
        return chart;
    }
}
