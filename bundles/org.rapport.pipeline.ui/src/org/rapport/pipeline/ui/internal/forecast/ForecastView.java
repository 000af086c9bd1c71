package org.rapport.pipeline.ui.internal.forecast;

import java.text.DecimalFormat;
import java.time.YearMonth;
import java.util.ArrayList;
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
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.Event;
import org.rapport.pipeline.Forecast;
import org.rapport.pipeline.ForecastQuery;
import org.rapport.pipeline.ForecastService;
import org.rapport.pipeline.ForecastTotal;
import org.rapport.pipeline.Pipeline;
import org.rapport.pipeline.PipelineService;
import org.rapport.pipeline.PipelineTopics;
import org.rapport.pipeline.StageStatistics;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.pipeline.ui.internal.Formats;
import org.rapport.ui.charts.BarChart;

/**
 * The weighted forecast (amount x probability) of a period: a chart of each month stacked by rep with the month table
 * beside it, a chart of each rep's weighted and won amounts with the rep table beside it, and below, each stage's win
 * rate and average time in stage. The service sums in the database; the view reads in a job and re-reads when deals
 * change. Amounts are never converted: the charts show one currency at a time.
 */
public class ForecastView {

    /** The periods offered, in months from the current one: {first offset, last offset}. */
    static final String[] PERIODS = { "Next 3 months", "Next 6 months", "This year", "Next 12 months", "Last 12 months" };
    static final String ALL_PIPELINES = "All pipelines";

    @Inject
    @Optional
    @Service
    private ForecastService forecasts;

    @Inject
    @Optional
    @Service
    private PipelineService pipelineService;

