package org.rapport.ui.charts;

import java.text.DecimalFormat;
import java.text.Format;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

/**
 * A bar chart of labelled series over named categories (months, reps, stages), drawn by Eclipse SWTChart: grouped bars
 * side by side, or stacked into one bar per category. The colours come from one palette shared by every Rapport chart,
 * so the same series index looks the same everywhere. Call {@link #show} on the UI thread with data read elsewhere.
 */
public final class BarChart {

    /** Colours of series 0, 1, 2... (then repeated): calm, distinct, readable on white. */
    static final RGB[] PALETTE = { new RGB(52, 101, 164), new RGB(115, 210, 22), new RGB(245, 121, 0),
            new RGB(117, 80, 123), new RGB(193, 125, 17), new RGB(204, 0, 0), new RGB(6, 152, 154),
            new RGB(237, 212, 0), new RGB(136, 138, 133), new RGB(32, 74, 135) };

    /** The least pixels between two value labels (SWTChart's default of 64 leaves a short chart with only "0"). */
    static final int MIN_TICK_STEP = 18;

    private final Chart chart;
    private final boolean stacked;
    private final List<Color> colors = new ArrayList<>();
    private List<String> categories = List.of();
    private List<ChartSeries> series = List.of();

    /**
     * Creates the chart.
     *
     * @param stacked whether the series of a category are stacked into one bar (else side by side)
     */
    public BarChart(Composite parent, boolean stacked) {
        this.stacked = stacked;
        chart = new Chart(parent, SWT.NONE);
        chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getTitle().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        chart.getTitle().setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry()
                .getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT));
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.enableCategory(true);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setVisible(false);
        y.getTick().setFormat(new DecimalFormat("#,##0"));
        y.getTick().setTickMarkStepHint(MIN_TICK_STEP); // charts in a view are often short: still a few value labels
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        chart.addDisposeListener(e -> colors.forEach(Color::dispose));
    }

    /** The SWT control, for layout data. */
    public Composite getControl() {
        return chart;
    }

    /** Sets the title above the chart; empty hides it. */
    public void setTitle(String title) {
        chart.getTitle().setText(title == null ? "" : title);
        chart.getTitle().setVisible(title != null && !title.isEmpty());
    }

    /** How the value axis labels its ticks, e.g. a currency format. */
    public void setValueFormat(Format format) {
        chart.getAxisSet().getYAxis(0).getTick().setFormat(format);
    }

    /**
     * Shows new data, replacing what was shown.
     *
     * @param newCategories the category labels, in order (the x axis)
     * @param newSeries     the series, each with one value per category
     */
    public void show(List<String> newCategories, List<ChartSeries> newSeries) {
        categories = List.copyOf(newCategories);
        series = List.copyOf(newSeries);
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(old.getId());
            }
            chart.getAxisSet().getXAxis(0).setCategorySeries(categories.toArray(String[]::new));
            for (int i = 0; i < series.size(); i++) {
                ChartSeries s = series.get(i);
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, uniqueId(s.label(), i));
                bars.setDescription(s.label());
                bars.setYSeries(padded(s.values()));
                bars.setBarColor(color(i));
                bars.setBarPadding(stacked ? 30 : 15);
                bars.enableStack(stacked);
            }
            chart.getLegend().setVisible(series.size() > 1);
            chart.getAxisSet().adjustRange();
            if (series.stream().allMatch(s -> s.total() == 0)) {
                chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 1));
            }
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** The categories shown, for tests and tooltips. */
    public List<String> categories() {
        return categories;
    }

    /** The series shown, for tests. */
    public List<ChartSeries> series() {
        return series;
    }

    private double[] padded(double[] values) {
        double[] all = new double[categories.size()];
        System.arraycopy(values, 0, all, 0, Math.min(values.length, all.length));
        return all;
    }

    private static String uniqueId(String label, int index) {
        return index + ": " + label; // SWTChart keys series by id; two series may share a label
    }

    private Color color(int index) {
        while (colors.size() <= index) {
            colors.add(new Color(PALETTE[colors.size() % PALETTE.length]));
        }
        return colors.get(index);
    }
}
