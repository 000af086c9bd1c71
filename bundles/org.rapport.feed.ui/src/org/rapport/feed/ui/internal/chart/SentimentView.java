package org.rapport.feed.ui.internal.chart;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.feed.FeedTopics;
import org.rapport.feed.WatchService;
import org.rapport.feed.WatchService.SentimentBucket;
import org.rapport.feed.WatchedTerm;
import org.rapport.ui.jobs.LatestRequest;
import org.rapport.ui.jobs.UiJobs;
import org.rapport.feed.ui.internal.Views;

/**
 * Sentiment over time of the posts about a watched term (or of every post): positive, neutral and negative posts per
 * day, with the day's mean score. The days are summed by the watch service in a job; the chart follows new posts.
 */
public class SentimentView {

    static final String ALL_POSTS = "All posts";
    static final String[] PERIODS = { "Last 14 days", "Last 30 days", "Last 90 days", "Last 365 days" };
    static final int[] PERIOD_DAYS = { 14, 30, 90, 365 };

    @Inject
    @Optional
    @Service
    private WatchService watchService;

    private Combo term;
    private Combo period;
    private Label status;
    private SentimentChart chart;
    private LatestRequest<Request> reader;
    private final Runnable refresh = this::load;
    private final Runnable termsRefresh = this::readTerms;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        term = new Combo(row, SWT.READ_ONLY);
        term.setItems(ALL_POSTS);
        term.select(0);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(term);
        term.addListener(SWT.Selection, e -> load());
        period = new Combo(row, SWT.READ_ONLY);
        period.setItems(PERIODS);
        period.select(1);
        period.addListener(SWT.Selection, e -> load());
        status = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
        chart = new SentimentChart(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.getControl());
        if (watchService == null) {
            status.setText("The social feed is not available; see the Error Log.");
            return;
        }
        reader = LatestRequest.<Request> named("Reading sentiment over time").on(status)
                .onError(e -> status.setText("Could not read the sentiment: " + UiJobs.message(e)))
                .reads((request, reply, monitor) -> {
                    List<SentimentBucket> days = watchService.sentimentOverTime(request.term(), request.from(),
                            request.to());
                    reply.show(() -> show(request, days));
                });
        readTerms();
        load();
    }

    /** The days asked for and the term ({@code null}: every post). */
    record Request(String term, Instant from, Instant to) {
    }

    private void readTerms() {
        UiJobs.once("Reading the watched terms", term, watchService::watched, watched -> {
            String chosen = term.getText();
            List<String> items = new ArrayList<>();
            items.add(ALL_POSTS);
            watched.stream().filter(w -> w.term() != null).map(WatchedTerm::term).forEach(items::add);
            term.setItems(items.toArray(String[]::new));
            term.select(Math.max(0, items.indexOf(chosen)));
        }, e -> status.setText("Could not read the watched terms: " + UiJobs.message(e)));
    }

    private void load() {
        if (reader == null || status.isDisposed()) {
            return;
        }
        Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Instant from = to.minus(Duration.ofDays(PERIOD_DAYS[Math.max(0, period.getSelectionIndex())]));
        String chosen = term.getSelectionIndex() <= 0 ? null : term.getText();
        status.setText("Reading\u2026");
        reader.request(new Request(chosen, from, to));
    }

    private void show(Request request, List<SentimentBucket> days) {
        chart.setTitle("Sentiment per day, " + SentimentChart.span(days) + ": "
                + (request.term() == null ? "all posts" : "\u201c" + request.term() + "\u201d"));
        chart.show(days);
        int posts = days.stream().mapToInt(d -> d.positive() + d.neutral() + d.negative()).sum();
        int negative = days.stream().mapToInt(SentimentBucket::negative).sum();
        status.setText(posts == 0 ? "No posts in this period" + (request.term() == null ? "." : " about " + request.term() + ".")
                : String.format("%,d posts, %,d negative (%.0f%%)", posts, negative, 100.0 * negative / posts));
        status.getParent().layout(true);
    }

    @Inject
    @Optional
    void feedChanged(@UIEventTopic(FeedTopics.ALL) Event event) {
        if (status == null || status.isDisposed()) {
            return;
        }
        if (FeedTopics.POSTS_CHANGED.equals(event.getTopic())) {
            Views.soon(status, 1000, refresh);
        } else if (FeedTopics.WATCHES_CHANGED.equals(event.getTopic())) {
            Views.soon(status, 300, termsRefresh);
        }
    }

    @Focus
    public void setFocus() {
        term.setFocus();
    }

    /** The days shown, for tests. */
    public List<SentimentBucket> days() {
        return chart.buckets();
    }

    /** Whether the chart is being read, for tests. */
    public boolean isReading() {
        return reader != null && reader.isBusy();
    }

    /** The status line, for tests. */
    public String status() {
        return status.getText();
    }
}