    private Combo period;
    private Combo pipelineCombo;
    private Combo currencyCombo;
    private Label status;
    private BarChart monthChart;
    private BarChart ownerChart;
    private Table monthTable;
    private Table ownerTable;
    private Table stageTable;
    private List<Pipeline> pipelines = List.of();
    private Forecast forecast;
    private String currency = "EUR";
    private LatestRequest<Request> forecastReader;
    private final Runnable refresh = this::load;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        createChoices(parent);
        SashForm rows = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        SashForm byMonth = new SashForm(rows, SWT.HORIZONTAL);
        monthChart = new BarChart(byMonth, true);
        monthChart.setTitle("Weighted forecast by month and rep");
        monthTable = table(byMonth, "Month", "Deals", "Amount", "Weighted", "Won");
        byMonth.setWeights(64, 36);
        SashForm byOwner = new SashForm(rows, SWT.HORIZONTAL);
        ownerChart = new BarChart(byOwner, false);
        ownerChart.setTitle("Weighted and won by rep");
        ownerTable = table(byOwner, "Rep", "Deals", "Amount", "Weighted", "Won");
        byOwner.setWeights(64, 36);
        stageTable = table(rows, "Stage", "Closed deals through it", "Won", "Win rate", "Average days in stage");
        rows.setWeights(42, 34, 24);
        if (forecasts == null || pipelineService == null) {
            status.setText("The pipeline database is not available; see the log.");
            return;
        }
        forecastReader = LatestRequest.<Request> named("Reading the forecast").on(status)
                .onError(e -> status.setText("Could not read the forecast: " + UiJobs.message(e))).reads(this::read);
        readPipelines();
    }

    private void createChoices(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText("Period:");
        period = new Combo(row, SWT.READ_ONLY);
        period.setItems(PERIODS);
        period.select(1);
        period.addListener(SWT.Selection, e -> load());
        new Label(row, SWT.NONE).setText("Pipeline:");
        pipelineCombo = new Combo(row, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(pipelineCombo);
        pipelineCombo.addListener(SWT.Selection, e -> load());
        new Label(row, SWT.NONE).setText("Currency:");
        currencyCombo = new Combo(row, SWT.READ_ONLY);
        currencyCombo.setItems("EUR");
        currencyCombo.select(0);
        currencyCombo.addListener(SWT.Selection, e -> {
            currency = currencyCombo.getText();
            showForecast();
        });
        status = new Label(row, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
    }

    private static Table table(Composite parent, String... titles) {
        Table table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(titles[i]);
            column.setWidth(i == 0 ? 120 : Math.max(80, titles[i].length() * 8));
        }
        return table;
    }

    private void readPipelines() {
        UiJobs.once("Reading the pipelines", status, pipelineService::pipelines, all -> {
            pipelines = all;
            List<String> names = new ArrayList<>(all.stream().map(Pipeline::name).toList());
            names.add(ALL_PIPELINES);
            String chosen = pipelineCombo.getText();
            pipelineCombo.setItems(names.toArray(String[]::new));
            pipelineCombo.select(Math.max(0, names.indexOf(chosen)));
            load();
        }, e -> status.setText("Could not read the pipelines: " + UiJobs.message(e)));
    }

    /** The forecast the choices ask for. */
    public ForecastQuery query() {
        YearMonth now = YearMonth.now();
        YearMonth from;
        YearMonth to;
        switch (period.getSelectionIndex()) {
            case 0 -> { from = now; to = now.plusMonths(2); }
            case 2 -> { from = YearMonth.of(now.getYear(), 1); to = YearMonth.of(now.getYear(), 12); }
            case 3 -> { from = now; to = now.plusMonths(11); }
            case 4 -> { from = now.minusMonths(11); to = now; }
            default -> { from = now; to = now.plusMonths(5); }
        }
        return new ForecastQuery(from, to, chosenPipeline() == null ? null : chosenPipeline().id(), null);
    }

    private Pipeline chosenPipeline() {
        int index = pipelineCombo.getSelectionIndex();
        return index >= 0 && index < pipelines.size() ? pipelines.get(index) : null;
    }

    private void load() {
        if (pipelineCombo.getItemCount() == 0) {
            return;
        }
        status.setText("Reading the forecast\u2026");
        forecastReader.request(new Request(query(), chosenPipeline()));
    }

    /** A forecast to read, and the pipeline whose stage statistics go with it ({@code null}: all pipelines). */
    private record Request(ForecastQuery query, Pipeline pipeline) {
    }

    private void read(Request request, LatestRequest.Reply reply, IProgressMonitor monitor) {
        Forecast read = forecasts.forecast(request.query());
        List<StageStatistics> stages = request.pipeline() == null ? List.of()
                : forecasts.stageStatistics(request.pipeline().id());
        reply.show(() -> {
            forecast = read;
            chooseCurrency();
            showForecast();
            showStages(stages, request.pipeline());
        });
    }

    private void chooseCurrency() {
        List<String> currencies = forecast.currencies().isEmpty() ? List.of("EUR") : forecast.currencies();
        if (!currencies.contains(currency)) {
            currency = ForecastSeries.mainCurrency(forecast);
        }
        currencyCombo.setItems(currencies.toArray(String[]::new));
        currencyCombo.select(Math.max(0, currencies.indexOf(currency)));
    }

    private void showForecast() {
        if (forecast == null) {
            return;
        }
        DecimalFormat axis = new DecimalFormat("#,##0");
        List<YearMonth> months = ForecastSeries.months(forecast);
        monthChart.setValueFormat(axis);
        monthChart.show(months.stream().map(Formats::month).toList(),
                ForecastSeries.weightedByMonthAndOwner(forecast, currency));
        List<ForecastTotal> owners = ForecastSeries.owners(forecast, currency);
        ownerChart.setValueFormat(axis);
        ownerChart.show(owners.stream().map(ForecastTotal::key).toList(),
                ForecastSeries.weightedAndWonByOwner(forecast, currency));
        fill(monthTable, forecast.byMonth().stream().filter(t -> t.currency().equals(currency)).toList(), true);
        fill(ownerTable, owners, false);
        status.setText("Weighted total " + Formats.money(forecast.weightedTotal(currency), currency) + " in "
                + months.size() + " months");
        status.getParent().layout(true);
    }

    private void fill(Table table, List<ForecastTotal> totals, boolean months) {
        table.removeAll();
        for (ForecastTotal total : totals) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { months ? Formats.month(YearMonth.parse(total.key())) : total.key(),
                    Integer.toString(total.count()), Formats.money(total.amount(), total.currency()),
                    Formats.money(total.weighted(), total.currency()), Formats.money(total.won(), total.currency()) });
        }
    }

    private void showStages(List<StageStatistics> stages, Pipeline pipeline) {
        stageTable.removeAll();
        if (pipeline == null) {
            TableItem item = new TableItem(stageTable, SWT.NONE);
            item.setText("Choose one pipeline to see its stages");
            return;
        }
        for (StageStatistics s : stages) {
            TableItem item = new TableItem(stageTable, SWT.NONE);
            item.setText(new String[] { s.stage().name(), Integer.toString(s.closedThrough()), Integer.toString(s.won()),
                    Formats.percent(s.winRate()),
                    Double.isNaN(s.averageDaysInStage()) ? "\u2013" : String.format("%.1f", s.averageDaysInStage()) });
        }
    }

    @Inject
    @Optional
    void opportunitiesChanged(@UIEventTopic(PipelineTopics.OPPORTUNITIES_CHANGED) Event event) {
        if (status != null && !status.isDisposed()) {
            status.getDisplay().timerExec(-1, refresh);
            status.getDisplay().timerExec(500, refresh);
        }
    }

    @Focus
    public void setFocus() {
        period.setFocus();
    }

    /** The month chart, for tests. */
    public BarChart monthChart() {
        return monthChart;
    }

    /** The rep chart, for tests. */
    public BarChart ownerChart() {
        return ownerChart;
    }

    /** The currency shown, for tests. */
    public String currency() {
        return currency;
    }

    /** The forecast shown, or {@code null} before the first read; for tests. */
    public Forecast forecast() {
        return forecast;
    }

    /** Whether a forecast is being read, for tests. */
    public boolean isReading() {
        return forecastReader != null && forecastReader.isBusy();
    }

    /** The month table, for tests. */
    public Table monthTable() {
        return monthTable;
    }

    /** The stage statistics table, for tests. */
    public Table stageTable() {
        return stageTable;
    }
}
