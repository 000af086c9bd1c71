package org.rapport.feed.ui.internal.stream;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.feed.FeedSource;
import org.rapport.feed.PostQuery;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.WatchedTerm;

/**
 * The filter row above the stream: source, sentiment label, term (a watched term, or anything typed), matched contacts
 * only, unanswered only; and the status at its end. Tells the view when the query changed.
 */
final class StreamFilters {

    static final String ALL_SOURCES = "All sources";
    static final String[] LABELS = { "Any sentiment", "Negative", "Neutral", "Positive" };
    private static final SentimentLabel[] LABEL_VALUES = { null, SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL,
            SentimentLabel.POSITIVE };

    private final Combo source;
    private final Combo label;
    private final Combo term;
    private final Button matchedOnly;
    private final Button unanswered;
    private final Label status;
    private List<FeedSource> sources = List.of();

    StreamFilters(Composite parent, Runnable changed, Runnable typed) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(9).margins(6, 4).spacing(6, 0).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        source = new Combo(row, SWT.READ_ONLY);
        source.setItems(ALL_SOURCES);
        source.select(0);
        source.setToolTipText("Posts of one source");
        GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(source);
        label = new Combo(row, SWT.READ_ONLY);
        label.setItems(LABELS);
        label.select(0);
        label.setToolTipText("Posts with one sentiment");
        new Label(row, SWT.NONE).setText("Term:");
        term = new Combo(row, SWT.DROP_DOWN);
        term.setToolTipText("Posts that contain a word: pick a watched term or type one");
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(term);
        matchedOnly = new Button(row, SWT.CHECK);
        matchedOnly.setText("&Contacts only");
        matchedOnly.setToolTipText("Only posts whose author is one of your contacts");
        unanswered = new Button(row, SWT.CHECK);
        unanswered.setText("&Unanswered");
        unanswered.setToolTipText("Only conversations nobody marked as answered");
        Button clear = new Button(row, SWT.PUSH);
        clear.setText("Clear");
        clear.setToolTipText("Show every post");
        clear.addListener(SWT.Selection, e -> {
            clear();
            changed.run();
        });
        status = new Label(row, SWT.RIGHT);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(status);
        source.addListener(SWT.Selection, e -> changed.run());
        label.addListener(SWT.Selection, e -> changed.run());
        term.addListener(SWT.Selection, e -> changed.run());
        term.addListener(SWT.Modify, e -> typed.run());
        matchedOnly.addListener(SWT.Selection, e -> changed.run());
        unanswered.addListener(SWT.Selection, e -> changed.run());
    }

    /** The posts the filters ask for. */
    PostQuery query() {
        int s = source.getSelectionIndex() - 1;
        Long sourceId = s >= 0 && s < sources.size() ? sources.get(s).id() : null;
        String text = term.getText().strip();
        return new PostQuery(sourceId, LABEL_VALUES[Math.max(0, label.getSelectionIndex())],
                text.isEmpty() ? null : text, null, matchedOnly.getSelection(), unanswered.getSelection(), null, null);
    }

    /** Whether any filter restricts the stream. */
    boolean isFiltering() {
        return !PostQuery.ALL.equals(query());
    }

    /** Shows every post. */
    void clear() {
        source.select(0);
        label.select(0);
        term.setText("");
        matchedOnly.setSelection(false);
        unanswered.setSelection(false);
    }

    /** Offers these sources, keeping the chosen one if it is still there. */
    void setSources(List<FeedSource> newSources) {
        FeedSource chosen = source.getSelectionIndex() > 0 && source.getSelectionIndex() <= sources.size()
                ? sources.get(source.getSelectionIndex() - 1) : null;
        sources = List.copyOf(newSources);
        List<String> names = new ArrayList<>();
        names.add(ALL_SOURCES);
        int select = 0;
        for (FeedSource s : sources) {
            names.add(s.name());
            if (chosen != null && s.id() == chosen.id()) {
                select = names.size() - 1;
            }
        }
        source.setItems(names.toArray(String[]::new));
        source.select(select);
    }

    /** Offers the watched terms in the term box, keeping what is typed. */
    void setTerms(List<WatchedTerm> watched) {
        String typed = term.getText();
        term.setItems(watched.stream().filter(w -> w.term() != null).map(WatchedTerm::term).toArray(String[]::new));
        term.setText(typed);
    }

    /** Sets the filters, as a user would; for tests and the Alerts view's "show in stream". */
    void set(SentimentLabel sentiment, String text, boolean matched, boolean onlyUnanswered) {
        int index = 0;
        for (int i = 0; i < LABEL_VALUES.length; i++) {
            if (LABEL_VALUES[i] == sentiment) {
                index = i;
            }
        }
        label.select(index);
        term.setText(text == null ? "" : text);
        matchedOnly.setSelection(matched);
        unanswered.setSelection(onlyUnanswered);
    }

    /** Chooses a source by id, or all sources. */
    void setSource(Long sourceId) {
        source.select(0);
        for (int i = 0; i < sources.size(); i++) {
            if (sourceId != null && sources.get(i).id() == sourceId) {
                source.select(i + 1);
            }
        }
    }

    Label status() {
        return status;
    }

    Combo sourceCombo() {
        return source;
    }

    Combo labelCombo() {
        return label;
    }
}
