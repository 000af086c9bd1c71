package org.rapport.feed.ui.internal.chart;

import java.text.DecimalFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.rapport.feed.WatchService.SentimentBucket;
import org.rapport.feed.ui.internal.FeedFormats;

/**
 * Sentiment per day, drawn by Eclipse SWTChart: the day's positive, neutral and negative posts stacked in green, grey
 * and red (the colours of the feed stream, which the shared bar chart's palette does not give), and the mean score as
 * a line on its own axis (−1…1) on the right.
 */
final class SentimentChart {

    static final String POSITIVE = "Positive";
    static final String NEUTRAL = "Neutral";
    static final String NEGATIVE = "Negative";
    static final String MEAN = "Mean score";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d").withZone(ZoneOffset.UTC);

    private final Chart chart;
    private final int scoreAxis;
    private List<SentimentBucket> buckets = List.of();

    SentimentChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        Color white = parent.getDisplay().getSystemColor(SWT.COLOR_WHITE);
        Color gray = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        chart.getTitle().setForeground(gray);
        chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.enableCategory(true);
        IAxis posts = chart.getAxisSet().getYAxis(0);
        posts.getTitle().setText("Posts");
        posts.getTitle().setForeground(gray);
        posts.getTick().setFormat(new DecimalFormat("#,##0"));
        posts.getTick().setTickMarkStepHint(18);
        scoreAxis = chart.getAxisSet().createYAxis();
        IAxis score = chart.getAxisSet().getYAxis(scoreAxis);
        score.setPosition(Position.Secondary);
        score.getTitle().setText(MEAN);
        score.getTitle().setForeground(gray);
        score.getTick().setFormat(new DecimalFormat("+0.0;\u22120.0"));
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTick().setForeground(gray);
        }
    }

    Composite getControl() {
        return chart;
    }

    void setTitle(String title) {
        chart.getTitle().setText(title);
    }

    /** Shows the days; on the UI thread. */
    void show(List<SentimentBucket> days) {
        buckets = List.copyOf(days);
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(old.getId());
            }
            chart.getAxisSet().getXAxis(0).setCategorySeries(dayLabels(buckets));
            bars(POSITIVE, buckets.stream().mapToDouble(SentimentBucket::positive).toArray(), FeedFormats.POSITIVE);
            bars(NEUTRAL, buckets.stream().mapToDouble(SentimentBucket::neutral).toArray(), FeedFormats.NEUTRAL);
            bars(NEGATIVE, buckets.stream().mapToDouble(SentimentBucket::negative).toArray(), FeedFormats.NEGATIVE);
            ILineSeries<?> mean = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, MEAN);
            mean.setYSeries(buckets.stream().mapToDouble(SentimentBucket::mean).toArray());
            mean.setYAxisId(scoreAxis);
            mean.setLineColor(new Color(new RGB(52, 101, 164)));
            mean.setSymbolColor(new Color(new RGB(52, 101, 164)));
            mean.setLineStyle(LineStyle.SOLID);
            mean.setLineWidth(2);
            chart.getAxisSet().adjustRange();
            chart.getAxisSet().getYAxis(scoreAxis).setRange(new Range(-1, 1));
            // adjustRange sizes the axis to the tallest series, not to the tallest stack of the three
            int tallest = buckets.stream().mapToInt(b -> b.positive() + b.neutral() + b.negative()).max().orElse(0);
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, tallest * 1.08)));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    /** The day of the month under each bar ("Nov 12" labels do not fit under a month of narrow bars). */
    static String[] dayLabels(List<SentimentBucket> days) {
        return days.stream().map(b -> Integer.toString(b.day().atZone(ZoneOffset.UTC).getDayOfMonth()))
                .toArray(String[]::new);
    }

    /** The first and last day shown, e.g. "Nov 8 – Dec 7", for the title. */
    static String span(List<SentimentBucket> days) {
        return days.isEmpty() ? "" : DAY.format(days.get(0).day()) + " \u2013 " + DAY.format(days.get(days.size() - 1).day());
    }

    private void bars(String label, double[] values, RGB color) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, label);
        bars.setYSeries(values);
        bars.setBarColor(new Color(color));
        bars.setBarPadding(25);
        bars.enableStack(true);
    }

    /** The days shown, for tests. */
    List<SentimentBucket> buckets() {
        return buckets;
    }

    /** The chart's series (bars and the mean line), for tests. */
    ISeries<?>[] series() {
        return chart.getSeriesSet().getSeries();
    }
}
