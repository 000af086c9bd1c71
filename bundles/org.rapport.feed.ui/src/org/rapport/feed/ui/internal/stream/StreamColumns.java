package org.rapport.feed.ui.internal.stream;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.feed.Post;
import org.rapport.feed.SentimentLabel;
import org.rapport.feed.ui.internal.FeedFormats;
import org.rapport.feed.ui.internal.NetworkIcons;
import org.rapport.ui.table.Column;

/**
 * The columns of the feed stream, and what plain text cannot show: the network's icon and the sentiment's colour, set
 * on each row as the paged table fills it.
 */
final class StreamColumns {

    static final int NETWORK = 0;
    static final int AUTHOR = 1;
    static final int CONTACT = 2;
    static final int TIME = 3;
    static final int SENTIMENT = 4;
    static final int TEXT = 5;
    /** What the paged table shows in a row's first cell until its page is read. */
    private static final String LOADING = "\u2026";

    private StreamColumns() {
    }

    /** The columns, in order: network, author, contact, time, sentiment, text. */
    static List<Column<Post>> columns() {
        return List.of(
                new Column<>("Network", 92, Post::network),
                new Column<>("Author", 190, p -> FeedFormats.author(p.author())),
                new Column<>("Contact", 130, FeedFormats::contact),
                new Column<>("Time", 118, p -> FeedFormats.when(p.published())),
                new Column<>("Sentiment", 118, FeedFormats::sentiment),
                new Column<>("Text", 520, p -> (p.answered() ? "\u2713 " : "") + FeedFormats.firstLine(p.text())));
    }

    /**
     * Adds the icon and the colour to each row the paged table fills. Must be called after the paged table was made:
     * SWT runs SetData listeners in the order they were added, so the row's text and data are set when this runs.
     */
    static void decorate(Table table, NetworkIcons icons) {
        Color negative = FeedFormats.color(SentimentLabel.NEGATIVE);
        Color neutral = FeedFormats.color(SentimentLabel.NEUTRAL);
        Color positive = FeedFormats.color(SentimentLabel.POSITIVE);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            if (LOADING.equals(item.getText(NETWORK)) || !(item.getData() instanceof Post post)) {
                return;
            }
            item.setImage(NETWORK, icons.of(post.network()));
            item.setForeground(SENTIMENT, switch (post.label()) {
                case NEGATIVE -> negative;
                case POSITIVE -> positive;
                default -> neutral;
            });
        });
    }
}
